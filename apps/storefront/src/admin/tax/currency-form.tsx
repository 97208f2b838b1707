import { SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { checkCurrency, type CurrencyDraft, currencyDraft, currencyField } from './tax-drafts';
import { ROUNDINGS, TAX_MODES } from './tax-labels';
import type { CurrencySettings, TaxClass } from './tax-types';
import { useTaxEdits } from './use-tax-edits';

export interface CurrencyFormProps {
  readonly setting: CurrencySettings;
  readonly classes: readonly TaxClass[];
  readonly onDone: () => void;
}

/** One currency's tax mode, rounding, default country and shipping; amounts typed in the currency's major units. */
export function CurrencyForm({ setting, classes, onDone }: CurrencyFormProps) {
  const [draft, setDraft] = useState<CurrencyDraft>(() => currencyDraft(setting));
  const [local, setLocal] = useState<CheckProblems>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const edits = useTaxEdits();
  const update = trpc.cart.admin.tax.updateCurrency.useMutation({
    onSuccess: async (saved) => {
      await edits.saved(`${saved.currency} settings saved.`);
      onDone();
    },
  });
  const problems = formProblems(local, update.error, currencyField);
  const title = `Edit ${setting.currency} settings`;

  // Opening the form takes keyboard and screen-reader users to it.
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  function set<K extends keyof CurrencyDraft>(field: K, value: CurrencyDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    const checked = checkCurrency(setting.currency, draft);
    setLocal(checked.ok ? {} : checked.problems);
    if (checked.ok) update.mutate(checked.data);
  }

  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label={title}>
      <h3 ref={headingRef} tabIndex={-1} className="admin-add-form__title admin-focus-target">
        {title}
      </h3>
      <div className="admin-form__row">
        <SelectField label="Prices" value={draft.taxMode} onChange={(event) => set('taxMode', event.target.value === 'inclusive' ? 'inclusive' : 'exclusive')} error={problems.byField['taxMode']}>
          {TAX_MODES.map((mode) => (
            <option key={mode.value} value={mode.value}>
              {mode.long}
            </option>
          ))}
        </SelectField>
        <SelectField label="Rounding" value={draft.rounding} onChange={(event) => set('rounding', event.target.value === 'half-even' ? 'half-even' : 'half-up')} error={problems.byField['rounding']}>
          {ROUNDINGS.map((rounding) => (
            <option key={rounding.value} value={rounding.value}>
              {rounding.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Default country"
          autoCapitalize="characters"
          autoComplete="off"
          maxLength={2}
          value={draft.defaultCountry}
          onChange={(event) => set('defaultCountry', event.target.value)}
          hint="Two letters, like US."
          error={problems.byField['defaultCountry']}
        />
      </div>
      <div className="admin-form__row">
        <TextField
          label={`Shipping estimate (${setting.currency})`}
          inputMode="decimal"
          autoComplete="off"
          value={draft.shippingEstimate}
          onChange={(event) => set('shippingEstimate', event.target.value)}
          error={problems.byField['shippingEstimate']}
        />
        <TextField
          label={`Free shipping from (${setting.currency})`}
          inputMode="decimal"
          autoComplete="off"
          value={draft.freeShippingFrom}
          onChange={(event) => set('freeShippingFrom', event.target.value)}
          hint="Subtotal after discounts; blank: never free."
          error={problems.byField['freeShippingFrom']}
        />
        <SelectField label="Shipping taxed as" value={draft.shippingTaxClass} onChange={(event) => set('shippingTaxClass', event.target.value)} error={problems.byField['shippingTaxClass']}>
          {!classes.some((taxClass) => taxClass.code === draft.shippingTaxClass) && <option value={draft.shippingTaxClass}>{draft.shippingTaxClass}</option>}
          {classes.map((taxClass) => (
            <option key={taxClass.code} value={taxClass.code}>
              {taxClass.name}
            </option>
          ))}
        </SelectField>
      </div>
      <SubmitProblems error={update.error} unclaimed={problems.unclaimed} title={`The ${setting.currency} settings were not saved`} />
      <SubmitOrCancel label={`Save ${setting.currency} settings`} loading={update.isPending} onCancel={onDone} />
    </form>
  );
}
