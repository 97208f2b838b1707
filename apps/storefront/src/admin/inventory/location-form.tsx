import { Checkbox, TextField } from '@emporium/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { trpc } from '../../trpc';
import type { StockLocation } from '../admin-types';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { ADDRESS_FIELDS, checkLocationUpdate, checkNewLocation, type LocationDraft, locationDraft, locationField } from './stock-inputs';
import { useStockEdits } from './use-stock-edits';

export interface LocationFormProps {
  /** The location edited; none for a new one. */
  readonly location?: StockLocation;
  /** The other locations, for a new one's suggested priority. */
  readonly others: readonly StockLocation[];
  readonly onDone: () => void;
}

/**
 * A location's code, name, priority, whether it sells, and its address. Checked with the API's own schema first;
 * a code another location uses comes back from the server at the Code field.
 */
export function LocationForm({ location, others, onDone }: LocationFormProps) {
  const [draft, setDraft] = useState<LocationDraft>(() => locationDraft(location, others));
  const [local, setLocal] = useState<CheckProblems>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const activeHint = useId();
  const edits = useStockEdits();
  const done = async (saved: StockLocation, verb: string) => {
    await edits.saved(`Location ${saved.code} ${verb}.`);
    onDone();
  };
  const create = trpc.inventory.admin.locations.create.useMutation({ onSuccess: (saved) => done(saved, 'created') });
  const update = trpc.inventory.admin.locations.update.useMutation({ onSuccess: (saved) => done(saved, 'saved') });
  const mutation = location ? update : create;
  const problems = formProblems(local, mutation.error, locationField);
  const title = location ? `Edit ${location.name}` : 'New location';

  // Opening the form takes keyboard and screen-reader users to it.
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  function set<K extends keyof LocationDraft>(field: K, value: LocationDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    if (local[field] !== undefined) setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    if (location) {
      const checked = checkLocationUpdate(location.id, draft);
      setLocal(checked.ok ? {} : checked.problems);
      if (checked.ok) update.mutate(checked.data);
    } else {
      const checked = checkNewLocation(draft);
      setLocal(checked.ok ? {} : checked.problems);
      if (checked.ok) create.mutate(checked.data);
    }
  }

  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label={title}>
      <h2 ref={headingRef} tabIndex={-1} className="admin-add-form__title admin-focus-target">
        {title}
      </h2>
      <div className="admin-form__row">
        <TextField
          label="Code"
          required
          autoCapitalize="characters"
          value={draft.code}
          onChange={(event) => set('code', event.target.value)}
          hint="Short and unique, like MAIN: letters, digits, hyphens and underscores."
          error={problems.byField['code']}
        />
        <TextField label="Name" required value={draft.name} onChange={(event) => set('name', event.target.value)} error={problems.byField['name']} />
        <TextField
          label="Priority"
          inputMode="numeric"
          value={draft.priority}
          onChange={(event) => set('priority', event.target.value)}
          hint="Orders take stock from lower numbers first."
          error={problems.byField['priority']}
        />
      </div>
      <div>
        <Checkbox label="Active" checked={draft.active} aria-describedby={activeHint} onChange={(event) => set('active', event.target.checked)} />
        <p id={activeHint} className="ui-field__hint">
          Only stock at active locations can be sold. An inactive location keeps its stock and ledger.
        </p>
        {problems.byField['active'] && <p className="ui-field__error">{problems.byField['active']}</p>}
      </div>
      <fieldset className="admin-fieldset">
        <legend>Address</legend>
        <div className="admin-form__grid">
          {ADDRESS_FIELDS.map(({ field, label }) => (
            <TextField
              key={field}
              label={label}
              value={draft[field]}
              onChange={(event) => set(field, event.target.value)}
              hint={field === 'countryCode' ? 'Two letters, like US' : undefined}
              error={problems.byField[field]}
            />
          ))}
        </div>
      </fieldset>
      <SubmitProblems error={mutation.error} unclaimed={problems.unclaimed} title={location ? 'The location was not saved' : 'The location was not created'} />
      {location ? (
        <SubmitOrCancel label="Save location" loading={update.isPending} onCancel={onDone} />
      ) : (
        <SubmitOrCancel label="Create location" loading={create.isPending} onCancel={onDone} />
      )}
    </form>
  );
}
