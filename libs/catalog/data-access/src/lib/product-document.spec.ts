import { sql } from 'kysely';
import { inject } from 'vitest';
import { type Database, inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { applyAvailabilityChange } from './availability-projection';
import { catalogMigrationSet } from './catalog.migrations';
import { updateCategory } from './category-admin.repository';
import { addImage } from './image-writer';
import { changeProductStatus } from './product-admin.repository';
import { seedDemoCatalog } from './seed';
import { setVariantPrice } from './variant-writer';

/** Every kept product page, and whether it equals the page built from the tables right now. */
async function documentsMatchTables(db: Database): Promise<{ documents: number; entries: number; stale: string[] }> {
  const { rows } = await sql<{ slug: string; currency: string; same: boolean | null }>`
    SELECT e.slug, e.currency, d.page::jsonb = catalog.product_page(e.slug, e.currency)::jsonb AS same
    FROM catalog.listing_entry e
    LEFT JOIN catalog.product_document d ON d.product_id = e.product_id AND d.currency = e.currency`.execute(db);
  const { rows: counted } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM catalog.product_document`.execute(db);
  return { documents: counted[0]?.n ?? 0, entries: rows.length, stale: rows.filter((row) => row.same !== true).map((row) => `${row.slug}/${row.currency}`) };
}

async function idOf(db: Database, table: 'product' | 'category', slug: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`SELECT id FROM ${sql.table(`catalog.${table}`)} WHERE slug = ${slug}`.execute(db);
  if (!rows[0]) throw new Error(`no ${table} ${slug}`);
  return rows[0].id;
}

describe('kept product pages (catalog.product_document)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
  });
  afterAll(() => database?.destroy());

  it('exist for exactly the products and currencies that have listing entries, equal to the page built live', async () => {
    const state = await documentsMatchTables(database.db);
    expect(state.entries).toBeGreaterThan(20);
    expect(state).toEqual({ documents: state.entries, entries: state.entries, stale: [] });
  });

  it('follow prices, images, availability, a renamed parent category and archiving in the same transaction', async () => {
    const db = database.db;
    const skillet = await idOf(db, 'product', 'cast-iron-skillet');
    const { rows: variants } = await sql<{ id: string; sku: string }>`SELECT id, sku FROM catalog.variant WHERE product_id = ${skillet} ORDER BY position`.execute(db);
    await inTransaction(db, (trx) => setVariantPrice(trx, { variantId: variants[0]!.id, currency: 'USD', amount: 4_321, compareAtAmount: 5_900 }));
    await inTransaction(db, (trx) => addImage(trx, skillet, { url: '/media/demo/extra.svg', alt: 'From above' }));
    await inTransaction(db, (trx) => applyAvailabilityChange(trx, { sku: variants[0]!.sku, inStock: false, occurredAt: new Date().toISOString() }));
    const { rows: parents } = await sql<{ id: string }>`
      SELECT c.path[1] AS id FROM catalog.product_category pc JOIN catalog.category c ON c.id = pc.category_id WHERE pc.product_id = ${skillet} LIMIT 1`.execute(db);
    await inTransaction(db, (trx) => updateCategory(trx, parents[0]!.id, { name: 'Renamed Top Level' }));

    const { rows: pages } = await sql<{ page: { variants: Array<{ amount: number; in_stock: boolean }>; images: unknown[]; breadcrumb: Array<{ name: string }> } }>`
      SELECT page FROM catalog.product_document WHERE product_id = ${skillet} AND currency = 'USD'`.execute(db);
    const page = pages[0]!.page;
    expect(page.variants[0]).toMatchObject({ amount: 4_321, in_stock: false });
    expect(page.images).toContainEqual({ url: '/media/demo/extra.svg', alt: 'From above' });
    expect(page.breadcrumb[0]?.name).toBe('Renamed Top Level');
    expect((await documentsMatchTables(db)).stale).toEqual([]);

    await inTransaction(db, (trx) => changeProductStatus(trx, skillet, 'archived'));
    const { rows: left } = await sql`SELECT 1 FROM catalog.product_document WHERE product_id = ${skillet}`.execute(db);
    expect(left).toHaveLength(0);
    expect((await documentsMatchTables(db)).stale).toEqual([]);
  });

  it('stay as they were when a change rolls back', async () => {
    const db = database.db;
    const mug = await idOf(db, 'product', 'classic-white-tee');
    const before = await sql<{ page: unknown }>`SELECT page::text AS page FROM catalog.product_document WHERE product_id = ${mug} ORDER BY currency`.execute(db);
    await expect(
      inTransaction(db, async (trx) => {
        await addImage(trx, mug, { url: '/media/demo/rolled-back.svg', alt: 'Never' });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    const after = await sql<{ page: unknown }>`SELECT page::text AS page FROM catalog.product_document WHERE product_id = ${mug} ORDER BY currency`.execute(db);
    expect(after.rows).toEqual(before.rows);
  });
});
