import { type CartLineView } from './cart-types';
import { CartLine } from './cart-line';

/** The cart's lines in the order they were added, as a list a screen reader can count. */
export function CartLines({ lines }: { readonly lines: readonly CartLineView[] }) {
  return (
    <ul className="cart-lines" aria-label="Products in your cart">
      {lines.map((line) => (
        <CartLine key={line.variantId} line={line} />
      ))}
    </ul>
  );
}
