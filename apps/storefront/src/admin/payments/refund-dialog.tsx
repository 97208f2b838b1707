import { TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { TextAreaField } from '../components/text-area-field';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { amountInputValue } from '../lib/money-input';
import { checkActionAmount } from './payment-inputs';
import { FormDialog } from '../components/form-dialog';
import { PaymentProblem } from './payment-problem';
import type { StaffPayment } from './payment-types';

export interface RefundDialogProps {
  readonly payment: StaffPayment;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onRefunded: (next: StaffPayment) => void;
}

/** Staff give captured money back, all that is refundable or part of it, saying why (kept on the ledger). */
export function RefundDialog({ payment, open, onClose, onRefunded }: RefundDialogProps) {
  return (
    <FormDialog open={open} title={`Refund ${payment.reference}`} onClose={onClose}>
      <RefundForm payment={payment} onClose={onClose} onRefunded={onRefunded} />
    </FormDialog>
  );
}

function RefundForm({ payment, onClose, onRefunded }: Omit<RefundDialogProps, 'open'>) {
  const { currency } = payment.amount;
  const [amount, setAmount] = useState(amountInputValue(payment.amounts.refundable, currency));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const refund = trpc.payment.admin.refund.useMutation({ onSuccess: onRefunded });
  const server = fieldMessages(fieldProblems(refund.error), (path) => (path === 'amount' || path === 'currency' ? 'amount' : path === 'reason' ? 'reason' : null));
  const errorOf = (field: string) => problems[field] ?? server.byField[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkActionAmount(amount, currency);
    const next: Record<string, string> = {};
    if (!checked.ok) next['amount'] = checked.message;
    if (!reason.trim()) next['reason'] = 'Give a reason for the refund';
    setProblems(next);
    if (!checked.ok || Object.keys(next).length > 0) return;
    refund.mutate({ id: payment.id, amount: checked.amount, currency, reason: reason.trim() });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <TextField
        label={`Amount to refund (${currency})`}
        inputMode="decimal"
        value={amount}
        error={errorOf('amount')}
        onChange={(event) => {
          setAmount(event.target.value);
          if (refund.error) refund.reset();
        }}
      />
      <TextAreaField label="Reason" hint="Kept on the payment’s ledger." required rows={2} maxLength={500} value={reason} error={errorOf('reason')} onChange={(event) => setReason(event.target.value)} />
      <PaymentProblem error={refund.error} unclaimed={server.unclaimed} title="Nothing was refunded" />
      <SubmitOrCancel label="Refund" loading={refund.isPending} onCancel={onClose} />
    </form>
  );
}
