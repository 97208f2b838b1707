import { formatMoney, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { TextAreaField } from '../components/text-area-field';
import { amountInputValue } from '../lib/money-input';
import { checkActionAmount } from '../payments/payment-inputs';
import { ActionProblem } from './action-problem';
import { actionProblems } from './order-problems';
import type { StaffOrder } from './order-types';

export interface RefundOrderDialogProps {
  readonly order: StaffOrder;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onRefunded: (refunded: number) => void;
}

/** Staff give money back (goodwill, a price match): an amount and why. The page shows the most it can be; the server decides. */
export function RefundOrderDialog({ order, open, onClose, onRefunded }: RefundOrderDialogProps) {
  return (
    <FormDialog open={open} title={`Refund order ${order.number}`} onClose={onClose}>
      <RefundForm order={order} onClose={onClose} onRefunded={onRefunded} />
    </FormDialog>
  );
}

function RefundForm({ order, onClose, onRefunded }: Omit<RefundOrderDialogProps, 'open'>) {
  const { currency } = order;
  const refundable = order.payment?.amounts.refundable ?? 0;
  const [amount, setAmount] = useState(amountInputValue(refundable, currency));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const refund = trpc.order.admin.refund.useMutation({ onSuccess: (result) => onRefunded(result.refunded) });
  const server = actionProblems(refund.error, (path) => (path === 'amount' || path === 'reason' ? path : null));
  const errorOf = (field: string) => problems[field] ?? server.byField[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkActionAmount(amount, currency);
    const next: Record<string, string> = {};
    if (!checked.ok) next['amount'] = checked.message;
    if (!reason.trim()) next['reason'] = 'Give a reason for the refund';
    setProblems(next);
    if (!checked.ok || Object.keys(next).length > 0) return;
    refund.mutate({ orderId: order.id, amount: checked.amount, reason: reason.trim() });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <TextField
        label={`Amount to refund (${currency})`}
        hint={`At most ${formatMoney(refundable, currency)}: what was captured and not yet refunded.`}
        inputMode="decimal"
        value={amount}
        error={errorOf('amount')}
        onChange={(event) => {
          setAmount(event.target.value);
          if (refund.error) refund.reset();
        }}
      />
      <TextAreaField label="Reason" hint="Kept on the order’s timeline and the payment’s ledger." required rows={2} maxLength={500} value={reason} error={errorOf('reason')} onChange={(event) => setReason(event.target.value)} />
      <ActionProblem problems={server} title="Nothing was refunded" />
      <SubmitOrCancel label="Refund" loading={refund.isPending} onCancel={onClose} />
    </form>
  );
}
