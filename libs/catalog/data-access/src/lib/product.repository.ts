import type { CurrencyCode } from '@emporium/money';
import type { ProductDetail, ProductSummary } from '@emporium/catalog-domain';
import type { Database } from '@emporium/platform-db';
import { catalogDb, type ProductRow } from './catalog.tables';
import { decodeListingCursor, encodeListingCursor } from './listing-cursor';

const summaryColumns = ['id', 'slug', 'title', 'price_amount', 'price_currency', 'image_url', 'image_alt'] as const;
type SummaryRow = Pick<ProductRow, (typeof summaryColumns)[number]>;

function toSummary(row: SummaryRow): ProductSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    price: { amount: row.price_amount, currency: row.price_currency as CurrencyCode },
    image: row.image_url ? { url: row.image_url, alt: row.image_alt } : null,
  };
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

/** Active products in title order, one keyset page at a time, optionally only those matching every word of `q`. */
export async function listActiveProducts(db: Database, options: { limit: number; cursor?: string; q?: string }): Promise<ProductPage> {
  const after = options.cursor === undefined ? null : decodeListingCursor(options.cursor);
  if (options.cursor !== undefined && after === null) throw new InvalidCursorError();
  let query = catalogDb(db)
    .selectFrom('product')
    .select(summaryColumns)
    .where('status', '=', 'active')
    .orderBy('title')
    .orderBy('id')
    .limit(options.limit + 1);
  if (after) query = query.where((eb) => eb(eb.refTuple('title', 'id'), '>', eb.tuple(after.title, after.id)));
  for (const word of options.q?.split(/\s+/).filter(Boolean).slice(0, 10) ?? []) {
    const pattern = likePattern(word);
    query = query.where((eb) => eb.or([eb('title', 'ilike', pattern), eb('description', 'ilike', pattern)]));
  }
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > options.limit && last ? encodeListingCursor({ title: last.title, id: last.id }) : null,
  };
}

export async function findActiveProductBySlug(db: Database, slug: string): Promise<ProductDetail | null> {
  const row = await catalogDb(db)
    .selectFrom('product')
    .select([...summaryColumns, 'description'])
    .where('slug', '=', slug)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row ? { ...toSummary(row), description: row.description } : null;
}
