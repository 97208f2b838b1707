import { formatMoney } from '@emporium/ui';
import { type FormEvent } from 'react';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { ActionProblem } from './action-problem';
import { actionProblems } from './order-problems';
import type { StaffOrder } from './order-types';

export interface CaptureOrderDialogProps {
  readonly order: StaffOrder;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCaptured: (captured: number) => void;
}

/** Staff take what the order owes from its authorisation (the order service works out how much). */
export function CaptureOrderDialog({ order, open, onClose, onCaptured }: CaptureOrderDialogProps) {
  return (
    <FormDialog open={open} title={`Capture payment for ${order.number}`} onClose={onClose}>
      <CaptureForm order={order} onClose={onClose} onCaptured={onCaptured} />
    </FormDialog>
  );
}

function CaptureForm({ order, onClose, onCaptured }: Omit<CaptureOrderDialogProps, 'open'>) {
  const capture = trpc.order.admin.capture.useMutation({ onSuccess: (result) => onCaptured(result.captured) });
  const problems = actionProblems(capture.error, () => null);
  const capturable = order.payment?.amounts.capturable ?? 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    capture.mutate({ orderId: order.id });
  };
  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <p>
        The order owes what is still authorised on the card, up to {formatMoney(capturable, order.currency)}. The money is taken now; the order service
        works out the amount again when you confirm.
      </p>
      <ActionProblem problems={problems} title="Nothing was captured" />
      <SubmitOrCancel label="Capture" loading={capture.isPending} onCancel={onClose} />
    </form>
  );
}
