import { amountInputValue, parseAmount } from '../lib/money-input';
import { numberInput, type SchemaCheck } from '../lib/schema-check';
import { orderCurrencies, pricedCurrencies } from './pricing-summary';
import type { MethodFieldsInput, MethodKind, MethodPricing, StaffMethod } from './shipping-types';

/**
 * What the method form holds (text as typed, amounts in major units) and the API's `fields` it becomes (amounts in
 * minor units). Band rows go to the API in the order shown, so a server path `pricing.bands.1.upToGrams` names the
 * second row. A blank bound means "and above" (only the last row may have one); a blank amount means no price in
 * that currency. Problems are keyed by form field: `flat.USD`, `weightBands.1.upToGrams`, `weightBands.1.USD`,
 * `weightBands.1` (the row), `priceBands.USD.0.upTo`, `priceBands.USD.0.amount`, `priceBands.USD`, `freeFrom.USD`,
 * `pricing`, `name`, `service`, `minDays`, `maxDays`, `position`.
 */

/** The currencies every method form offers; a method priced in others shows those too. */
export const METHOD_CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

export type MoneyTexts = Readonly<Record<string, string>>;

export interface WeightBandRow {
  readonly upToGrams: string;
  readonly amounts: MoneyTexts;
}

export interface PriceBandRow {
  readonly upTo: string;
  readonly amount: string;
}

export interface MethodDraft {
  readonly name: string;
  readonly service: string;
  readonly kind: MethodKind;
  readonly flat: MoneyTexts;
  readonly weightBands: readonly WeightBandRow[];
  /** Currency → its rows; a currency without rows has no price-band table. */
  readonly priceBands: Readonly<Record<string, readonly PriceBandRow[]>>;
  readonly freeFrom: MoneyTexts;
  readonly minDays: string;
  readonly maxDays: string;
  readonly active: boolean;
  readonly position: string;
}

const texts = (amounts: Readonly<Record<string, number>> | undefined): MoneyTexts =>
  Object.fromEntries(Object.entries(amounts ?? {}).map(([currency, amount]) => [currency, amountInputValue(amount, currency)]));

/** The currencies the form shows for a method: the usual three, then any other it is priced in. */
export function methodCurrencies(method?: StaffMethod): string[] {
  return orderCurrencies([...METHOD_CURRENCIES, ...(method ? pricedCurrencies(method.pricing) : []), ...Object.keys(method?.freeFrom ?? {})]);
}

export const emptyWeightBand = (): WeightBandRow => ({ upToGrams: '', amounts: {} });
export const emptyPriceBand = (): PriceBandRow => ({ upTo: '', amount: '' });

export function methodDraft(method?: StaffMethod, position = 0): MethodDraft {
  const pricing = method?.pricing;
  return {
    name: method?.name ?? '',
    service: method?.service ?? '',
    kind: pricing?.kind ?? 'weight_bands',
    flat: pricing?.kind === 'flat' ? texts(pricing.amounts) : {},
    weightBands:
      pricing?.kind === 'weight_bands'
        ? pricing.bands.map((band) => ({ upToGrams: band.upToGrams === null ? '' : String(band.upToGrams), amounts: texts(band.amounts) }))
        : [emptyWeightBand()],
    priceBands:
      pricing?.kind === 'price_bands'
        ? Object.fromEntries(
            Object.entries(pricing.bands).map(([currency, bands]) => [
              currency,
              bands.map((band) => ({ upTo: band.upTo === null ? '' : amountInputValue(band.upTo, currency), amount: amountInputValue(band.amount, currency) })),
            ]),
          )
        : {},
    freeFrom: texts(method?.freeFrom),
    minDays: String(method?.minDays ?? 2),
    maxDays: String(method?.maxDays ?? 5),
    active: method?.active ?? true,
    position: String(position),
  };
}

/** Amounts typed per currency in major units → minor units; blanks left out, problems at `<group>.<currency>`. */
function readAmounts(values: MoneyTexts, group: string, problems: Record<string, string>): Record<string, number> {
  const amounts: Record<string, number> = {};
  for (const [currency, text] of Object.entries(values)) {
    if (text.trim() === '') continue;
    const parsed = parseAmount(text, currency);
    if (parsed.ok) amounts[currency] = parsed.amount;
    else problems[`${group}.${currency}`] = parsed.message;
  }
  return amounts;
}

function readWhole(text: string, field: string, problems: Record<string, string>, { min, max, fallback }: { min: number; max: number; fallback?: number }): number {
  const value = numberInput(text) ?? fallback;
  if (value === undefined) {
    problems[field] = 'Enter a number';
    return 0;
  }
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    problems[field] = `Enter a whole number from ${min} to ${max}`;
    return 0;
  }
  return value;
}

/** Weight-band rows as the API's bands: grams as typed (blank: no upper bound), amounts per currency. */
export function weightBandsInput(rows: readonly WeightBandRow[], problems: Record<string, string>) {
  if (rows.length === 0) problems['pricing'] = 'Add at least one band';
  return rows.map((row, index) => {
    const field = `weightBands.${index}`;
    let upToGrams: number | null = null;
    if (row.upToGrams.trim() !== '') upToGrams = readWhole(row.upToGrams, `${field}.upToGrams`, problems, { min: 1, max: 1_000_000_000 });
    else if (index < rows.length - 1) problems[`${field}.upToGrams`] = 'Enter a weight; only the last band has no limit';
    const amounts = readAmounts(row.amounts, field, problems);
    if (Object.keys(amounts).length === 0 && !Object.keys(problems).some((key) => key.startsWith(`${field}.`) && key !== `${field}.upToGrams`)) {
      problems[field] = 'Enter a price in at least one currency';
    }
    return { upToGrams, amounts };
  });
}

