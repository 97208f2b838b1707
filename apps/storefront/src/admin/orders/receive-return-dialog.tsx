import { Checkbox, formatMoney, SelectField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { humanize } from './order-labels';
import { ActionProblem } from './action-problem';
import { actionProblems } from './order-problems';
import type { StaffOrder, StaffReturnRequest } from './order-types';

export interface ReceiveReturnDialogProps {
  readonly order: StaffOrder;
  /** The return request being received; the dialog is open while it is set. */
  readonly request: StaffReturnRequest | null;
  readonly onClose: () => void;
  readonly onReceived: () => void;
}

/**
 * Staff take a return in: the units go back to stock (unless they are not fit to sell) and the refund the order
 * rules work out (each unit's share of discounts and tax) is paid back, in one action.
 */
export function ReceiveReturnDialog({ order, request, onClose, onReceived }: ReceiveReturnDialogProps) {
  return (
    <FormDialog open={request !== null} title={`Receive return for ${order.number}`} onClose={onClose}>
      {request && <ReceiveForm key={request.id} order={order} request={request} onClose={onClose} onReceived={onReceived} />}
    </FormDialog>
  );
}

function ReceiveForm({ order, request, onClose, onReceived }: Omit<ReceiveReturnDialogProps, 'request'> & { readonly request: StaffReturnRequest }) {
  const locations = trpc.inventory.admin.locations.list.useQuery(undefined, { staleTime: 60_000 });
  const [restock, setRestock] = useState(true);
  const [locationId, setLocationId] = useState('');
  const receive = trpc.order.admin.receiveReturn.useMutation({ onSuccess: onReceived });
  const server = actionProblems(receive.error, (path) => (path === 'locationId' ? path : null));
  const titleOf = (lineId: string) => order.lines.find((line) => line.lineId === lineId)?.title ?? lineId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    receive.mutate({ returnRequestId: request.id, restock, ...(restock && locationId ? { locationId } : {}) });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <ul className="admin-plain-list" aria-label="Units coming back">
        {request.lines.map((line) => (
          <li key={line.lineId}>
            {line.quantity} × {titleOf(line.lineId)} <span className="admin-muted">· {humanize(line.reason)}</span>
            {line.note && <span className="admin-table__secondary">“{line.note}”</span>}
          </li>
        ))}
      </ul>
      <Checkbox label="Put the units back in stock" checked={restock} onChange={(event) => setRestock(event.target.checked)} />
      {restock && (
        <SelectField label="Back to" value={locationId} error={server.byField['locationId']} onChange={(event) => setLocationId(event.target.value)}>
          <option value="">Where they were reserved from</option>
          {(locations.data ?? [])
            .filter((location) => location.active)
            .map((location) => (
              <option key={location.id} value={location.id}>
                {location.name} ({location.code})
              </option>
            ))}
        </SelectField>
      )}
      <p className="admin-muted">
        {order.payment
          ? `The refund is worked out by the order rules (each unit’s share of discounts and tax) and paid back to the card; up to ${formatMoney(order.payment.amounts.refundable, order.currency)} is still refundable.`
          : 'This order has no payment, so nothing is refunded.'}
      </p>
      <ActionProblem problems={server} title="The return was not received" />
      <SubmitOrCancel label="Receive return" loading={receive.isPending} onCancel={onClose} />
    </form>
  );
}
