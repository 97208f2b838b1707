import { Button, buttonClassName, Price, Spinner } from '@emporium/ui';
import { Link } from 'react-router';
import { apiErrorMessage } from '../lib/api-error';
import { countLabel } from '../lib/count-label';
import { productPath } from '../lib/paths';
import { CartThumb } from './cart-thumb';
import { type CartLineView } from './cart-types';
import { optionSummary } from './line-name';
import { cartSubtotal, MINI_CART_LINES } from './mini-cart-lines';
import { type CartQuery } from './use-cart';

export interface MiniCartPanelProps {
  readonly cart: CartQuery;
  readonly onClose: () => void;
}

/** The quick view: the first lines with their pictures, how many more there are, the subtotal and the way to the cart. */
export function MiniCartPanel({ cart, onClose }: MiniCartPanelProps) {
  if (!cart.data && cart.isLoadingError) {
    return (
      <div className="mini-cart__body" role="alert">
        <p className="mini-cart__message">{apiErrorMessage(cart.error)}</p>
        <Button variant="secondary" size="sm" onClick={() => void cart.refetch()} loading={cart.isFetching}>
          Try again
        </Button>
      </div>
    );
  }
  if (!cart.data) return <Spinner label="Loading your cart" className="mini-cart__loading" />;
  const { lines, itemCount } = cart.data;
  if (lines.length === 0) {
    return (
      <div className="mini-cart__body">
        <p className="mini-cart__message">Your cart is empty.</p>
      </div>
    );
  }
  const shown = lines.slice(0, MINI_CART_LINES);
  const more = lines.length - shown.length;
  const subtotal = cartSubtotal(cart.data);
  return (
    <div className="mini-cart__body">
      <h2 className="mini-cart__heading">
        Your cart <span className="mini-cart__count">{countLabel(itemCount, 'item', 'items')}</span>
      </h2>
      <ul className="mini-cart__lines">
        {shown.map((line) => (
          <MiniCartLine key={line.variantId} line={line} onFollow={onClose} />
        ))}
      </ul>
      {more > 0 && <p className="mini-cart__more">and {countLabel(more, 'more product', 'more products')}</p>}
      {subtotal && (
        <p className="mini-cart__subtotal">
          <span>Subtotal</span> <Price amount={subtotal.amount} currency={subtotal.currency} />
        </p>
      )}
      <Link to="/cart" className={buttonClassName({ fullWidth: true })} onClick={onClose}>
        View cart
      </Link>
    </div>
  );
}

function MiniCartLine({ line, onFollow }: { readonly line: CartLineView; readonly onFollow: () => void }) {
  const options = optionSummary(line.options);
  return (
    <li className="mini-cart__line">
      <CartThumb line={line} className="mini-cart__thumb" />
      <div className="mini-cart__about">
        <p className="mini-cart__title">
          {line.productSlug ? (
            <Link to={productPath(line.productSlug)} onClick={onFollow}>
              {line.title}
            </Link>
          ) : (
            line.title
          )}
        </p>
        {options && <p className="mini-cart__options">{options}</p>}
        <p className="mini-cart__quantity">Quantity {line.quantity}</p>
      </div>
      <Price amount={line.subtotal.amount} currency={line.subtotal.currency} size="sm" className="mini-cart__price" />
    </li>
  );
}