/** Price-band rows per currency as the API's tables: bounds and amounts in the currency's minor units. */
export function priceBandsInput(tables: Readonly<Record<string, readonly PriceBandRow[]>>, problems: Record<string, string>) {
  const bands: Record<string, Array<{ upTo: number | null; amount: number }>> = {};
  for (const [currency, rows] of Object.entries(tables)) {
    if (rows.length === 0) continue;
    bands[currency] = rows.map((row, index) => {
      const field = `priceBands.${currency}.${index}`;
      let upTo: number | null = null;
      if (row.upTo.trim() !== '') {
        const parsed = parseAmount(row.upTo, currency);
        if (parsed.ok) upTo = parsed.amount;
        else problems[`${field}.upTo`] = parsed.message;
      } else if (index < rows.length - 1) problems[`${field}.upTo`] = 'Enter a subtotal; only the last band has no limit';
      const parsed = parseAmount(row.amount, currency);
      if (!parsed.ok) problems[`${field}.amount`] = row.amount.trim() === '' ? 'Enter a price (0 for free)' : parsed.message;
      return { upTo, amount: parsed.ok ? parsed.amount : 0 };
    });
  }
  if (Object.keys(bands).length === 0) problems['pricing'] = 'Add a band in at least one currency';
  return bands;
}

function pricingInput(draft: MethodDraft, problems: Record<string, string>): MethodPricing {
  switch (draft.kind) {
    case 'flat': {
      const amounts = readAmounts(draft.flat, 'flat', problems);
      if (Object.keys(amounts).length === 0 && !Object.keys(problems).some((key) => key.startsWith('flat.'))) problems['pricing'] = 'Enter a price in at least one currency';
      return { kind: 'flat', amounts };
    }
    case 'weight_bands':
      return { kind: 'weight_bands', bands: weightBandsInput(draft.weightBands, problems) };
    case 'price_bands':
      return { kind: 'price_bands', bands: priceBandsInput(draft.priceBands, problems) };
  }
}

/** The method's `fields` for create/update, or every problem the browser can see, by form field. */
export function checkMethod(draft: MethodDraft, zoneId: string): SchemaCheck<MethodFieldsInput> {
  const problems: Record<string, string> = {};
  const name = draft.name.trim();
  if (name === '') problems['name'] = 'Enter a name';
  const service = draft.service.trim();
  if (service === '') problems['service'] = 'Enter a service, like standard or express';
  const pricing = pricingInput(draft, problems);
  const freeFrom = readAmounts(draft.freeFrom, 'freeFrom', problems);
  const minDays = readWhole(draft.minDays, 'minDays', problems, { min: 0, max: 365 });
  const maxDays = readWhole(draft.maxDays, 'maxDays', problems, { min: 0, max: 365 });
  if (!problems['minDays'] && !problems['maxDays'] && minDays > maxDays) problems['maxDays'] = 'Enter at least the fewest days';
  const position = readWhole(draft.position, 'position', problems, { min: 0, max: 10_000, fallback: 0 });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, data: { zoneId, name, carrier: 'table-rate', service, pricing, freeFrom, minDays, maxDays, active: draft.active, position } };
}

/**
 * The method form's field a server path names: `fields.pricing.bands.1.upToGrams` → `weightBands.1.upToGrams`,
 * `fields.pricing.bands.1.amounts.USD` → `weightBands.1.USD`, `fields.pricing.bands.EUR.0.upTo` →
 * `priceBands.EUR.0.upTo`, `fields.pricing.amounts.USD` → `flat.USD`. Null: no field shows it.
 */
export function methodField(path: string): string | null {
  const parts = path.replace(/^fields\./, '').split('.');
  const [head, second, third, fourth, fifth] = parts;
  if (head === undefined) return null;
  if (['name', 'service', 'minDays', 'maxDays', 'position', 'active'].includes(head)) return head;
  if (head === 'freeFrom') return second ? `freeFrom.${second}` : 'freeFrom';
  if (head !== 'pricing') return null;
  if (second === 'amounts') return third ? `flat.${third}` : 'pricing';
  if (second !== 'bands' || third === undefined) return 'pricing';
  if (/^\d+$/.test(third)) {
    // A weight band: its bound, an amount in one currency, or the row as a whole.
    if (fourth === 'upToGrams') return `weightBands.${third}.upToGrams`;
    if (fourth === 'amounts' && fifth) return `weightBands.${third}.${fifth}`;
    return `weightBands.${third}`;
  }
  // A price-band table: `bands.<currency>.<index>.<upTo|amount>`.
  if (fourth !== undefined && /^\d+$/.test(fourth) && (fifth === 'upTo' || fifth === 'amount')) return `priceBands.${third}.${fourth}.${fifth}`;
  return `priceBands.${third}`;
}
