import { Radio, SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { ActionProblem } from './action-problem';
import { fulfilLines, lineFieldOf, type Quantities, unfulfilled } from './line-quantities';
import { actionProblems } from './order-problems';
import type { FulfilResult, StaffOrder } from './order-types';

export interface FulfilDialogProps {
  readonly order: StaffOrder;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onFulfilled: (result: FulfilResult) => void;
}

/** Staff send goods: every unit left, or chosen units per line, from a stock location; the label is bought on the way. */
export function FulfilDialog({ order, open, onClose, onFulfilled }: FulfilDialogProps) {
  return (
    <FormDialog open={open} title={`Fulfil order ${order.number}`} wide onClose={onClose}>
      <FulfilForm order={order} onClose={onClose} onFulfilled={onFulfilled} />
    </FormDialog>
  );
}

function FulfilForm({ order, onClose, onFulfilled }: Omit<FulfilDialogProps, 'open'>) {
  const locations = trpc.inventory.admin.locations.list.useQuery(undefined, { staleTime: 60_000 });
  const active = (locations.data ?? []).filter((location) => location.active);
  const [whole, setWhole] = useState(true);
  const [quantities, setQuantities] = useState<Quantities>({});
  const [chosenLocation, setLocationId] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const fulfil = trpc.order.admin.fulfil.useMutation({ onSuccess: onFulfilled });
  const locationId = chosenLocation || (active.length === 1 ? (active[0]?.id ?? '') : '');
  const left = order.lines.filter((line) => unfulfilled(line) > 0);
  const unitsLeft = left.reduce((sum, line) => sum + unfulfilled(line), 0);
  const sent = fulfil.variables?.lines ?? [];
  const server = actionProblems(fulfil.error, (path) => lineFieldOf(path, sent, ['shipFromLocationId']));
  const errorOf = (field: string) => problems[field] ?? server.byField[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!locationId) next['shipFromLocationId'] = 'Choose where the goods leave from';
    const lines = whole ? null : fulfilLines(order.lines, quantities);
    if (lines && !lines.ok) Object.assign(next, lines.problems);
    setProblems(next);
    if (Object.keys(next).length > 0) return;
    fulfil.mutate({ orderId: order.id, shipFromLocationId: locationId, ...(lines?.ok ? { lines: lines.value } : {}) });
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <fieldset className="admin-fieldset">
        <legend>What to send</legend>
        <Radio name="fulfil-what" label={`Everything left to fulfil (${unitsLeft} ${unitsLeft === 1 ? 'unit' : 'units'})`} checked={whole} onChange={() => setWhole(true)} />
        <Radio name="fulfil-what" label="Chosen units per line" checked={!whole} onChange={() => setWhole(false)} />
      </fieldset>
      {!whole && (
        <fieldset className="admin-fieldset">
          <legend>Units to send</legend>
          {order.lines.map((line) => (
            <TextField
              key={line.lineId}
              label={`${line.title} (${line.sku})`}
              hint={`${unfulfilled(line)} of ${line.quantity} left to fulfil`}
              inputMode="numeric"
              placeholder="0"
              value={quantities[line.lineId] ?? ''}
              disabled={unfulfilled(line) === 0}
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
      )}
      <SelectField
        label="Ship from"
        hint={locations.isError ? 'The stock locations could not be loaded. Close and try again.' : 'The stock location the parcel leaves from.'}
        value={locationId}
        error={errorOf('shipFromLocationId')}
        onChange={(event) => setLocationId(event.target.value)}
      >
        <option value="">{locations.isPending ? 'Loading locations…' : 'Choose a location'}</option>
        {active.map((location) => (
          <option key={location.id} value={location.id}>
            {location.name} ({location.code})
          </option>
        ))}
      </SelectField>
      <p className="admin-muted">The shipping label is bought from the carrier as the order is fulfilled; its PDF and the packing slip are then on this page.</p>
      <ActionProblem problems={server} title="Nothing was fulfilled" />
      <SubmitOrCancel label="Fulfil" loading={fulfil.isPending} disabled={left.length === 0} onCancel={onClose} />
    </form>
  );
}
