import { TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { type CheckProblems, formProblems } from '../lib/schema-check';
import { checkRegion, type RateDraft, type RegionDraft, regionDraft, regionField } from './tax-drafts';
import type { TaxClass, TaxRegion } from './tax-types';
import { useTaxEdits } from './use-tax-edits';

export interface RegionFormProps {
  readonly region?: TaxRegion;
  readonly classes: readonly TaxClass[];
  readonly title: string;
  readonly onDone: () => void;
}

/**
 * A region (a country, or one of its states or provinces) with a rate per tax class, typed as percents. Saving
 * replaces all its rates; a class left blank gets none.
 */
export function RegionForm({ region, classes, title, onDone }: RegionFormProps) {
  const [draft, setDraft] = useState<RegionDraft>(() => regionDraft(region, classes));
  const [local, setLocal] = useState<CheckProblems>({});
  const [sentClasses, setSentClasses] = useState<readonly string[]>([]);
  const edits = useTaxEdits();
  const save = trpc.cart.admin.tax.saveRegion.useMutation({
    onSuccess: async (saved) => {
      await edits.saved(`Tax rates of ${saved.name} saved.`);
      onDone();
    },
  });
  const problems = formProblems(local, save.error, (path) => regionField(path, sentClasses));

  function clear(...fields: string[]) {
    setLocal((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !fields.includes(key))));
  }

  function set(field: 'country' | 'region' | 'name', value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    clear(field);
  }

  function setRate(taxClass: string, part: keyof RateDraft, value: string) {
    setDraft((current) => {
      const rate = current.rates[taxClass] ?? { percent: '', label: '' };
      return { ...current, rates: { ...current.rates, [taxClass]: { ...rate, [part]: value } } };
    });
    clear(`rates.${taxClass}.${part}`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const { result, sentClasses: sent } = checkRegion(
      draft,
      classes.map((taxClass) => taxClass.code),
      region?.id,
    );
    setSentClasses(sent);
    setLocal(result.ok ? {} : result.problems);
    if (result.ok) save.mutate(result.data);
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={title}>
      <div className="admin-form__row">
        <TextField label="Country" autoCapitalize="characters" autoComplete="off" maxLength={2} value={draft.country} onChange={(event) => set('country', event.target.value)} hint="Two letters, like DE." error={problems.byField['country']} />
        <TextField label="Region code" autoCapitalize="characters" autoComplete="off" value={draft.region} onChange={(event) => set('region', event.target.value)} hint="Optional: a state, like CA." error={problems.byField['region']} />
      </div>
      <TextField label="Name" value={draft.name} onChange={(event) => set('name', event.target.value)} hint="Like California." error={problems.byField['name']} />
      <fieldset className="admin-fieldset">
        <legend>Rates</legend>
        <p className="ui-field__hint admin-fieldset__hint">A percentage per tax class, like 7.25, and the label shoppers read on the tax line, like VAT. Leave a class blank only if nothing of it is sold here: a cart with such an item shows no totals.</p>
        {classes.map((taxClass) => {
          const rate = draft.rates[taxClass.code] ?? { percent: '', label: '' };
          return (
            <div key={taxClass.code} className="admin-form__row admin-rate-row">
              <TextField
                label={`${taxClass.name} (%)`}
                inputMode="decimal"
                autoComplete="off"
                value={rate.percent}
                onChange={(event) => setRate(taxClass.code, 'percent', event.target.value)}
                error={problems.byField[`rates.${taxClass.code}.percent`]}
              />
              <TextField
                label={`Label for ${taxClass.name.toLowerCase()}`}
                autoComplete="off"
                value={rate.label}
                onChange={(event) => setRate(taxClass.code, 'label', event.target.value)}
                error={problems.byField[`rates.${taxClass.code}.label`]}
              />
            </div>
          );
        })}
      </fieldset>
      <SubmitProblems error={save.error} unclaimed={problems.unclaimed} title="The region was not saved" />
      <SubmitOrCancel label={region ? 'Save region' : 'Create region'} loading={save.isPending} onCancel={onDone} />
    </form>
  );
}
