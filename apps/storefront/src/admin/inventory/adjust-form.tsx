import type { AdjustmentMode, AdjustmentReason } from '@emporium/inventory-domain';
import { Button, SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StockLocation, StockRow } from '../admin-types';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { adjustDraft, type AdjustDraft, checkAdjustment } from './stock-inputs';
import { levelAt, locationCode, locationLabel, MODE_OPTIONS, REASON_OPTIONS } from './stock-labels';
import { useStockEdits } from './use-stock-edits';

const adjustField = (path: string) => (['locationId', 'mode', 'quantity', 'reason', 'note'].includes(path) ? path : null);

export interface AdjustFormProps {
  readonly row: Pick<StockRow, 'sku' | 'levels'>;
  /** Every location, active or not: stock at a closed one may need correcting too. */
  readonly locations: readonly StockLocation[];
  /** The location picked at first; the first active one otherwise. */
  readonly initialLocationId?: string;
  /** After a change was saved (a dialog closes). */
  readonly onDone?: () => void;
  /** Shown as a Cancel button when the form was opened in place. */
  readonly onCancel?: () => void;
}

/**
 * Changes on hand at one location: add or remove units, or record a count, with a reason the ledger keeps. The
 * API refuses a change that would leave on hand negative or below what is reserved; its sentence (naming the
 * current level) is shown under the form.
 */
export function AdjustForm({ row, locations, initialLocationId, onDone, onCancel }: AdjustFormProps) {
  const firstLocation = initialLocationId ?? (locations.find((location) => location.active) ?? locations[0])?.id ?? '';
  const [draft, setDraft] = useState<AdjustDraft>(() => adjustDraft(firstLocation));
  const [local, setLocal] = useState<CheckProblems>({});
  const edits = useStockEdits();
  const adjust = trpc.inventory.admin.stock.adjust.useMutation({
    onSuccess: async (level) => {
      setDraft((current) => ({ ...current, quantity: '', note: '' }));
      await edits.saved(`${level.sku}: ${level.onHand} on hand at ${locationCode(locations, level.locationId)}.`);
      onDone?.();
    },
  });
  const problems = formProblems(local, adjust.error, adjustField);
  const level = levelAt(row, draft.locationId);
  const mode = MODE_OPTIONS.find((option) => option.value === draft.mode);

  function set<K extends keyof AdjustDraft>(field: K, value: AdjustDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    if (local[field] !== undefined) setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAdjustment(row.sku, draft);
    if (!checked.ok) {
      adjust.reset();
      setLocal(checked.problems);
      return;
    }
    setLocal({});
    adjust.mutate(checked.data);
  }

  // The refusal names the level at the location the refused change was for.
  const refusedAt = adjust.variables ? locationCode(locations, adjust.variables.locationId) : 'this location';
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={`Adjust stock of ${row.sku}`}>
      <SelectField
        label="Location"
        value={draft.locationId}
        onChange={(event) => set('locationId', event.target.value)}
        hint={`On hand there: ${level.onHand}, reserved: ${level.reserved}.`}
        error={problems.byField['locationId']}
      >
        {locations.map((location) => (
          <option key={location.id} value={location.id}>
            {locationLabel(location)}
          </option>
        ))}
      </SelectField>
      <div className="admin-form__row">
        <SelectField label="Change" value={draft.mode} onChange={(event) => set('mode', event.target.value as AdjustmentMode)} error={problems.byField['mode']}>
          {MODE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Quantity"
          inputMode="numeric"
          autoComplete="off"
          value={draft.quantity}
          onChange={(event) => set('quantity', event.target.value)}
          hint={mode?.hint}
          error={problems.byField['quantity']}
        />
      </div>
      <SelectField label="Reason" value={draft.reason} onChange={(event) => set('reason', event.target.value as AdjustmentReason)} error={problems.byField['reason']}>
        {REASON_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <TextField label="Note" value={draft.note} onChange={(event) => set('note', event.target.value)} hint="Optional; kept with the ledger entry." error={problems.byField['note']} />
      <SubmitProblems error={adjust.error} unclaimed={problems.unclaimed} title={`The stock at ${refusedAt} was not changed`} />
      {onCancel ? (
        <SubmitOrCancel label="Adjust stock" loading={adjust.isPending} onCancel={onCancel} />
      ) : (
        <div className="admin-button-row">
          <Button type="submit" loading={adjust.isPending}>
            Adjust stock
          </Button>
        </div>
      )}
    </form>
  );
}
