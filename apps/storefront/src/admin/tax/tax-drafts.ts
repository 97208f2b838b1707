import { createTaxClassInput, saveTaxRegionInput, updateCurrencySettingInput } from '@emporium/cart-contracts';
import { amountInputValue, parseAmount, parseOptionalAmount } from '../lib/money-input';
import { parsePercent, percentInputValue } from '../lib/percent-input';
import { checkInput, type SchemaCheck } from '../lib/schema-check';
import type { CurrencySettings, TaxClass, TaxRegion } from './tax-types';

/**
 * What the tax forms hold (text as typed) and how it becomes the API's input, checked with its schemas. A region's
 * rates are one row per tax class, entered as percents (7.25) and sent as basis points (725); a row left blank sends
 * no rate for that class. Problems are keyed by form field: `rates.<class>.percent`, `rates.<class>.label`.
 */

export interface RateDraft {
  readonly percent: string;
  readonly label: string;
}

export interface RegionDraft {
  readonly country: string;
  readonly region: string;
  readonly name: string;
  /** By tax class code. */
  readonly rates: Readonly<Record<string, RateDraft>>;
}

/** A region's form: its stored values, or a blank one with the label the other regions use most. */
export function regionDraft(region: TaxRegion | undefined, classes: readonly TaxClass[]): RegionDraft {
  const rates: Record<string, RateDraft> = {};
  for (const taxClass of classes) {
    const rate = region?.rates.find((entry) => entry.taxClass === taxClass.code);
    rates[taxClass.code] = rate ? { percent: percentInputValue(rate.basisPoints), label: rate.label } : { percent: '', label: region?.rates[0]?.label ?? '' };
  }
  return { country: region?.country ?? '', region: region?.region ?? '', name: region?.name ?? '', rates };
}

export type RegionInput = ReturnType<typeof saveTaxRegionInput.parse>;

export interface RegionCheck {
  readonly result: SchemaCheck<RegionInput>;
  /** The classes of the rates sent, in order: a server path `rates.<index>.…` names the class at that index. */
  readonly sentClasses: readonly string[];
}

/** The region's input: its id when stored, and a rate for each class with a percentage. */
export function checkRegion(draft: RegionDraft, classOrder: readonly string[], id?: string): RegionCheck {
  const local: Record<string, string> = {};
  const sentClasses: string[] = [];
  const rates: Array<{ taxClass: string; basisPoints: number | undefined; label: string | undefined }> = [];
  for (const taxClass of classOrder) {
    const rate = draft.rates[taxClass];
    if (!rate || rate.percent.trim() === '') continue;
    const parsed = parsePercent(rate.percent);
    if (!parsed.ok) local[`rates.${taxClass}.percent`] = parsed.message;
    sentClasses.push(taxClass);
    rates.push({ taxClass, basisPoints: parsed.ok ? parsed.basisPoints : 0, label: rate.label.trim() === '' ? undefined : rate.label });
  }
  const checked = checkInput(saveTaxRegionInput, { ...(id ? { id } : {}), country: draft.country, region: draft.region.trim() === '' ? null : draft.region, name: draft.name, rates });
  if (checked.ok && Object.keys(local).length === 0) return { result: checked, sentClasses };
  const problems: Record<string, string> = {};
  if (!checked.ok) for (const [path, message] of Object.entries(checked.problems)) problems[regionField(path, sentClasses) ?? path] ??= message;
  return { result: { ok: false, problems: { ...problems, ...local } }, sentClasses };
}

const RATE_PARTS: Readonly<Record<string, string>> = { basisPoints: 'percent', percent: 'percent', label: 'label', taxClass: 'percent' };

/**
 * The region form's field a path names: the API's (`rates.2.basisPoints` → `rates.reduced.percent`, given the classes
 * sent) or a field's own name; null when no field shows it.
 */
export function regionField(path: string, sentClasses: readonly string[]): string | null {
  if (['country', 'region', 'name'].includes(path)) return path;
  const match = /^rates\.([^.]+)\.([^.]+)$/.exec(path);
  if (!match) return null;
  const [, which = '', part = ''] = match;
  const taxClass = /^\d+$/.test(which) ? sentClasses[Number(which)] : which;
  const field = RATE_PARTS[part];
  return taxClass !== undefined && field !== undefined ? `rates.${taxClass}.${field}` : null;
}

export interface ClassDraft {
  readonly code: string;
  readonly name: string;
}

export function checkTaxClass(draft: ClassDraft) {
  return checkInput(createTaxClassInput, { code: draft.code, name: draft.name });
}

export interface CurrencyDraft {
  readonly taxMode: 'inclusive' | 'exclusive';
  readonly rounding: 'half-up' | 'half-even';
  readonly defaultCountry: string;
  readonly shippingEstimate: string;
  readonly freeShippingFrom: string;
  readonly shippingTaxClass: string;
}

export function currencyDraft(setting: CurrencySettings): CurrencyDraft {
  return {
    taxMode: setting.taxMode,
    rounding: setting.rounding,
    defaultCountry: setting.defaultCountry,
    shippingEstimate: amountInputValue(setting.shippingEstimate, setting.currency),
    freeShippingFrom: setting.freeShippingFrom === null ? '' : amountInputValue(setting.freeShippingFrom, setting.currency),
    shippingTaxClass: setting.shippingTaxClass,
  };
}

/** A currency's settings as the update input: amounts typed in major units, sent in minor units. */
export function checkCurrency(currency: string, draft: CurrencyDraft) {
  const local: Record<string, string> = {};
  const estimate = parseAmount(draft.shippingEstimate, currency);
  if (!estimate.ok) local['shippingEstimate'] = estimate.message;
  const freeFrom = parseOptionalAmount(draft.freeShippingFrom, currency);
  if (!freeFrom.ok) local['freeShippingFrom'] = freeFrom.message;
  const checked = checkInput(updateCurrencySettingInput, {
    currency,
    taxMode: draft.taxMode,
    rounding: draft.rounding,
    defaultCountry: draft.defaultCountry,
    shippingEstimate: estimate.ok ? estimate.amount : 0,
    freeShippingFrom: freeFrom.ok ? freeFrom.amount : null,
    shippingTaxClass: draft.shippingTaxClass,
  });
  if (checked.ok && Object.keys(local).length === 0) return checked;
  return { ok: false as const, problems: { ...(checked.ok ? {} : checked.problems), ...local } };
}

export const currencyField = (path: string): string | null =>
  ['taxMode', 'rounding', 'defaultCountry', 'shippingEstimate', 'freeShippingFrom', 'shippingTaxClass'].includes(path) ? path : null;

/** "Germany" for DE (the browser's names); the code itself where it has none. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Regions by country, in the API's order (country-wide first, then its subdivisions). */
export function byCountry<T extends { readonly country: string }>(regions: readonly T[]): Array<{ readonly country: string; readonly regions: readonly T[] }> {
  const groups = new Map<string, T[]>();
  for (const region of regions) {
    const group = groups.get(region.country);
    if (group) group.push(region);
    else groups.set(region.country, [region]);
  }
  return [...groups].map(([country, members]) => ({ country, regions: members }));
}
