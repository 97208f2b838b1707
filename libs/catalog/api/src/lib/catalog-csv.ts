import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { type CsvProductDraft, type CsvRowError, csvAmount, PRODUCT_CSV_COLUMNS, productsFromCsv } from '@emporium/catalog-domain';
import { catalogDb, type ExportedVariantRow, exportVariantRows, insertProduct, publishSkusRegistered, type SkuEventPublisher } from '@emporium/catalog-data-access';
import type { CurrencyCode } from '@emporium/money';
import { type Database, inTransaction } from '@emporium/platform-db';

/** The catalog as a product CSV (one row per variant), in the same format the import reads. */
export async function exportProductsCsv(db: Database): Promise<string> {
  const rows = await exportVariantRows(db);
  const currencies = [...new Set(rows.flatMap((row) => row.prices.map((price) => price.currency)))].sort();
  const header = [...PRODUCT_CSV_COLUMNS, ...currencies.flatMap((currency) => [`price_${currency}`, `compare_at_${currency}`])];
  const records = rows.map((row: ExportedVariantRow) => {
    const record: Record<string, string> = {
      slug: row.slug,
      title: row.title,
      description: row.description,
      brand: row.brand ?? '',
      status: row.status,
      categories: row.categories.join(';'),
      attributes: row.attributes.join(';'),
      images: row.images.join(';'),
      tax_class: row.tax_class,
      sku: row.sku,
      weight_grams: String(row.weight_grams),
      barcode: row.barcode ?? '',
    };
    row.options.slice(0, 3).forEach((option, index) => {
      record[`option${index + 1}_name`] = option.name;
      record[`option${index + 1}_value`] = option.value;
    });
    for (const price of row.prices) {
      const currency = price.currency as CurrencyCode;
      record[`price_${currency}`] = csvAmount(Number(price.amount), currency);
      if (price.compare_at_amount !== null) record[`compare_at_${currency}`] = csvAmount(Number(price.compare_at_amount), currency);
    }
    return header.map((column) => record[column] ?? '');
  });
  return stringify([header, ...records]);
}

export type ImportResult = { ok: true; products: number; variants: number } | { ok: false; errors: CsvRowError[] };

/** What the database says about a valid file: slugs and SKUs taken, brands and categories that do not exist. */
async function conflicts(db: Database, drafts: readonly CsvProductDraft[], rowOf: (slug: string, sku?: string) => number): Promise<CsvRowError[]> {
  const catalog = catalogDb(db);
  const slugs = drafts.map((draft) => draft.slug);
  const skus = drafts.flatMap((draft) => draft.variants.map((variant) => variant.sku.toUpperCase()));
  const brands = [...new Set(drafts.flatMap((draft) => (draft.brand ? [draft.brand] : [])))];
  const categories = [...new Set(drafts.flatMap((draft) => draft.categories))];
  const [takenSlugs, takenSkus, knownBrands, knownCategories] = await Promise.all([
    slugs.length ? catalog.selectFrom('product').select('slug').where('slug', 'in', slugs).execute() : [],
    skus.length ? catalog.selectFrom('variant').select('sku').where((eb) => eb(eb.fn('upper', ['sku']), 'in', skus)).execute() : [],
    brands.length ? catalog.selectFrom('brand').select('slug').where('slug', 'in', brands).execute() : [],
    categories.length ? catalog.selectFrom('category').select('slug').where('slug', 'in', categories).execute() : [],
  ]);
  const errors: CsvRowError[] = [];
  for (const { slug } of takenSlugs) errors.push({ row: rowOf(slug), column: 'slug', message: 'a product with this slug exists already' });
  const taken = new Set(takenSkus.map((row) => row.sku.toUpperCase()));
  for (const draft of drafts) {
    for (const variant of draft.variants) if (taken.has(variant.sku.toUpperCase())) errors.push({ row: rowOf(draft.slug, variant.sku), column: 'sku', message: 'is used by an existing product' });
    if (draft.brand && !knownBrands.some((brand) => brand.slug === draft.brand)) errors.push({ row: rowOf(draft.slug), column: 'brand', message: `no brand "${draft.brand}"` });
    for (const category of draft.categories) {
      if (!knownCategories.some((known) => known.slug === category)) errors.push({ row: rowOf(draft.slug), column: 'categories', message: `no category "${category}"` });
    }
  }
  return errors;
}

/**
 * Imports new products from a product CSV: every row checked first; any problem and nothing is imported. The new
 * SKUs are told to the inventory (`catalog.skus-registered`) in the import's transaction.
 */
export async function importProductsCsv(db: Database, events: SkuEventPublisher, csv: string): Promise<ImportResult> {
  let table: string[][];
  try {
    table = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, errors: [{ row: line ?? 1, column: null, message: `not valid CSV: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const [header = [], ...body] = table;
  const columns = header.map((column) => column.trim());
  const records = body.map((cells) => Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])));
  const parsed = productsFromCsv(columns, records);
  if (!parsed.ok) return { ok: false, errors: parsed.error };

  const rowOf = (slug: string, sku?: string) => {
    const index = records.findIndex((record) => record['slug']?.trim() === slug && (sku === undefined || record['sku']?.trim() === sku));
    return index + 2;
  };
  return inTransaction(db, async (trx) => {
    const problems = await conflicts(trx, parsed.value, rowOf);
    if (problems.length > 0) return { ok: false as const, errors: problems.sort((a, b) => a.row - b.row) };
    const catalog = catalogDb(trx);
    const brandIds = new Map((await catalog.selectFrom('brand').select(['id', 'slug']).execute()).map((brand) => [brand.slug, brand.id]));
    const categoryIds = new Map((await catalog.selectFrom('category').select(['id', 'slug']).execute()).map((category) => [category.slug, category.id]));
    const skus: string[] = [];
    for (const draft of parsed.value) {
      await insertProduct(trx, {
        ...draft,
        brandId: draft.brand ? (brandIds.get(draft.brand) ?? null) : null,
        categoryIds: draft.categories.flatMap((slug) => categoryIds.get(slug) ?? []),
      });
      skus.push(...draft.variants.map((variant) => variant.sku));
    }
    await publishSkusRegistered(trx, events, { skus });
    return { ok: true as const, products: parsed.value.length, variants: skus.length };
  });
}
