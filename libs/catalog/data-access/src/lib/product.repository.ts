import { sql } from 'kysely';
import type { CurrencyCode } from '@emporium/money';
import type { ProductDetail, ProductSummary } from '@emporium/catalog-domain';
import type { Database } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { decodeListingCursor, encodeListingCursor } from './listing-cursor';

interface SummaryRow {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  min_amount: number;
  max_amount: number;
  image_url: string | null;
  image_alt: string | null;
  in_stock: boolean | number;
}

export function toSummary(row: SummaryRow, currency: CurrencyCode): ProductSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    brand: row.brand,
    price: { amount: Number(row.min_amount), currency },
    maxPrice: { amount: Number(row.max_amount), currency },
    image: row.image_url ? { url: row.image_url, alt: row.image_alt ?? '' } : null,
    inStock: Boolean(row.in_stock),
  };
}

/** Active products priced in `currency`, as product cards show them: one read of the listing entries. */
export function summaries(db: Database, currency: CurrencyCode) {
  return catalogDb(db)
    .selectFrom('listing_entry as e')
    .select(['e.product_id as id', 'e.slug', 'e.title', 'e.brand_name as brand', 'e.min_amount', 'e.max_amount', 'e.image_url', 'e.image_alt', 'e.in_stock'])
    .where('e.currency', '=', currency);
}

export interface ProductPage {
  readonly items: ProductSummary[];
  readonly nextCursor: string | null;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not one this listing produced');
    this.name = 'InvalidCursorError';
  }
}

/** `%`, `_` and `\` are LIKE wildcards: a shopper typing "50%" means the characters. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export interface ListProductsOptions {
  readonly limit: number;
  readonly cursor?: string;
  readonly q?: string;
  readonly currency: CurrencyCode;
}

/** Active products in title order, one keyset page at a time, optionally only those matching every word of `q`. */
export async function listActiveProducts(db: Database, options: ListProductsOptions): Promise<ProductPage> {
  const after = options.cursor === undefined ? null : decodeListingCursor(options.cursor);
  if (options.cursor !== undefined && after === null) throw new InvalidCursorError();
  let query = summaries(db, options.currency).orderBy('e.title').orderBy('e.product_id').limit(options.limit + 1);
  if (after) query = query.where((eb) => eb(eb.refTuple('e.title', 'e.product_id'), '>', eb.tuple(after.title, after.id)));
  for (const word of options.q?.split(/\s+/).filter(Boolean).slice(0, 10) ?? []) {
    const pattern = likePattern(word);
    query = query.where((eb) =>
      eb.or([
        eb('e.title', 'ilike', pattern),
        eb.exists(eb.selectFrom('product as p').select('p.id').whereRef('p.id', '=', 'e.product_id').where('p.description', 'ilike', pattern)),
      ]),
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, options.currency)),
    nextCursor: rows.length > options.limit && last ? encodeListingCursor({ title: last.title, id: last.id }) : null,
  };
}

interface ProductPageRow extends SummaryRow {
  description: string;
  seo_title: string | null;
  seo_description: string | null;
  images: Array<{ url: string; alt: string }>;
  options: Array<{ name: string; values: string[] }>;
  variants: Array<{ id: string; sku: string; options: Record<string, string> | null; amount: number | null; compare_at_amount: number | null; in_stock: boolean }>;
  breadcrumb: Array<{ id: string; slug: string; name: string }>;
  attributes: Array<{ name: string; values: string[] }>;
}

/**
 * One active product with everything its page shows, in one round trip: `catalog.product_page` (migration 0003)
 * assembles variants, prices, images, breadcrumb and attributes as JSON with a plan its connection keeps.
 */
export async function findActiveProductBySlug(db: Database, slug: string, currency: CurrencyCode): Promise<ProductDetail | null> {
  // The kept document (migration 0004) is the page; a product without one has no page in this currency.
  const { rows } = await sql<{ page: ProductPageRow }>`SELECT page FROM catalog.product_document WHERE slug = ${slug} AND currency = ${currency}`.execute(db);
  const row = rows[0]?.page;
  if (!row) return null;
  return {
    ...toSummary(row, currency),
    description: row.description,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    images: row.images,
    options: row.options,
    variants: row.variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      options: variant.options ?? {},
      price: variant.amount === null ? null : { amount: Number(variant.amount), currency },
      compareAtPrice: variant.compare_at_amount === null ? null : { amount: Number(variant.compare_at_amount), currency },
      inStock: variant.in_stock,
    })),
    breadcrumb: row.breadcrumb,
    attributes: row.attributes,
  };
}
