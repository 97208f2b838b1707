import { type CurrencyCode, fromDecimalString, isCurrencyCode, toDecimalString } from '@emporium/money';
import type { Result } from './result';
import { isValidSlug } from './slug';
import { DEFAULT_TAX_CLASS, isValidTaxClass, TAX_CLASS_RULE } from './tax-class';
import { isValidSku, validateVariants } from './variant-matrix';

/**
 * The product CSV, one row per variant; rows of one product share its `slug` and repeat (or leave empty) the product
 * columns. Prices are decimal major units per currency column (`price_USD`, `compare_at_USD`); lists are separated
 * by `;` and attributes written `Name=Value`. `tax_class` came later: a file without it (or an empty cell) imports as
 * `standard`.
 */
export const PRODUCT_CSV_COLUMNS = [
  'slug', 'title', 'description', 'brand', 'status', 'categories', 'attributes', 'images', 'tax_class',
  'option1_name', 'option1_value', 'option2_name', 'option2_value', 'option3_name', 'option3_value',
  'sku', 'weight_grams', 'barcode',
] as const;

const PRICE_COLUMN = /^(price|compare_at)_([A-Z]{3})$/;
export const MAX_IMPORT_ROWS = 5000;

export interface CsvProductDraft {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly brand: string | null;
  readonly status: 'draft' | 'active' | 'archived';
  readonly taxClass: string;
  readonly categories: readonly string[];
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly images: ReadonlyArray<{ readonly url: string; readonly alt: string }>;
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly variants: ReadonlyArray<{
    readonly sku: string;
    readonly optionValues: Readonly<Record<string, string>>;
    readonly weightGrams: number;
    readonly barcode: string | null;
    readonly prices: ReadonlyArray<{ readonly currency: string; readonly amount: number; readonly compareAtAmount: number | null }>;
  }>;
}

