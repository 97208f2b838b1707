import { sql } from 'kysely';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { migrateToLatest } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import { findActiveProductBySlug } from './product.repository';

describe('catalog migrations', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), []);
  });
  afterEach(() => database.destroy());

  it('turns a shop from before variants into one variant, one price and one image per product', async () => {
    const firstOnly = { schema: 'catalog', migrations: { '0001-products': catalogMigrationSet.migrations['0001-products']! } };
    await migrateToLatest(database.db, [firstOnly]);
    await sql`
      INSERT INTO catalog.product (slug, title, description, status, price_amount, price_currency, image_url, image_alt)
      VALUES ('old-mug', 'Old Mug', 'A mug from before variants', 'active', 1250, 'USD', '/media/old.svg', 'An old mug')`.execute(database.db);

    await migrateToLatest(database.db, [catalogMigrationSet]);

    const product = await findActiveProductBySlug(database.db, 'old-mug', 'USD' as CurrencyCode);
    expect(product).toMatchObject({
      title: 'Old Mug',
      price: { amount: 1250, currency: 'USD' },
      images: [{ url: '/media/old.svg', alt: 'An old mug' }],
      variants: [{ sku: 'OLD-MUG', options: {}, price: { amount: 1250, currency: 'USD' }, inStock: true }],
    });
    const found = await sql<{ slug: string }>`
      SELECT slug FROM catalog.product WHERE search_document @@ websearch_to_tsquery('catalog.english_folded', 'mugs before')`.execute(database.db);
    expect(found.rows).toEqual([{ slug: 'old-mug' }]);
  });

  it('puts every product, old and new, in the standard tax class unless told otherwise, and refuses malformed classes', async () => {
    const migrations = Object.fromEntries(Object.entries(catalogMigrationSet.migrations).filter(([name]) => name < '0005'));
    await migrateToLatest(database.db, [{ schema: 'catalog', migrations }]);
    await sql`INSERT INTO catalog.product (slug, title) VALUES ('before-tax-classes', 'Before')`.execute(database.db);

    await migrateToLatest(database.db, [catalogMigrationSet]);
    await sql`INSERT INTO catalog.product (slug, title) VALUES ('after-tax-classes', 'After')`.execute(database.db);
    await sql`INSERT INTO catalog.product (slug, title, tax_class) VALUES ('a-book', 'A Book', 'reduced')`.execute(database.db);
    const classes = await sql<{ slug: string; tax_class: string }>`SELECT slug, tax_class FROM catalog.product ORDER BY slug`.execute(database.db);
    expect(classes.rows).toEqual([
      { slug: 'a-book', tax_class: 'reduced' },
      { slug: 'after-tax-classes', tax_class: 'standard' },
      { slug: 'before-tax-classes', tax_class: 'standard' },
    ]);
    for (const bad of ['Standard Rate!', '', '9-zero', `a${'b'.repeat(32)}`]) {
      await expect(sql`UPDATE catalog.product SET tax_class = ${bad} WHERE slug = 'a-book'`.execute(database.db)).rejects.toMatchObject({ constraint: 'product_tax_class_check' });
    }
  });
});
