import '../checkout/checkout.css';
import { useState } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';
import { sessionStore } from '../payment/client-secret';
import { trpc } from '../trpc';
import { type AttemptKeys, forgetAttempt, recallAttempt, rememberAttempt } from '../checkout/attempt-store';
import { CheckoutAttempt } from '../checkout/checkout-attempt';
import { CheckoutProgress } from '../checkout/checkout-progress';
import { checkoutSteps, type CheckoutStepId } from '../checkout/checkout-steps';
import { CheckoutWizard } from '../checkout/checkout-wizard';

/** Paying: every step before it is done. */
const PAYING: ReadonlySet<CheckoutStepId> = new Set(['shipping', 'billing', 'delivery', 'review']);

/**
 * `/checkout`: the order's details, then payment. Once the order is placed its attempt is kept for this tab, so a
 * reload — or the way back from the bank's check (`?payment_intent=…`) — carries on with the same attempt and the
 * same held items instead of starting another.
 */
export function CheckoutPage() {
  const utils = trpc.useUtils();
  const [attempt, setAttempt] = useState<AttemptKeys | null>(() => recallAttempt(sessionStore()));
  useDocumentTitle(attempt ? 'Checkout: payment' : 'Checkout');

  const restart = () => {
    forgetAttempt(sessionStore());
    setAttempt(null);
    void utils.cart.get.invalidate();
  };

  return (
    <section className="page-section checkout-page" aria-labelledby="checkout-heading">
      <h1 id="checkout-heading">Checkout</h1>
      {attempt ? (
        <>
          <CheckoutProgress steps={checkoutSteps(true)} current={null} done={PAYING} onGoTo={() => undefined} />
          {/* The payment step brings its own "Payment" heading. */}
          <CheckoutAttempt key={attempt.attemptToken} keys={attempt} label="Payment" onRestart={restart} />
        </>
      ) : (
        <CheckoutWizard
          onPlaced={(view) => {
            const keys = { attemptToken: view.attemptToken, accessToken: view.accessToken };
            rememberAttempt(sessionStore(), keys);
            utils.storefront.checkout.status.setData(keys, view);
            setAttempt(keys);
          }}
        />
      )}
    </section>
  );
}
