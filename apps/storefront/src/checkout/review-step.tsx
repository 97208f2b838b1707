import { Button, buttonClassName, Spinner, VisuallyHidden } from '@emporium/ui';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { totalsRows } from '../cart/totals-rows';
import { shouldRetry } from '../lib/api-error';
import { PurchasedLines } from '../orders/purchased-lines';
import { TotalsList } from '../orders/totals-list';
import { trpc } from '../trpc';
import { AddressBlock } from './address-block';
import { type CheckoutAddress, destinationOf } from './checkout-address';
import { addressFieldErrors, type CheckoutRefusal, checkoutRefusal } from './checkout-refusal';
import { type CheckoutStepId } from './checkout-steps';
import { type CheckoutView, type DeliveryOption } from './checkout-types';
import { deliveryText } from './delivery-text';
import { reviewTotalsFacts } from './review-totals';

export interface CheckoutDraft {
  readonly email: string;
  readonly shippingAddress: CheckoutAddress;
  /** Null when the card is billed to the shipping address. */
  readonly billingAddress: CheckoutAddress | null;
  readonly delivery: DeliveryOption;
}

export interface ReviewStepProps {
  readonly headingId: string;
  readonly draft: CheckoutDraft;
  readonly onEdit: (step: CheckoutStepId) => void;
  /** The order is being placed: the hold is in, payment comes next. */
  readonly onPlaced: (view: CheckoutView) => void;
  /** The server found a problem at fields of an earlier step. */
  readonly onFieldRefusal: (step: CheckoutStepId, error: unknown) => void;
}

/**
 * Everything the order will be, with the totals exactly as the server works them out for this address and delivery
 * option. "Continue to payment" holds the items and the total; the server refuses if anything changed since.
 */
export function ReviewStep({ headingId, draft, onEdit, onPlaced, onFieldRefusal }: ReviewStepProps) {
  const utils = trpc.useUtils();
  const review = trpc.storefront.checkout.review.useQuery(
    { destination: destinationOf(draft.shippingAddress), shippingOptionId: draft.delivery.id },
    { retry: shouldRetry, staleTime: 0, refetchOnWindowFocus: false },
  );
  const place = trpc.storefront.checkout.place.useMutation();
  const [refusal, setRefusal] = useState<CheckoutRefusal | null>(null);
  const loadRefusal = review.isError ? checkoutRefusal(review.error) : null;

  const placeOrder = () => {
    // The server collapses repeated submits into one attempt; the button also waits while one is on its way.
    if (!review.data || place.isPending) return;
    setRefusal(null);
    place.mutate(
      {
        email: draft.email,
        shippingAddress: draft.shippingAddress,
        billingAddress: draft.billingAddress,
        shippingOptionId: draft.delivery.id,
        reviewedTotal: review.data.totals.total,
      },
      {
        onSuccess: onPlaced,
        onError: (error) => {
          const found = checkoutRefusal(error);
          if (Object.keys(addressFieldErrors(found.fieldErrors, 'shippingAddress')).length > 0) return onFieldRefusal('shipping', error);
          if (Object.keys(addressFieldErrors(found.fieldErrors, 'billingAddress')).length > 0) return onFieldRefusal('billing', error);
          setRefusal(found);
          // The cart may have changed under the shopper (a price, the stock): the cart page shows it as it is now.
          if (found.backToCart) void utils.cart.get.invalidate();
        },
      },
    );
  };

  const problem = refusal ?? loadRefusal;

  return (
    <div className="checkout-step checkout-review" aria-labelledby={headingId} role="group">
      <div role="status" aria-live="polite">
        {review.isPending && <Spinner label="Working out your total" />}
      </div>
      <div className="checkout-alert" role="alert">
        {problem && (
          <div className="checkout-problem">
            <p>{problem.message}</p>
            <div className="checkout-problem__actions">
              {problem.backToCart && (
                <Link to="/cart" className={buttonClassName({ variant: 'secondary', size: 'sm' })}>
                  Back to your cart
                </Link>
              )}
              <Button variant="ghost" size="sm" onClick={() => void review.refetch()} loading={review.isFetching}>
                Check the total again
              </Button>
            </div>
          </div>
        )}
      </div>

      {review.data && (
        <>
          <section className="checkout-review__section" aria-labelledby="review-items">
            <h3 id="review-items">Items</h3>
            <PurchasedLines
              label="Items in this order"
              currency={review.data.currency}
              lines={review.data.lines.map((line) => ({
                key: line.variantId,
                title: line.title,
                sku: line.sku,
                options: line.options,
                quantity: line.quantity,
                unitPrice: line.unitPrice.amount,
                subtotal: line.subtotal.amount,
                total: line.total.amount,
              }))}
            />
          </section>
          <section className="checkout-review__section checkout-review__totals" aria-labelledby="review-totals">
            <h3 id="review-totals">Totals</h3>
            <TotalsList rows={totalsRows(reviewTotalsFacts(review.data))} />
          </section>
        </>
      )}

      <div className="checkout-review__facts">
        <ReviewFact title="Contact" onChange={() => onEdit('shipping')} changeLabel="the e-mail address">
          <p>{draft.email}</p>
        </ReviewFact>
        <ReviewFact title="Ship to" onChange={() => onEdit('shipping')} changeLabel="the shipping address">
          <AddressBlock address={draft.shippingAddress} />
        </ReviewFact>
        <ReviewFact title="Bill to" onChange={() => onEdit(draft.billingAddress ? 'billing' : 'shipping')} changeLabel="the billing address">
          {draft.billingAddress ? <AddressBlock address={draft.billingAddress} /> : <p>Same as the shipping address</p>}
        </ReviewFact>
        <ReviewFact title="Delivery" onChange={() => onEdit('delivery')} changeLabel="the delivery option">
          <p>
            {draft.delivery.name}
            <br />
            <span className="checkout-muted">{deliveryText(draft.delivery.delivery)}</span>
          </p>
        </ReviewFact>
      </div>

      <div className="checkout-review__place">
        <p className="checkout-muted">Your items and this total are held for you while you pay on the next step.</p>
        <Button size="lg" onClick={placeOrder} loading={place.isPending} disabled={!review.data || place.isPending}>
          Continue to payment
        </Button>
      </div>
    </div>
  );
}

function ReviewFact({ title, onChange, changeLabel, children }: { readonly title: string; readonly onChange: () => void; readonly changeLabel: string; readonly children: ReactNode }) {
  return (
    <div className="checkout-fact">
      <div className="checkout-fact__head">
        <h3 className="checkout-fact__title">{title}</h3>
        <Button variant="ghost" size="sm" onClick={onChange}>
          Change<VisuallyHidden> {changeLabel}</VisuallyHidden>
        </Button>
      </div>
      {children}
    </div>
  );
}