/** A problem with one cell (or one row, with `column: null`), numbered as a spreadsheet shows it: header is row 1. */
export interface CsvRowError {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

const list = (cell: string | undefined) => (cell ?? '').split(';').map((part) => part.trim()).filter(Boolean);

/**
 * Turns parsed CSV records into product drafts, or lists every problem — each bad cell by row and column, and each
 * product-level problem (two variants with the same options) at the row that causes it. An import with any problem
 * imports nothing. Checks here are the ones a file can fail on its own; existing slugs and SKUs are the caller's.
 */
export function productsFromCsv(header: readonly string[], records: ReadonlyArray<Readonly<Record<string, string>>>): Result<CsvProductDraft[], CsvRowError[]> {
  const errors: CsvRowError[] = [];
  const missing = ['slug', 'title', 'sku'].filter((column) => !header.includes(column));
  for (const column of missing) errors.push({ row: 1, column, message: 'this column is required' });
  const unknown = header.filter((column) => !(PRODUCT_CSV_COLUMNS as readonly string[]).includes(column) && !PRICE_COLUMN.test(column));
  for (const column of unknown) errors.push({ row: 1, column, message: 'is not a column of the product CSV' });
  if (records.length > MAX_IMPORT_ROWS) errors.push({ row: 1, column: null, message: `at most ${MAX_IMPORT_ROWS} rows per file` });
  if (errors.length > 0) return { ok: false, error: errors };

  const priceColumns = header.flatMap((column) => {
    const match = PRICE_COLUMN.exec(column);
    return match && isCurrencyCode(match[2] ?? '') ? [{ column, kind: match[1] as 'price' | 'compare_at', currency: match[2] as CurrencyCode }] : [];
  });
  const products = new Map<string, { draft: CsvProductDraft & { variants: CsvProductDraft['variants'][number][] }; rows: number[] }>();
  const seenSkus = new Map<string, number>();

  records.forEach((record, index) => {
    const row = index + 2;
    const cell = (column: string) => (record[column] ?? '').trim();
    const fail = (column: string | null, message: string) => errors.push({ row, column, message });

    const slug = cell('slug');
    if (!isValidSlug(slug)) fail('slug', 'must be lower-case letters, digits and single hyphens');
    const sku = cell('sku');
    if (!isValidSku(sku)) fail('sku', 'must be 1–64 letters, digits, dots, hyphens or underscores');
    const previous = seenSkus.get(sku.toUpperCase());
    if (previous !== undefined) fail('sku', `is also used on row ${previous}`);
    else seenSkus.set(sku.toUpperCase(), row);
    const weight = cell('weight_grams');
    if (weight !== '' && !/^\d{1,7}$/.test(weight)) fail('weight_grams', 'must be a whole number of grams');
    const barcode = cell('barcode');
    if (barcode !== '' && !/^\d{8,14}$/.test(barcode)) fail('barcode', 'must be 8 to 14 digits');
    const status = cell('status') || 'draft';
    if (status !== 'draft' && status !== 'active' && status !== 'archived') fail('status', 'must be draft, active or archived');
    const taxClass = cell('tax_class');
    if (taxClass !== '' && !isValidTaxClass(taxClass)) fail('tax_class', TAX_CLASS_RULE);

    const optionValues: Record<string, string> = {};
    for (const n of [1, 2, 3]) {
      const name = cell(`option${n}_name`);
      const value = cell(`option${n}_value`);
      if (name === '' && value === '') continue;
      if (name === '' || value === '') fail(`option${n}_${name === '' ? 'name' : 'value'}`, 'needs both a name and a value');
      else optionValues[name] = value;
    }
    const prices: Array<{ currency: string; amount: number; compareAtAmount: number | null }> = [];
    for (const { column, kind, currency } of priceColumns) {
      if (kind !== 'price' || cell(column) === '') continue;
      const price = fromDecimalString(cell(column), currency);
      if (!price || price.amount < 0) {
        fail(column, `must be an amount like 19.99 in ${currency}`);
        continue;
      }
      const compareCell = cell(`compare_at_${currency}`);
      const compareAt = compareCell === '' ? null : fromDecimalString(compareCell, currency);
      if (compareCell !== '' && (!compareAt || compareAt.amount <= price.amount)) fail(`compare_at_${currency}`, 'must be an amount above the price');
      prices.push({ currency, amount: price.amount, compareAtAmount: compareAt?.amount ?? null });
    }
    const attributes = list(cell('attributes')).map((pair) => {
      const [name = '', ...rest] = pair.split('=');
      const value = rest.join('=').trim();
      if (name.trim() === '' || value === '') fail('attributes', `"${pair}" is not Name=Value`);
      return { name: name.trim(), value };
    });
    const images = list(cell('images')).map((url) => {
      if (!/^(\/|https:\/\/)/.test(url)) fail('images', `"${url}" is not a path on this site or an https URL`);
      return { url, alt: cell('title') };
    });

    const existing = products.get(slug);
    const variant = { sku, optionValues, weightGrams: weight === '' ? 0 : Number(weight), barcode: barcode || null, prices };
    if (!existing) {
      if (cell('title') === '') fail('title', 'the first row of a product needs its title');
      products.set(slug, {
        draft: {
          slug,
          title: cell('title'),
          description: cell('description'),
          brand: cell('brand') || null,
          status: status === 'active' || status === 'archived' ? status : 'draft',
          taxClass: taxClass || DEFAULT_TAX_CLASS,
          categories: list(cell('categories')),
          attributes,
          images,
          options: [],
          variants: [variant],
        },
        rows: [row],
      });
    } else {
      existing.draft.variants.push(variant);
      existing.rows.push(row);
      if (cell('title') !== '' && cell('title') !== existing.draft.title) fail('title', `differs from the title on row ${existing.rows[0]}`);
      if (taxClass !== '' && taxClass !== existing.draft.taxClass) fail('tax_class', `differs from the tax class on row ${existing.rows[0]}`);
    }
  });

  const drafts: CsvProductDraft[] = [];
  for (const { draft, rows } of products.values()) {
    const optionNames = [...new Set(draft.variants.flatMap((variant) => Object.keys(variant.optionValues)))];
    const options = optionNames.map((name) => ({ name, values: [...new Set(draft.variants.map((variant) => variant.optionValues[name]).filter((value): value is string => Boolean(value)))] }));
    for (const problem of validateVariants(options, draft.variants.map((variant) => ({ sku: variant.sku, optionValues: variant.optionValues, status: 'active' as const })))) {
      if (problem.type === 'MissingOptionValue') errors.push({ row: rows[problem.variantIndex] ?? rows[0] ?? 1, column: null, message: `needs a value for option "${problem.option}"` });
      if (problem.type === 'DuplicateCombination') errors.push({ row: rows[problem.variantIndexes[1] ?? 0] ?? 1, column: null, message: 'has the same options as another variant of this product' });
    }
    if (draft.status === 'active' && draft.variants.some((variant) => variant.prices.length === 0)) {
      errors.push({ row: rows[0] ?? 1, column: 'status', message: 'an active product needs a price on every variant' });
    }
    drafts.push({ ...draft, options });
  }
  errors.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: drafts };
}

/** Formats an amount for a price column: exact decimal major units (1999 USD → "19.99"). */
export function csvAmount(amount: number, currency: CurrencyCode): string {
  return toDecimalString({ amount, currency });
}
