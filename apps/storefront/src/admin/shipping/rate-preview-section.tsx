import { Badge, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { ProblemAlert } from '../components/problems';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { useDebouncedValue } from '../promotions/use-debounced-value';
import { countryOptions } from './country-list';
import { METHOD_CURRENCIES } from './method-draft';
import { checkPreview, type PreviewDraft, previewField } from './preview-input';
import { priceLabel, transitLabel } from './pricing-summary';
import type { RatePreview, StaffZone } from './shipping-types';

const COUNTRIES = countryOptions();

/**
 * What an address would be offered, asked of the API as the fields change (after a pause). It rates against every
 * zone, as checkout does, so an address another zone covers more closely shows that zone's methods.
 */
export function RatePreviewSection({ zone }: { readonly zone: StaffZone }) {
  const [draft, setDraft] = useState<PreviewDraft>(() => ({ country: zone.countries[0] ?? 'US', region: '', postalCode: '', currency: 'USD', subtotal: '50.00', weightGrams: '1000' }));
  const checked = checkPreview(useDebouncedValue(draft, 300));
  // Nothing is asked until the fields make a whole input; the last answer stays while the next one loads.
  const preview = trpc.shipping.admin.preview.useQuery(checked.ok ? checked.input : skipToken, {
    placeholderData: keepPreviousData,
    staleTime: 0,
    retry: false,
  });
  const local = checkPreview(draft);
  const server = fieldMessages(fieldProblems(preview.error), previewField);
  const problems = { ...server.byField, ...(local.ok ? {} : local.problems) };
  const set = (field: keyof PreviewDraft, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  return (
    <AdminSection title="Rate preview" description={<p>The options checkout would offer this address for a parcel of this weight and subtotal, from every zone.</p>}>
      <form className="admin-form" aria-label="Rate preview" onSubmit={(event) => event.preventDefault()}>
        <div className="admin-form__row">
          <SelectField label="Country" value={draft.country} onChange={(event) => set('country', event.target.value)} error={problems['country']}>
            {COUNTRIES.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} ({country.code})
              </option>
            ))}
          </SelectField>
          <TextField label="Region" autoComplete="off" autoCapitalize="characters" value={draft.region} onChange={(event) => set('region', event.target.value)} hint="Optional, like ON." error={problems['region']} />
          <TextField label="Postcode" autoComplete="off" value={draft.postalCode} onChange={(event) => set('postalCode', event.target.value)} hint="Optional." error={problems['postalCode']} />
        </div>
        <div className="admin-form__row">
          <SelectField label="Currency" value={draft.currency} onChange={(event) => set('currency', event.target.value)} error={problems['currency']}>
            {METHOD_CURRENCIES.map((currency) => (
              <option key={currency} value={currency}>
                {currency}
              </option>
            ))}
          </SelectField>
          <TextField label={`Subtotal (${draft.currency})`} inputMode="decimal" autoComplete="off" value={draft.subtotal} onChange={(event) => set('subtotal', event.target.value)} error={problems['subtotal']} />
          <TextField label="Weight (grams)" inputMode="numeric" autoComplete="off" value={draft.weightGrams} onChange={(event) => set('weightGrams', event.target.value)} error={problems['weightGrams']} />
        </div>
      </form>
      <div aria-live="polite" aria-busy={preview.isFetching}>
        {preview.isError && fieldProblems(preview.error).length === 0 && <ProblemAlert error={preview.error} title="The preview failed" />}
        {preview.data && !preview.isError && <PreviewResult result={preview.data} />}
      </div>
    </AdminSection>
  );
}

const MATCHED_BY: Readonly<Record<string, string>> = { postcode: 'by postcode', region: 'by region', country: 'by country' };

function PreviewResult({ result }: { readonly result: RatePreview }) {
  return (
    <div className="admin-form">
      {result.zone && (
        <p data-testid="preview-zone">
          Zone <strong>{result.zone.name}</strong> <span className="admin-muted">({MATCHED_BY[result.zone.matchedBy] ?? result.zone.matchedBy})</span>
        </p>
      )}
      {result.options.length > 0 && (
        <ul className="admin-rate-options" aria-label="Shipping options">
          {result.options.map((option) => (
            <li key={option.methodId} className="admin-rate-option">
              <span className="admin-rate-option__name">{option.name}</span>
              <code className="admin-code">{option.service}</code>
              <span className="admin-muted">{transitLabel(option.transitDays.min, option.transitDays.max)}</span>
              {option.free && <Badge tone="success">Free</Badge>}
              <span className="admin-rate-option__amount">{priceLabel(option.amount.amount, option.amount.currency)}</span>
            </li>
          ))}
        </ul>
      )}
      {result.notes.map((note) => (
        <p key={note} className="admin-alert admin-alert--warning">
          {note}
        </p>
      ))}
      {result.skipped.length > 0 && (
        <div>
          <p className="admin-muted">Left out of this zone:</p>
          <ul className="admin-rate-skipped" aria-label="Methods left out">
            {result.skipped.map((method) => (
              <li key={method.methodId}>
                <strong>{method.name}</strong>: {method.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
