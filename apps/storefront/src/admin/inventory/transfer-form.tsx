import { Button, SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StockLocation, StockRow } from '../admin-types';
import { SubmitProblems } from '../components/problems';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { checkTransfer, type TransferDraft, transferDraft } from './stock-inputs';
import { levelAt, locationCode, locationLabel } from './stock-labels';
import { useStockEdits } from './use-stock-edits';

const transferField = (path: string) => (['fromLocationId', 'toLocationId', 'quantity', 'note'].includes(path) ? path : null);

/**
 * Moves units from one location to another. Only units not reserved can move; the API refuses more than that
 * with a sentence saying how many are free, shown under the form.
 */
export function TransferForm({ row, locations }: { readonly row: Pick<StockRow, 'sku' | 'levels'>; readonly locations: readonly StockLocation[] }) {
  const [draft, setDraft] = useState<TransferDraft>(() => transferDraft(row, locations));
  const [local, setLocal] = useState<CheckProblems>({});
  const edits = useStockEdits();
  const transfer = trpc.inventory.admin.stock.transfer.useMutation({
    onSuccess: async (result, input) => {
      setDraft((current) => ({ ...current, quantity: '', note: '' }));
      const from = locationCode(locations, result.from.locationId);
      const to = locationCode(locations, result.to.locationId);
      await edits.saved(`Moved ${input.quantity} of ${result.from.sku} from ${from} to ${to}.`);
    },
  });
  const problems = formProblems(local, transfer.error, transferField);
  const source = levelAt(row, draft.fromLocationId);

  function set<K extends keyof TransferDraft>(field: K, value: TransferDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    if (local[field] !== undefined) setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTransfer(row.sku, draft);
    if (!checked.ok) {
      transfer.reset();
      setLocal(checked.problems);
      return;
    }
    setLocal({});
    transfer.mutate(checked.data);
  }

  if (locations.length < 2) {
    return <p className="admin-muted">Stock can move once there is a second location.</p>;
  }
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={`Transfer stock of ${row.sku}`}>
      <div className="admin-form__row">
        <SelectField
          label="From"
          value={draft.fromLocationId}
          onChange={(event) => set('fromLocationId', event.target.value)}
          hint={`Free to move: ${Math.max(0, source.onHand - source.reserved)}.`}
          error={problems.byField['fromLocationId']}
        >
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {locationLabel(location)}
            </option>
          ))}
        </SelectField>
        <SelectField label="To" value={draft.toLocationId} onChange={(event) => set('toLocationId', event.target.value)} error={problems.byField['toLocationId']}>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {locationLabel(location)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Units to move"
        inputMode="numeric"
        autoComplete="off"
        value={draft.quantity}
        onChange={(event) => set('quantity', event.target.value)}
        error={problems.byField['quantity']}
      />
      <TextField label="Note" value={draft.note} onChange={(event) => set('note', event.target.value)} hint="Optional; kept with both ledger entries." error={problems.byField['note']} />
      <SubmitProblems error={transfer.error} unclaimed={problems.unclaimed} title="Nothing was moved" />
      <div className="admin-button-row">
        <Button type="submit" loading={transfer.isPending}>
          Transfer stock
        </Button>
      </div>
    </form>
  );
}
