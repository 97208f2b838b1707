import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, inTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { DEMO_BRANDS, DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_PRODUCTS, DEMO_SIZE_RUNS, demoEuroPrice } from './demo-catalog';
import { insertProduct } from './product-writer';
import { refreshListingEntries } from './read-models';
import { publishSkusRegistered, type SkuEventPublisher } from './sku-events';
import { insertBrand, insertCategory, insertCollection } from './taxonomy-writer';

/** A stable UUID per name, so the demo catalog has the same ids on every machine. */
export function demoId(name: string): string {
  const hex = createHash('sha256').update(`emporium-demo:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A couple of sold-out sizes, so the storefront has something to show as out of stock. */
const SOLD_OUT_SKUS = ['CLASSIC-WHITE-TEE-XS', 'TRAIL-RUNNING-SHOES-45', 'BLACK-SLIM-JEANS-28'];

/**
 * Loads the demo catalog into an empty catalog, once. A catalog with any product (the merchant's own, or the demo
 * after a merchant edited it) is left alone, so restarts never bring deleted demo products back. With an event bus,
 * tells the inventory (`catalog.skus-registered`, in the seed's transaction) every seeded SKU and which start sold out.
 */
export async function seedDemoCatalog(db: Database, events?: SkuEventPublisher): Promise<{ inserted: number }> {
  return inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('catalog.seed'))`.execute(trx);
    const existing = await catalogDb(trx).selectFrom('product').select('id').limit(1).executeTakeFirst();
    if (existing) return { inserted: 0 };

    const brandIds = new Map<string, string>();
    for (const brand of DEMO_BRANDS) brandIds.set(brand.slug, await insertBrand(trx, { id: demoId(`brand:${brand.slug}`), ...brand }));
    const categoryIds = new Map<string, string>();
    for (const [position, category] of DEMO_CATEGORIES.entries()) {
      const parentId = category.parent ? categoryIds.get(category.parent) : null;
      categoryIds.set(category.slug, await insertCategory(trx, { id: demoId(`category:${category.slug}`), parentId, slug: category.slug, name: category.name, position }));
    }

    const known = (ids: Map<string, string>, key: string): string => {
      const id = ids.get(key);
      if (!id) throw new Error(`The demo catalog names an unknown "${key}"`);
      return id;
    };
    const productIds = new Map<string, string>();
    const skus: string[] = [];
    for (const product of DEMO_PRODUCTS) {
      const sizes = product.sizes ? DEMO_SIZE_RUNS[product.sizes] : null;
      const prices = [
        { currency: 'USD', amount: product.priceCents },
        { currency: 'EUR', amount: demoEuroPrice(product.priceCents) },
      ];
      const sku = product.slug.toUpperCase();
      const variants = sizes
        ? sizes.map((size) => ({ id: demoId(`${sku}-${size}`), sku: `${sku}-${size.replace('/', '')}`, optionValues: { Size: size }, weightGrams: 400, prices }))
        : [{ id: demoId(sku), sku, optionValues: {}, weightGrams: 600, prices }];
      const id = await insertProduct(trx, {
        id: demoId(product.slug),
        slug: product.slug,
        title: product.title,
        description: product.description,
        brandId: brandIds.get(product.brand) ?? null,
        status: 'active',
        options: sizes ? [{ name: 'Size', values: [...sizes] }] : [],
        variants,
        categoryIds: [known(categoryIds, product.category)],
        images: [{ url: `/media/demo/${product.slug}.svg`, alt: product.title }],
        attributes: [{ name: 'Material', value: product.material }],
      });
      productIds.set(product.slug, id);
      skus.push(...variants.map((variant) => variant.sku));
    }
    for (const [position, collection] of DEMO_COLLECTIONS.entries()) {
      await insertCollection(trx, {
        id: demoId(`collection:${collection.slug}`),
        slug: collection.slug,
        title: collection.title,
        position,
        productIds: collection.products.map((slug) => known(productIds, slug)),
      });
    }
    const soldOut = await sql<{ sku: string }>`
      WITH marked AS (
        INSERT INTO catalog.variant_availability (variant_id, in_stock)
        SELECT id, false FROM catalog.variant WHERE sku = ANY(${SOLD_OUT_SKUS})
        RETURNING variant_id)
      SELECT v.sku FROM marked JOIN catalog.variant v ON v.id = marked.variant_id`.execute(trx);
    await refreshListingEntries(trx, [...productIds.values()]);
    if (events) await publishSkusRegistered(trx, events, { skus, demoSoldOut: soldOut.rows.map((row) => row.sku) });
    return { inserted: DEMO_PRODUCTS.length };
  });
}
