import { Button } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { TextAreaField } from '../components/text-area-field';
import { ActionProblem } from './action-problem';
import { actionProblems } from './order-problems';
import type { StaffOrder } from './order-types';

export interface CancelOrderDialogProps {
  readonly order: StaffOrder;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCancelled: () => void;
}

/** Staff cancel an order before it ships, saying why: the payment is voided or refunded and the stock put back. */
export function CancelOrderDialog({ order, open, onClose, onCancelled }: CancelOrderDialogProps) {
  return (
    <FormDialog open={open} title={`Cancel order ${order.number}`} onClose={onClose}>
      <CancelForm order={order} onClose={onClose} onCancelled={onCancelled} />
    </FormDialog>
  );
}

function CancelForm({ order, onClose, onCancelled }: Omit<CancelOrderDialogProps, 'open'>) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const cancel = trpc.order.admin.cancel.useMutation({ onSuccess: onCancelled });
  const server = actionProblems(cancel.error, (path) => (path === 'reason' ? 'reason' : null));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem('Give a reason for cancelling');
      return;
    }
    setProblem(undefined);
    cancel.mutate({ orderId: order.id, reason: reason.trim() });
  };
  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <p>
        The authorisation is voided (or what was captured is refunded), the stock goes back, and the customer is told by e-mail.
        {order.lines.some((line) => line.fulfilled > 0) && ' The labels bought for packed parcels are voided with the carrier.'} This cannot be undone.
      </p>
      <TextAreaField
        label="Reason"
        hint="Kept on the order’s timeline."
        required
        rows={2}
        maxLength={500}
        value={reason}
        error={problem ?? server.byField['reason']}
        onChange={(event) => setReason(event.target.value)}
      />
      <ActionProblem problems={server} title="The order was not cancelled" />
      <div className="admin-button-row">
        <Button type="submit" loading={cancel.isPending}>
          Cancel order
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Keep the order
        </Button>
      </div>
    </form>
  );
}
