import { TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { ActionProblem } from './action-problem';
import { currentQuantities, editChanges, lineFieldOf, type Quantities } from './line-quantities';
import { actionProblems } from './order-problems';
import type { StaffOrder } from './order-types';

export interface EditOrderDialogProps {
  readonly order: StaffOrder;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onEdited: (result: { readonly total: number; readonly refunded: number }) => void;
}

/** Staff lower quantities before anything is sent (0 removes a line); the order is re-priced and the difference refunded or released. */
export function EditOrderDialog({ order, open, onClose, onEdited }: EditOrderDialogProps) {
  return (
    <FormDialog open={open} title={`Edit order ${order.number}`} wide onClose={onClose}>
      <EditForm order={order} onClose={onClose} onEdited={onEdited} />
    </FormDialog>
  );
}

function EditForm({ order, onClose, onEdited }: Omit<EditOrderDialogProps, 'open'>) {
  const [quantities, setQuantities] = useState<Quantities>(() => currentQuantities(order.lines));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const edit = trpc.order.admin.edit.useMutation({ onSuccess: onEdited });
  const sent = edit.variables?.changes ?? [];
  const server = actionProblems(edit.error, (path) => lineFieldOf(path, sent));
  const errorOf = (field: string) => problems[field] ?? server.byField[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = editChanges(order.lines, quantities);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    edit.mutate({ orderId: order.id, changes: checked.value });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <fieldset className="admin-fieldset">
        <legend>Quantities</legend>
        {order.lines.map((line) => (
          <TextField
            key={line.lineId}
            label={`${line.title} (${line.sku})`}
            hint={`Ordered ${line.quantity}. Lower it, or 0 to remove the line.`}
            inputMode="numeric"
            value={quantities[line.lineId] ?? ''}
            error={errorOf(`lines.${line.lineId}`)}
            onChange={(event) => setQuantities({ ...quantities, [line.lineId]: event.target.value })}
          />
        ))}
        {errorOf('lines') && (
          <p className="ui-field__error" role="alert">
            {errorOf('lines')}
          </p>
        )}
      </fieldset>
      <p className="admin-muted">Prices, discounts and tax are worked out again as they were at checkout; a lower total is refunded or released from the card.</p>
      <ActionProblem problems={server} title="The order was not changed" />
      <SubmitOrCancel label="Save changes" loading={edit.isPending} onCancel={onClose} />
    </form>
  );
}
