import './payment.css';
import { Button, Price, Spinner } from '@emporium/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { QueryError } from '../app/query-error';
import { isNotFound } from '../lib/api-error';
import { trpc } from '../trpc';
import { CardFormFrame } from './card-form-frame';
import type { CardFormMessage } from './card-form-message';
import { rememberSecret, sessionStore } from './client-secret';
import { paymentStage } from './payment-stage';
import type { PaymentView } from './payment-types';
import { StripeCardForm } from './stripe-card-form';
import { paymentCallProblem, usePayment } from './use-payment';

export interface PaymentStepProps {
  readonly paymentId: string;
  /** The payment's client secret; null when the signed-in shopper owns the payment. */
  readonly clientSecret: string | null;
  /** Called once, when the payment is authorised (or already further along). */
  readonly onPaid: (view: PaymentView) => void;
  /** The browser is back from the bank's check (`?payment_intent=`): the outcome is confirmed first. */
  readonly returningFromChallenge?: boolean;
  /** Called once the return from the check has been confirmed, so the page can tidy its address. */
  readonly onReturnConfirmed?: () => void;
}

/**
 * The payment step the checkout embeds and a payment link shows: the amount, the gateway's card form, declines with
 * another try, the bank's check (a top-level visit to the gateway and back), "processing" while an outcome is
 * settled, and `onPaid` once money is held. Card details never pass through this code: the gateway's form
 * turns them into a token, and only the token is sent to our API.
 */
export function PaymentStep({ paymentId, clientSecret, onPaid, returningFromChallenge = false, onReturnConfirmed }: PaymentStepProps) {
  const headingId = useId();
  const { input, payment, authorize, confirm, awaitingAnswer } = usePayment(paymentId, clientSecret);
  const declineRef = useRef<HTMLDivElement>(null);
  // A new card form after each decline: the shopper starts again from an empty form.
  const [attempt, setAttempt] = useState(0);
  const [leaving, setLeaving] = useState(false);

  // Back from the bank's check: ask the API to read the outcome from the gateway, once.
  const confirmStarted = useRef(false);
  useEffect(() => {
    if (!returningFromChallenge || confirmStarted.current) return;
    confirmStarted.current = true;
    confirm.mutate(input, { onSettled: () => onReturnConfirmed?.() });
  }, [returningFromChallenge, confirm, input, onReturnConfirmed]);

  const view = payment.data;
  const stage = view ? paymentStage(view) : null;

  const paidReported = useRef(false);
  useEffect(() => {
    if (view && stage?.kind === 'paid' && !paidReported.current) {
      paidReported.current = true;
      onPaid(view);
    }
  }, [view, stage?.kind, onPaid]);

  /** The bank's check is a page of the gateway's: the secret is kept, as the way back carries none. */
  const goToChallenge = (url: string) => {
    if (clientSecret) rememberSecret(sessionStore(), paymentId, clientSecret);
    setLeaving(true);
    window.location.assign(url);
  };

  const pay = (paymentMethod: string) => {
    if (authorize.isPending) return;
    authorize.mutate(
      { ...input, paymentMethod },
      {
        onSuccess: (answer) => {
          const next = paymentStage(answer);
          if (next.kind === 'challenge') goToChallenge(next.url);
          if (next.kind === 'enter-card' && next.decline) setAttempt((count) => count + 1);
        },
      },
    );
  };

  // After a decline, focus moves to its message, so a screen reader reads it and the next Tab reaches the new form.
  useEffect(() => {
    if (attempt > 0) declineRef.current?.focus();
  }, [attempt]);

  const onCardFormMessage = (message: CardFormMessage) => {
    // The form shows its own errors (an invalid number, an expiry in the past) beside its fields.
    if (message.type === 'token') pay(message.token);
  };

  if (payment.isError && !view) {
    return (
      <section className="payment-step" aria-labelledby={headingId}>
        <h2 id={headingId}>Payment</h2>
        {isNotFound(payment.error) ? (
          <p className="payment-step__problem" role="alert">
            This payment can’t be found.
          </p>
        ) : (
          <QueryError error={payment.error} onRetry={() => void payment.refetch()} retrying={payment.isFetching} />
        )}
      </section>
    );
  }

  const checkingReturn = returningFromChallenge && confirm.isPending;
  const processing = checkingReturn || authorize.isPending || awaitingAnswer || stage?.kind === 'processing' || leaving;
  const problem = paymentCallProblem(authorize.error ?? confirm.error);
  const decline = stage?.kind === 'enter-card' ? stage.decline : null;

  return (
    <section className="payment-step" aria-labelledby={headingId} aria-busy={processing || undefined}>
      <h2 id={headingId}>Payment</h2>
      {view && (
        <p className="payment-step__amount">
          <span>Amount to pay</span> <Price amount={view.amount.amount} currency={view.amount.currency} size="lg" />
        </p>
      )}

      {/* Progress is announced politely; declines and problems interrupt. Both regions are always there, so changes are read. */}
      <div className="payment-step__live" role="status" aria-live="polite">
        {!view && payment.isPending && <Spinner label="Loading the payment" />}
        {processing && (
          <p className="payment-step__processing">
            <Spinner size="sm" /> {leaving ? 'Taking you to your bank’s check…' : checkingReturn ? 'Checking the result of your bank’s check…' : 'Processing…'}
          </p>
        )}
        {processing && !leaving && !checkingReturn && !authorize.isPending && (
          <p className="payment-step__processing-note">We’re waiting for the payment provider to confirm your payment. Please don’t pay again: this page updates by itself.</p>
        )}
        {stage?.kind === 'paid' && <p className="payment-step__done">Payment authorised.</p>}
      </div>
      <div className="payment-step__alerts" role="alert" ref={declineRef} tabIndex={-1}>
        {decline && !processing && (
          <p className="payment-step__decline">
            <strong>Payment declined.</strong> {decline.message}
          </p>
        )}
        {problem && !processing && <p className="payment-step__problem">{problem}</p>}
        {stage?.kind === 'closed' && <p className="payment-step__problem">{stage.message}</p>}
      </div>

      {stage?.kind === 'challenge' && !processing && (
        <div className="payment-step__challenge">
          <p>Your bank wants to confirm this payment.</p>
          <Button onClick={() => goToChallenge(stage.url)}>Continue to your bank’s check</Button>
        </div>
      )}

      {/* No card form while an outcome is open: a second card must not be charged for the same payment. */}
      {stage?.kind === 'enter-card' && !checkingReturn && !awaitingAnswer && (
        <CardEntry
          attempt={attempt}
          busy={authorize.isPending}
          onCardFormMessage={onCardFormMessage}
          onPaymentMethod={pay}
        />
      )}
    </section>
  );
}

