import './payments.css';
import { Button, formatMoney } from '@emporium/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage, AdminSection } from '../components/admin-page';
import { ConfirmActions, ConfirmDialog } from '../components/confirm-dialog';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useFeedback } from '../lib/use-feedback';
import { CaptureDialog } from './capture-dialog';
import { availableActions, cardLabel, paymentActionProblem, paymentStatusLabel } from './payment-labels';
import { PaymentStatusBadge } from './payment-status-badge';
import { paymentTimeline } from './payment-timeline';
import { PaymentTimelineList } from './payment-timeline-list';
import type { StaffPayment } from './payment-types';
import { RefundDialog } from './refund-dialog';

const unsettled = (payment: StaffPayment | undefined) => payment?.attempts.some((attempt) => attempt.outcome === 'pending' || attempt.outcome === 'unknown') ?? false;

/** One payment: what it is for, where its money stands, the staff actions, and everything that happened to it. */
export function PaymentPage() {
  const { id = '' } = useParams();
  // While a call's outcome is unsettled the reconcile job settles it within a minute; look again until it has.
  const payment = trpc.payment.admin.get.useQuery({ id }, { staleTime: 0, refetchInterval: (query) => (unsettled(query.state.data) ? 3000 : false) });
  return (
    <AdminPage title={payment.data ? `Payment ${payment.data.reference}` : 'Payment'} back={{ to: adminPaths.payments, label: 'Payments' }}>
      <Loaded query={payment}>{(data) => <PaymentDetail payment={data} />}</Loaded>
    </AdminPage>
  );
}

type Dialog = 'capture' | 'refund' | 'void' | null;

function PaymentDetail({ payment }: { readonly payment: StaffPayment }) {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { currency } = payment.amount;
  const money = (amount: number) => formatMoney(amount, currency);
  const done = (message: (next: StaffPayment) => string) => (next: StaffPayment) => {
    setDialog(null);
    setProblem(null);
    utils.payment.admin.get.setData({ id: next.id }, next);
    void utils.payment.admin.list.invalidate();
    feedback.saved(message(next));
  };
  // A refusal may mean the payment moved meanwhile: show it as it is now.
  const refresh = () => void utils.payment.admin.get.invalidate({ id: payment.id });
  const voidPayment = trpc.payment.admin.void.useMutation({ onSuccess: done(() => 'Payment voided: the hold on the card is released'), onError: refresh });
  const reconcile = trpc.payment.admin.reconcile.useMutation({
    onSuccess: done((next) => `Checked with the gateway: ${paymentStatusLabel(next.status)}`),
    onError: (error) => {
      setProblem(paymentActionProblem(error));
      refresh();
    },
  });
  const allowed = availableActions(payment);
  const busy = voidPayment.isPending || reconcile.isPending;
  const card = cardLabel(payment.card);

  return (
    <div className="admin-payment">
      {payment.needsReview && (
        <div className="admin-alert admin-alert--warning" role="alert">
          <p className="admin-alert__title">Needs review</p>
          <p>{payment.needsReview}</p>
          <p>Capture, void and refund are refused until this is resolved with the payment provider.</p>
        </div>
      )}
      <div className="admin-payment__summary">
        <dl className="admin-payment__facts">
          <div>
            <dt>Reference</dt>
            <dd>{payment.reference}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd data-testid="payment-status">
              <PaymentStatusBadge status={payment.status} />
              <span className="admin-muted"> · updated {formatDateTime(payment.updatedAt)}</span>
            </dd>
          </div>
          <div>
            <dt>Amount</dt>
            <dd>{money(payment.amount.amount)}</dd>
          </div>
          <div>
            <dt>Gateway</dt>
            <dd>
              {payment.gateway}
              {payment.intentId && (
                <span className="admin-table__secondary">
                  Intent <code>{payment.intentId}</code>
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Card</dt>
            <dd>{card ?? <span className="admin-muted">None yet</span>}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(payment.createdAt)}</dd>
          </div>
          {payment.failure && (
            <div>
              <dt>Last decline</dt>
              <dd>
                <code>{payment.failure.code}</code> {payment.failure.message}
              </dd>
            </div>
          )}
        </dl>
        <div className="admin-payment__actions" role="group" aria-label="Payment actions">
          <Button onClick={() => setDialog('capture')} disabled={busy || !allowed.capture}>
            Capture
          </Button>
          <Button variant="secondary" onClick={() => setDialog('refund')} disabled={busy || !allowed.refund}>
            Refund
          </Button>
          <Button variant="ghost" onClick={() => setDialog('void')} disabled={busy || !allowed.void} loading={voidPayment.isPending}>
            Void
          </Button>
          <Button variant="secondary" onClick={() => reconcile.mutate({ id: payment.id })} disabled={busy || !payment.intentId} loading={reconcile.isPending}>
            Check with gateway
          </Button>
        </div>
      </div>
      {problem && (
        <div className="admin-alert admin-alert--danger" role="alert">
          <p>{problem}</p>
        </div>
      )}

      <AdminSection title="Amounts">
        <dl className="admin-payment__amounts">
          {(
            [
              ['Authorised', payment.amounts.authorized],
              ['Captured', payment.amounts.captured],
              ['Refunded', payment.amounts.refunded],
              ['Still capturable', payment.amounts.capturable],
              ['Still refundable', payment.amounts.refundable],
            ] as const
          ).map(([label, amount]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{money(amount)}</dd>
            </div>
          ))}
        </dl>
      </AdminSection>

      <AdminSection title="Timeline">
        <PaymentTimelineList items={paymentTimeline(payment, currency)} />
      </AdminSection>

      <CaptureDialog payment={payment} open={dialog === 'capture'} onClose={() => setDialog(null)} onCaptured={done((next) => `Captured: ${money(next.amounts.captured)} in all`)} />
      <RefundDialog payment={payment} open={dialog === 'refund'} onClose={() => setDialog(null)} onRefunded={done((next) => `Refunded: ${money(next.amounts.refunded)} in all`)} />
      <ConfirmDialog subject={dialog === 'void' ? payment : null} subjectKey={(subject) => subject.id} onClose={() => setDialog(null)}>
        {(subject, titleId) => (
          <>
            <h2 id={titleId} className="admin-dialog__title">
              Void the payment for {subject.reference}?
            </h2>
            <p>The authorisation of {money(subject.amounts.authorized)} is cancelled and the hold on the customer’s card is released. Nothing can be captured afterwards.</p>
            <ConfirmActions
              confirmLabel="Void payment"
              error={voidPayment.error}
              problemTitle="The payment was not voided"
              pending={voidPayment.isPending}
              onConfirm={() => voidPayment.mutate({ id: subject.id })}
              onCancel={() => setDialog(null)}
              dismissLabel="Keep it"
            />
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
