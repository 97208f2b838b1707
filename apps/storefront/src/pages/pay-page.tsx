import '../payment/payment.css';
import { EmptyState, buttonClassName } from '@emporium/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { apiErrorCode, isNotFound } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { addressWithoutFragment, readFragmentSecret, recallSecret, rememberSecret, sessionStore } from '../payment/client-secret';
import { PaymentStep } from '../payment/payment-step';
import { paymentReceivedText } from '../payment/payment-stage';
import type { PaymentView } from '../payment/payment-types';
import { paymentAccess, retryPaymentLoad } from '../payment/use-payment';
import { trpc } from '../trpc';

const PAYMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The payment link a merchant sends (a phone order, a deposit): `/pay/<paymentId>#pay_secret_…`. The secret is
 * taken from the fragment, kept for this tab's session and removed from the address bar, so it is neither
 * bookmarked nor shared by a copied address. Back from the bank's check (`?payment_intent=…`) the outcome is confirmed.
 */
export function PayPage() {
  const { paymentId = '' } = useParams();
  // One payment per mount: another link opened in the same tab starts from its own fragment and storage.
  return <PaymentLink key={paymentId} paymentId={paymentId} />;
}

function PaymentLink({ paymentId }: { readonly paymentId: string }) {
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const validId = PAYMENT_ID.test(paymentId);
  const [secret] = useState(() => readFragmentSecret(location.hash) ?? recallSecret(sessionStore(), paymentId));
  const [paid, setPaid] = useState<PaymentView | null>(null);
  const successRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (secret) rememberSecret(sessionStore(), paymentId, secret);
    // The router is not told: the secret was read once, and its location keeping the old hash changes nothing.
    if (window.location.hash) window.history.replaceState(window.history.state, '', addressWithoutFragment(window.location));
  }, [paymentId, secret]);

  const payment = trpc.payment.get.useQuery(paymentAccess(paymentId, secret), { enabled: validId, retry: retryPaymentLoad, refetchOnWindowFocus: false });
  const invalid = !validId || (payment.isError && (isNotFound(payment.error) || apiErrorCode(payment.error) === 'BAD_REQUEST'));
  useDocumentTitle(invalid ? 'Payment link not valid' : paid ? 'Payment received' : payment.data ? `Pay ${payment.data.reference}` : 'Payment');

  const returning = params.has('payment_intent');
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
  const onPaid = useCallback(
    (view: PaymentView) => {
      setPaid(view);
      // The step is gone once paid, before its confirm call reports back: the address is tidied here too.
      onReturnConfirmed();
    },
    [onReturnConfirmed],
  );

  useEffect(() => {
    if (paid) successRef.current?.focus();
  }, [paid]);

  if (invalid) return <InvalidLink />;

  return (
    <section className="page-section pay-page" aria-labelledby="pay-heading">
      <h1 id="pay-heading">{payment.data ? `Pay ${payment.data.reference}` : 'Payment'}</h1>
      {payment.isError && !payment.data && <QueryError error={payment.error} onRetry={() => void payment.refetch()} retrying={payment.isFetching} />}
      {paid ? (
        <div className="pay-page__success" role="status">
          <h2 ref={successRef} tabIndex={-1}>
            {paymentReceivedText(paid)}
          </h2>
          <p>Thank you. The shop has been told; you can close this page.</p>
        </div>
      ) : (
        !payment.isError && (
          <PaymentStep paymentId={paymentId} clientSecret={secret} onPaid={onPaid} returningFromChallenge={returning} onReturnConfirmed={onReturnConfirmed} />
        )
      )}
    </section>
  );
}

function InvalidLink() {
  return (
    <section className="page-section pay-page" aria-labelledby="pay-heading">
      <h1 id="pay-heading">This payment link is not valid</h1>
      <EmptyState
        title="We can’t open this payment"
        action={
          <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
            Go to the shop
          </Link>
        }
      >
        <p>The link may be incomplete or mistyped. Open it again from the message the shop sent you, or ask the shop for a new link.</p>
      </EmptyState>
    </section>
  );
}
