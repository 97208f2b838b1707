import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, inTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { DEMO_PRODUCTS } from './demo-catalog';

/** A stable UUID per slug, so the demo catalog has the same ids on every machine. */
function demoProductId(slug: string): string {
  const hex = createHash('sha256').update(`emporium-demo:${slug}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Loads the demo catalog into an empty catalog, once. A catalog with any product (the merchant's own, or the demo
 * after a merchant edited it) is left alone, so restarts never bring deleted demo products back.
 */
export async function seedDemoCatalog(db: Database): Promise<{ inserted: number }> {
  return inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('catalog.seed'))`.execute(trx);
    const existing = await catalogDb(trx).selectFrom('product').select('id').limit(1).executeTakeFirst();
    if (existing) return { inserted: 0 };
    await catalogDb(trx)
      .insertInto('product')
      .values(
        DEMO_PRODUCTS.map((product) => ({
          id: demoProductId(product.slug),
          slug: product.slug,
          title: product.title,
          description: product.description,
          status: 'active' as const,
          price_amount: product.priceCents,
          price_currency: 'USD',
          image_url: `/media/demo/${product.slug}.svg`,
          image_alt: product.title,
        })),
      )
      .execute();
    return { inserted: DEMO_PRODUCTS.length };
  });
}
