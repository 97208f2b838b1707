import { formatMoney, Radio, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { amountInputValue } from '../lib/money-input';
import { checkActionAmount } from './payment-inputs';
import { FormDialog } from '../components/form-dialog';
import { PaymentProblem } from './payment-problem';
import type { StaffPayment } from './payment-types';

export interface CaptureDialogProps {
  readonly payment: StaffPayment;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCaptured: (next: StaffPayment) => void;
}

/** Staff take the money: all that is still capturable, or part of it. */
export function CaptureDialog({ payment, open, onClose, onCaptured }: CaptureDialogProps) {
  return (
    <FormDialog open={open} title={`Capture ${payment.reference}`} onClose={onClose}>
      <CaptureForm payment={payment} onClose={onClose} onCaptured={onCaptured} />
    </FormDialog>
  );
}

function CaptureForm({ payment, onClose, onCaptured }: Omit<CaptureDialogProps, 'open'>) {
  const { currency } = payment.amount;
  const capturable = payment.amounts.capturable;
  const [part, setPart] = useState(false);
  const [amount, setAmount] = useState(amountInputValue(capturable, currency));
  const [problem, setProblem] = useState<string | undefined>();
  const capture = trpc.payment.admin.capture.useMutation({ onSuccess: onCaptured });
  const server = fieldMessages(fieldProblems(capture.error), (path) => (path === 'amount' || path === 'currency' ? 'amount' : null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!part) {
      setProblem(undefined);
      capture.mutate({ id: payment.id });
      return;
    }
    const checked = checkActionAmount(amount, currency);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    setProblem(undefined);
    capture.mutate({ id: payment.id, amount: checked.amount, currency });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <fieldset className="admin-fieldset">
        <legend>How much</legend>
        <Radio name="capture-how-much" label={`All that is capturable (${formatMoney(capturable, currency)})`} checked={!part} onChange={() => setPart(false)} />
        <Radio name="capture-how-much" label="Part of it" checked={part} onChange={() => setPart(true)} />
      </fieldset>
      {part && (
        <TextField
          label={`Amount to capture (${currency})`}
          hint="With a single-capture gateway the rest of the authorisation is released, so it cannot be captured later."
          inputMode="decimal"
          value={amount}
          error={problem ?? server.byField['amount']}
          onChange={(event) => setAmount(event.target.value)}
        />
      )}
      <PaymentProblem error={capture.error} unclaimed={server.unclaimed} title="Nothing was captured" />
      <SubmitOrCancel label="Capture" loading={capture.isPending} onCancel={onClose} />
    </form>
  );
}
