import { buttonClassName, EmptyState, Spinner } from '@emporium/ui';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { signInPath } from '../account/lib/safe-next';
import { QueryError } from '../app/query-error';
import { useCurrentUser } from '../app/use-current-user';
import { useCart } from '../cart/use-cart';
import { trpc } from '../trpc';
import { AddressStep, type AddressStepResult } from './address-step';
import { type CheckoutAddress } from './checkout-address';
import { CheckoutProgress } from './checkout-progress';
import { checkoutSteps, type CheckoutStepId, nextStep } from './checkout-steps';
import { type CheckoutView, type DeliveryOption } from './checkout-types';
import { DeliveryStep } from './delivery-step';
import { ReviewStep } from './review-step';

interface Details {
  readonly email: string;
  readonly shippingAddress: CheckoutAddress | null;
  readonly billingSame: boolean;
  readonly billingAddress: CheckoutAddress | null;
  readonly delivery: DeliveryOption | null;
}

const NO_DETAILS: Details = { email: '', shippingAddress: null, billingSame: true, billingAddress: null, delivery: null };

/**
 * The details of the order, a step at a time: contact and shipping address, billing address when it differs,
 * delivery option, review. The steps already done can be revisited from the progress list; "Continue to payment"
 * on the review places the order and hands over to the payment.
 */
export function CheckoutWizard({ onPlaced }: { readonly onPlaced: (view: CheckoutView) => void }) {
  const cart = useCart();
  const { user, isLoading: userLoading } = useCurrentUser();
  const addresses = trpc.user.addresses.list.useQuery(undefined, { enabled: user !== null, retry: false });
  const [details, setDetails] = useState<Details>(NO_DETAILS);
  const [step, setStep] = useState<CheckoutStepId>('shipping');
  const [done, setDone] = useState<ReadonlySet<CheckoutStepId>>(() => new Set());
  const [fieldRefusal, setFieldRefusal] = useState<unknown>(null);
  const steps = checkoutSteps(details.billingSame);
  // A step the details no longer need (billing, once it is the shipping address) falls back to the first.
  const shown = steps.some((candidate) => candidate.id === step) ? step : 'shipping';
  const current = steps.find((candidate) => candidate.id === shown) ?? steps[0];
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each new step is announced by moving focus to its heading (not on the first, which the page heading introduces).
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) {
      moved.current = true;
      return;
    }
    headingRef.current?.focus();
  }, [shown]);

  const goTo = (next: CheckoutStepId) => {
    setFieldRefusal(null);
    setStep(next);
  };
  const complete = (finished: CheckoutStepId, changes: Partial<Details>) => {
    const updated = { ...details, ...changes };
    setDetails(updated);
    setDone(new Set(done).add(finished));
    goTo(nextStep(checkoutSteps(updated.billingSame), finished) ?? 'review');
  };

  if (cart.data === undefined || userLoading || (user !== null && addresses.isPending)) {
    if (cart.isLoadingError) return <QueryError error={cart.error} onRetry={() => void cart.refetch()} retrying={cart.isFetching} />;
    return <Spinner size="lg" label="Loading your checkout" />;
  }
  if (cart.data.lines.length === 0) {
    return (
      <EmptyState
        title="Your cart is empty"
        action={
          <Link to="/" className={buttonClassName()}>
            Continue shopping
          </Link>
        }
      >
        <p>Add something to your cart to check out.</p>
      </EmptyState>
    );
  }

  const saved = user !== null && addresses.data ? addresses.data : [];
  const customerEmail = user?.email ?? null;
  const email = customerEmail ?? details.email;
  const onAddress = (kind: 'shipping' | 'billing') => (result: AddressStepResult) =>
    kind === 'shipping'
      ? complete('shipping', { email: result.email, shippingAddress: result.address, billingSame: result.billingSame, delivery: sameDestination(details.shippingAddress, result.address) ? details.delivery : null })
      : complete('billing', { billingAddress: result.address });

  const headingId = `checkout-step-${current?.id ?? 'shipping'}`;
  let body;
  if (shown === 'billing') {
    body = (
      <AddressStep
        key="billing"
        kind="billing"
        headingId={headingId}
        customerEmail={customerEmail}
        saved={saved}
        initial={{ address: details.billingAddress, email, billingSame: false }}
        refusal={fieldRefusal}
        onDone={onAddress('billing')}
      />
    );
  } else if (shown === 'delivery' && details.shippingAddress) {
    body = <DeliveryStep headingId={headingId} shippingAddress={details.shippingAddress} chosen={details.delivery?.id ?? null} onDone={(delivery) => complete('delivery', { delivery })} onChangeAddress={() => goTo('shipping')} />;
  } else if (shown === 'review' && details.shippingAddress && details.delivery) {
    body = (
      <ReviewStep
        headingId={headingId}
        draft={{ email, shippingAddress: details.shippingAddress, billingAddress: details.billingSame ? null : details.billingAddress, delivery: details.delivery }}
        onEdit={goTo}
        onPlaced={onPlaced}
        onFieldRefusal={(target, error) => {
          setStep(target);
          setFieldRefusal(error);
        }}
      />
    );
  } else {
    body = (
      <AddressStep
        key="shipping"
        kind="shipping"
        headingId={headingId}
        customerEmail={customerEmail}
        saved={saved}
        initial={{ address: details.shippingAddress, email: details.email, billingSame: details.billingSame }}
        refusal={fieldRefusal}
        onDone={onAddress('shipping')}
      />
    );
  }

  return (
    <>
      <CheckoutProgress steps={steps} current={current?.id ?? 'shipping'} done={done} onGoTo={goTo} />
      <section className="checkout-panel" aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="checkout-panel__heading">
          {current?.label}
        </h2>
        {user === null && shown === 'shipping' && (
          <p className="checkout-muted">
            Have an account? <Link to={signInPath('/checkout')}>Sign in</Link> to use your saved addresses, or continue as a guest.
          </p>
        )}
        {body}
      </section>
    </>
  );
}

/** A new address that is quoted the same keeps the delivery option chosen before. */
function sameDestination(before: CheckoutAddress | null, after: CheckoutAddress): boolean {
  return before !== null && before.countryCode === after.countryCode && before.region === after.region && before.postalCode === after.postalCode;
}
