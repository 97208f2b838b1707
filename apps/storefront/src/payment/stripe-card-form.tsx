import type { Stripe, StripeCardElement } from '@stripe/stripe-js';
import { Button } from '@emporium/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { loadStripeJs, paymentMethodOutcome } from './stripe-loader';

export interface StripeCardFormProps {
  readonly publishableKey: string;
  /** True while the payment is being authorised with the PaymentMethod this form made. */
  readonly busy: boolean;
  readonly onPaymentMethod: (paymentMethodId: string) => void;
}

type Loaded = { readonly stripe: Stripe; readonly card: StripeCardElement };

/**
 * Stripe Elements' card field: the card goes from Stripe's own iframe to Stripe, which answers a PaymentMethod id;
 * only that id reaches our API. Cannot be exercised in this repository's browser tests (Stripe is not reachable).
 */
export function StripeCardForm({ publishableKey, busy, onPaymentMethod }: StripeCardFormProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let card: StripeCardElement | null = null;
    loadStripeJs(publishableKey).then(
      (stripe) => {
        if (cancelled) return;
        if (!stripe || !mountRef.current) {
          setUnavailable(true);
          return;
        }
        card = stripe.elements().create('card', { hidePostalCode: false });
        card.mount(mountRef.current);
        setLoaded({ stripe, card });
      },
      () => {
        if (!cancelled) setUnavailable(true);
      },
    );
    return () => {
      cancelled = true;
      card?.destroy();
    };
  }, [publishableKey]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!loaded || creating || busy) return;
    setCreating(true);
    setError(null);
    try {
      const outcome = paymentMethodOutcome(await loaded.stripe.createPaymentMethod({ type: 'card', card: loaded.card }));
      if (outcome.ok) onPaymentMethod(outcome.paymentMethodId);
      else setError(outcome.message);
    } catch {
      setError('The card could not be checked. Try again.');
    } finally {
      setCreating(false);
    }
  };

  if (unavailable) return <StripeUnavailable />;
  return (
    <form className="payment-stripe" onSubmit={(event) => void submit(event)} aria-label="Card details">
      <div className="payment-stripe__field" ref={mountRef} />
      <p className="payment-stripe__error" role="alert">
        {error}
      </p>
      <Button type="submit" loading={creating || busy} disabled={!loaded}>
        Pay
      </Button>
    </form>
  );
}

export function StripeUnavailable() {
  return (
    <p className="payment-step__problem" role="alert">
      Stripe is configured but its script could not load, so the card form cannot be shown. Check your connection or content blocker and reload the page.
    </p>
  );
}