interface CardEntryProps {
  readonly attempt: number;
  readonly busy: boolean;
  readonly onCardFormMessage: (message: CardFormMessage) => void;
  readonly onPaymentMethod: (paymentMethodId: string) => void;
}

/** The configured gateway's way of taking a card: the test gateway's hosted form, or Stripe Elements. */
function CardEntry({ attempt, busy, onCardFormMessage, onPaymentMethod }: CardEntryProps) {
  const config = trpc.payment.clientConfig.useQuery(undefined, { staleTime: 5 * 60_000, refetchOnWindowFocus: false });
  if (config.isPending) return <Spinner label="Loading the card form" />;
  if (config.isError) {
    return (
      <div className="payment-step__problem">
        <p>Card payments are not available right now.</p>
        <QueryError error={config.error} onRetry={() => void config.refetch()} retrying={config.isFetching} />
      </div>
    );
  }
  const settings = config.data;
  return (
    <div className="payment-step__card" role="group" aria-label={attempt > 0 ? 'Try another card' : 'Pay by card'}>
      {attempt > 0 && <p className="payment-step__retry">Try again with another card.</p>}
      {settings.provider === 'test-gateway' ? (
        <CardFormFrame key={attempt} cardFormUrl={settings.cardFormUrl} publishableKey={settings.publishableKey} onMessage={onCardFormMessage} />
      ) : settings.provider === 'stripe' ? (
        <StripeCardForm key={attempt} publishableKey={settings.publishableKey} busy={busy} onPaymentMethod={onPaymentMethod} />
      ) : (
        <p className="payment-step__problem">Card payments are not available right now.</p>
      )}
    </div>
  );
}
