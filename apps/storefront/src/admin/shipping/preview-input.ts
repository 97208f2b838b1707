import { parseAmount } from '../lib/money-input';
import { numberInput } from '../lib/schema-check';
import type { PreviewInput } from './shipping-types';

/** The rate preview's fields as typed. */
export interface PreviewDraft {
  readonly country: string;
  readonly region: string;
  readonly postalCode: string;
  readonly currency: string;
  readonly subtotal: string;
  readonly weightGrams: string;
}

export type PreviewCheck = { readonly ok: true; readonly input: PreviewInput } | { readonly ok: false; readonly problems: Readonly<Record<string, string>> };

/** The preview's input, or why it cannot be asked yet (by field); blank region and postcode are left out. */
export function checkPreview(draft: PreviewDraft): PreviewCheck {
  const problems: Record<string, string> = {};
  const country = draft.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) problems['country'] = 'Choose a country';
  const subtotal = parseAmount(draft.subtotal, draft.currency);
  if (!subtotal.ok) problems['subtotal'] = subtotal.message;
  const weight = numberInput(draft.weightGrams);
  if (weight === undefined || !Number.isSafeInteger(weight) || weight < 1) problems['weightGrams'] = 'Enter whole grams above 0';
  if (Object.keys(problems).length > 0 || !subtotal.ok || weight === undefined) return { ok: false, problems };
  const region = draft.region.trim();
  const postalCode = draft.postalCode.trim();
  return {
    ok: true,
    input: {
      destination: { country, ...(region ? { region } : {}), ...(postalCode ? { postalCode } : {}) },
      currency: draft.currency,
      subtotal: subtotal.amount,
      weightGrams: weight,
    },
  };
}

/** The preview field a server path names (`destination.postalCode` → `postalCode`). */
export function previewField(path: string): string | null {
  const field = path.replace(/^destination\./, '');
  return ['country', 'region', 'postalCode', 'currency', 'subtotal', 'weightGrams'].includes(field) ? field : null;
}
