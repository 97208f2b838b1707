import { Button, buttonClassName, Spinner } from '@emporium/ui';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { isNotFound } from '../lib/api-error';
import { recallSecret, rememberSecret, sessionStore } from '../payment/client-secret';
import { PaymentStep } from '../payment/payment-step';
import { type AttemptKeys } from './attempt-store';
import { checkoutRefusal } from './checkout-refusal';
import { useCheckoutAttempt } from './use-checkout-attempt';

export interface CheckoutAttemptProps {
  readonly keys: AttemptKeys;
  /** The name of the region (the payment step inside has its own heading). */
  readonly label: string;
  /** Forget this attempt and go back to the details (after a failure, or to change them before paying). */
  readonly onRestart: () => void;
}

/**
 * The order placed and waiting for its money: the card form (with the bank's check, a round trip that comes back
 * to /checkout?payment_intent=…), then `resume`, which finishes the order; "processing" while the server settles
 * it; the reason when it failed, with a fresh start.
 */
export function CheckoutAttempt({ keys, label, onRestart }: CheckoutAttemptProps) {
  const { input, status, resume } = useCheckoutAttempt(keys);
  const [params, setParams] = useSearchParams();
  const view = status.data;
  const payment = view?.status === 'awaiting_payment' ? view.payment : null;
  const clientSecret = payment ? (payment.clientSecret ?? recallSecret(sessionStore(), payment.id)) : null;

  // The way back from the bank's check carries no secret: it is kept for this tab before leaving.
  useEffect(() => {
    if (payment?.clientSecret) rememberSecret(sessionStore(), payment.id, payment.clientSecret);
  }, [payment?.id, payment?.clientSecret]);

  const onReturnConfirmed = useCallback(() => {
    if (!new URLSearchParams(window.location.search).has('payment_intent')) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('payment_intent');
        return next;
      },
      { replace: true },
    );
  }, [setParams]);

  const { mutate: resumeAttempt, isPending: resuming } = resume;
  const [paid, setPaid] = useState(false);
  const onPaid = useCallback(() => {
    setPaid(true);
    onReturnConfirmed();
    if (!resuming) resumeAttempt(input);
  }, [onReturnConfirmed, resumeAttempt, resuming, input]);

  if (status.isError && !view) {
    return (
      <div className="checkout-step" role="group" aria-label={label}>
        {isNotFound(status.error) ? (
          <div className="checkout-problem" role="alert">
            <p>This checkout has expired. Nothing was charged; your cart is as you left it.</p>
            <Button onClick={onRestart}>Start the checkout again</Button>
          </div>
        ) : (
          <QueryError error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} />
        )}
      </div>
    );
  }

  const resumeProblem = resume.error ? checkoutRefusal(resume.error).message : null;
  const finishing = resume.isPending || view?.status === 'processing' || view?.status === 'placed';

  return (
    <div className="checkout-step checkout-payment" role="group" aria-label={label} aria-busy={finishing || undefined}>
      <div role="status" aria-live="polite" className="checkout-live">
        {!view && <Spinner label="Loading your checkout" />}
        {finishing && (
          <p className="checkout-processing">
            <Spinner size="sm" /> {view?.status === 'placed' ? 'Your order is placed. Opening its confirmation…' : 'Finishing your order… Please don’t pay again: this page updates by itself.'}
          </p>
        )}
      </div>
      <div role="alert" className="checkout-alert">
        {view?.status === 'failed' && (
          <div className="checkout-problem">
            <p>{view.error?.message ?? 'Your order could not be completed. You have not been charged.'}</p>
            <div className="checkout-problem__actions">
              <Button onClick={onRestart}>Start again</Button>
              <Link to="/cart" className={buttonClassName({ variant: 'secondary' })}>
                Back to your cart
              </Link>
            </div>
          </div>
        )}
        {resumeProblem && !resume.isPending && (
          <div className="checkout-problem">
            <p>{resumeProblem}</p>
            <Button variant="secondary" onClick={() => resume.mutate(input)}>
              Try again
            </Button>
          </div>
        )}
      </div>
      {payment && (
        <>
          <PaymentStep
            key={payment.id}
            paymentId={payment.id}
            clientSecret={clientSecret}
            onPaid={onPaid}
            returningFromChallenge={params.has('payment_intent')}
            onReturnConfirmed={onReturnConfirmed}
          />
          {!paid && (
            <p className="checkout-restart">
              <Button variant="ghost" size="sm" onClick={onRestart}>
                Change your details
              </Button>
              <span className="checkout-muted"> Your items are held until you pay or change them.</span>
            </p>
          )}
        </>
      )}
    </div>
  );
}
