import { Checkbox, Radio, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { type CheckProblems, formProblems } from '../lib/schema-check';
import { MoneyByCurrency } from '../promotions/money-by-currency';
import { checkMethod, type MethodDraft, methodCurrencies, methodDraft, methodField } from './method-draft';
import { PriceBandFields } from './price-band-fields';
import type { MethodKind, StaffMethod } from './shipping-types';
import { useShippingEdits } from './use-shipping-edits';
import { WeightBandFields } from './weight-band-fields';
import { withoutField } from './zone-draft';

const KINDS: ReadonlyArray<{ readonly value: MethodKind; readonly label: string; readonly hint: string }> = [
  { value: 'flat', label: 'Flat rate', hint: 'One price per currency, whatever the parcel.' },
  { value: 'weight_bands', label: 'By weight', hint: 'A price per weight band.' },
  { value: 'price_bands', label: 'By order subtotal', hint: 'A price per subtotal band, per currency.' },
];

export interface MethodFormProps {
  readonly zoneId: string;
  readonly method?: StaffMethod;
  readonly position: number;
  readonly title: string;
  readonly onDone: () => void;
}

/** A method's name, service, pricing, free threshold, transit days and status, saved whole. */
export function MethodForm({ zoneId, method, position, title, onDone }: MethodFormProps) {
  const [draft, setDraft] = useState<MethodDraft>(() => methodDraft(method, position));
  const [local, setLocal] = useState<CheckProblems>({});
  const currencies = methodCurrencies(method);
  const edits = useShippingEdits();
  const done = async (message: string) => {
    await edits.saved(message);
    onDone();
  };
  const create = trpc.shipping.admin.methods.create.useMutation({ onSuccess: (created) => done(`Method “${created.name}” added.`) });
  const update = trpc.shipping.admin.methods.update.useMutation({ onSuccess: (saved) => done(`Method “${saved.name}” saved.`) });
  const mutation = method ? update : create;
  const problems = formProblems(local, mutation.error, methodField);

  function set<K extends keyof MethodDraft>(field: K, value: MethodDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    setLocal((current) => withoutField(withoutField(current, field), field === 'kind' ? 'pricing' : field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    const checked = checkMethod(draft, zoneId);
    setLocal(checked.ok ? {} : checked.problems);
    if (!checked.ok) return;
    if (method) update.mutate({ id: method.id, fields: checked.data });
    else create.mutate(checked.data);
  }

  const byField = problems.byField;
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={title}>
      <div className="admin-form__row">
        <TextField label="Name" autoComplete="off" value={draft.name} onChange={(event) => set('name', event.target.value)} hint="What shoppers see, like Standard." error={byField['name']} />
        <TextField label="Service" autoComplete="off" value={draft.service} onChange={(event) => set('service', event.target.value)} hint="Your code for it, like standard or express." error={byField['service']} />
      </div>
      <fieldset className="admin-fieldset">
        <legend>Priced</legend>
        <div className="admin-kind-switch">
          {KINDS.map((kind) => (
            <Radio key={kind.value} className="admin-choice--stacked" name="method-kind" label={kind.label} hint={kind.hint} value={kind.value} checked={draft.kind === kind.value} onChange={() => set('kind', kind.value)} />
          ))}
        </div>
        {byField['pricing'] && <p className="ui-field__error">{byField['pricing']}</p>}
      </fieldset>
      {draft.kind === 'flat' && (
        <MoneyByCurrency legend="Price" hint="Blank: not offered in that currency." currencies={currencies} values={draft.flat} onChange={(values) => set('flat', values)} problems={byField} group="flat" />
      )}
      {draft.kind === 'weight_bands' && <WeightBandFields rows={draft.weightBands} currencies={currencies} problems={byField} onChange={(rows) => set('weightBands', rows)} />}
      {draft.kind === 'price_bands' && <PriceBandFields tables={draft.priceBands} currencies={currencies} problems={byField} onChange={(tables) => set('priceBands', tables)} />}
      <MoneyByCurrency
        legend="Free from"
        hint="A subtotal at or above this ships free; blank: never free in that currency."
        currencies={currencies}
        values={draft.freeFrom}
        onChange={(values) => set('freeFrom', values)}
        problems={byField}
        group="freeFrom"
      />
      <div className="admin-form__row">
        <TextField label="Fewest days" inputMode="numeric" autoComplete="off" value={draft.minDays} onChange={(event) => set('minDays', event.target.value)} hint="Working days after dispatch." error={byField['minDays']} />
        <TextField label="Most days" inputMode="numeric" autoComplete="off" value={draft.maxDays} onChange={(event) => set('maxDays', event.target.value)} error={byField['maxDays']} />
        <TextField label="Position" inputMode="numeric" autoComplete="off" value={draft.position} onChange={(event) => set('position', event.target.value)} hint="Lower comes first in this list." error={byField['position']} />
      </div>
      <Checkbox label="Active" hint="Offered at checkout" checked={draft.active} onChange={(event) => set('active', event.target.checked)} />
      <SubmitProblems error={mutation.error} unclaimed={problems.unclaimed} title={method ? 'The method was not saved' : 'The method was not added'} />
      {Object.keys(local).length > 0 && (
        <p className="ui-field__error" role="alert">
          Check the fields marked above.
        </p>
      )}
      <SubmitOrCancel label={method ? 'Save method' : 'Add method'} loading={mutation.isPending} onCancel={onDone} />
    </form>
  );
}
