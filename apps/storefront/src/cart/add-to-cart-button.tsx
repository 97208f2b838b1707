import { MAX_LINE_QUANTITY } from '@emporium/cart-contracts';
import { Button, useToast } from '@emporium/ui';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { useShopCurrency } from '../lib/shop-currency-context';
import { cartErrorMessage } from './cart-error';
import { parseQuantity } from './quantity';
import { StepperControls } from './stepper-controls';
import { useAddToCart } from './use-cart';

export interface AddToCartButtonProps {
  /** The variant the shopper has pinned down; null while an option is still to choose. */
  readonly variant: { readonly id: string; readonly inStock: boolean; readonly price: unknown } | null;
  /** The product and its chosen options, for the labels ("One more Classic Tee, M"). */
  readonly itemName: string;
}

/**
 * A quantity and "Add to cart" for the chosen variant, in the currency the shopper sees (the cart follows it).
 * It waits until every option is chosen, and cannot add a variant that is sold out or has no price here. Success is
 * said in a toast and beside the button, with the way to the cart; a refusal is said beside the button.
 */
export function AddToCartButton({ variant, itemName }: AddToCartButtonProps) {
  const id = useId();
  const add = useAddToCart();
  const toast = useToast();
  const { currency } = useShopCurrency();
  const [text, setText] = useState('1');
  const [problem, setProblem] = useState<string | null>(null);
  const buyable = variant !== null && variant.inStock && variant.price !== null;
  // Said for the variant it was done for: picking another size starts afresh.
  const forThisVariant = add.variables?.variantId === variant?.id;
  const error = problem ?? (add.error && forThisVariant ? cartErrorMessage(add.error) : null);
  const addedHere = add.isSuccess && forThisVariant;
  const messageId = `${id}-message`;

  function step(delta: -1 | 1) {
    const current = parseQuantity(text, 1, MAX_LINE_QUANTITY);
    setText(String(Math.min(MAX_LINE_QUANTITY, Math.max(1, (current.ok ? current.quantity : 1) + delta))));
    setProblem(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!variant || !buyable || add.isPending) return;
    const quantity = parseQuantity(text, 1, MAX_LINE_QUANTITY);
    if (!quantity.ok) {
      setProblem(quantity.message);
      return;
    }
    setProblem(null);
    add.mutate({ variantId: variant.id, quantity: quantity.quantity, currency }, { onSuccess: () => toast.show('Added to your cart', { tone: 'success' }) });
  }

  const current = parseQuantity(text, 1, MAX_LINE_QUANTITY);
  return (
    <form className="add-to-cart" onSubmit={submit} noValidate>
      <div className="add-to-cart__row">
        <div className="add-to-cart__quantity">
          <label htmlFor={id} className="add-to-cart__label">
            Quantity
          </label>
          <StepperControls
            id={id}
            value={text}
            itemName={itemName}
            canDecrease={!current.ok || current.quantity > 1}
            canIncrease={!current.ok || current.quantity < MAX_LINE_QUANTITY}
            busy={add.isPending}
            invalid={problem !== null}
            describedBy={error ? messageId : undefined}
            onInput={(value) => {
              setText(value);
              setProblem(null);
            }}
            onStep={step}
          />
        </div>
        <Button type="submit" size="lg" className="add-to-cart__button" disabled={!buyable} loading={add.isPending}>
          Add to cart
        </Button>
      </div>
      {error ? (
        <p id={messageId} className="ui-field__error add-to-cart__message" role="alert">
          {error}
        </p>
      ) : (
        addedHere && (
          <p className="add-to-cart__message add-to-cart__message--added">
            Added to your cart. <Link to="/cart">View cart</Link>
          </p>
        )
      )}
    </form>
  );
}
