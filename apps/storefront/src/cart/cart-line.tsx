import { Price } from '@emporium/ui';
import { Link } from 'react-router';
import { productPath } from '../lib/paths';
import { cartErrorMessage } from './cart-error';
import { CartThumb } from './cart-thumb';
import { type CartLineView } from './cart-types';
import { LineFlags } from './line-flags';
import { lineIsEditable, lineName, optionSummary } from './line-name';
import { QuantityStepper } from './quantity-stepper';
import { useAcceptPrices, useRemoveLine, useSetLineQuantity } from './use-cart';

/** One line of the cart page: picture, name and options, unit price, quantity, what it costs, what needs doing. */
export function CartLine({ line }: { readonly line: CartLineView }) {
  const setQuantity = useSetLineQuantity();
  const remove = useRemoveLine();
  const accept = useAcceptPrices();
  const saving = setQuantity.isPending || remove.isPending || accept.isPending;
  const failed = setQuantity.error ?? remove.error ?? accept.error;
  const name = lineName(line);
  const options = optionSummary(line.options);
  const { variantId } = line;
  const changeQuantity = (quantity: number) => {
    remove.reset();
    accept.reset();
    setQuantity.mutate({ variantId, quantity });
  };
  const removeLine = () => {
    setQuantity.reset();
    accept.reset();
    remove.mutate({ variantId });
  };
  const acceptPrice = () => {
    setQuantity.reset();
    remove.reset();
    accept.mutate({ variantIds: [variantId] });
  };
  const unavailable = line.flags.some((flag) => flag.type === 'unavailable');

  return (
    <li className="cart-line" aria-busy={saving || undefined}>
      <CartThumb line={line} className="cart-line__thumb" />
      <div className="cart-line__about">
        <h3 className="cart-line__title">{line.productSlug ? <Link to={productPath(line.productSlug)}>{line.title}</Link> : line.title}</h3>
        {options && <p className="cart-line__options">{options}</p>}
        <p className="cart-line__unit">
          <Price amount={line.unitPrice.amount} currency={line.unitPrice.currency} size="sm" /> each
        </p>
        <LineFlags
          flags={line.flags}
          currency={line.unitPrice.currency}
          itemName={name}
          saving={saving}
          onAcceptPrice={acceptPrice}
          onSetQuantity={changeQuantity}
          onRemove={removeLine}
        />
      </div>
      <div className="cart-line__quantity">
        {lineIsEditable(line.flags) ? (
          <QuantityStepper
            itemName={name}
            quantity={line.quantity}
            max={Math.max(line.maxQuantity, 1)}
            saving={saving}
            error={failed ? cartErrorMessage(failed) : null}
            onChange={changeQuantity}
            onRemove={removeLine}
          />
        ) : (
          <>
            <p className="cart-line__count">Quantity {line.quantity}</p>
            {failed && (
              <p className="ui-field__error" role="alert">
                {cartErrorMessage(failed)}
              </p>
            )}
          </>
        )}
      </div>
      <p className="cart-line__total">
        {unavailable ? (
          <span className="cart-line__excluded">Not included</span>
        ) : (
          <Price amount={line.total.amount} currency={line.total.currency} compareAt={line.discount.amount > 0 ? line.subtotal.amount : null} />
        )}
      </p>
    </li>
  );
}
