import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';

/**
 * Rebuilds the weighted search document of the given products — title A, brand B, attributes C, description D —
 * in the accent-folding English configuration. Call it in the transaction that changed any of those.
 */
export async function refreshSearchDocuments(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  await sql`
    UPDATE catalog.product p SET search_document =
         setweight(to_tsvector('catalog.english_folded', p.title), 'A')
      || setweight(to_tsvector('catalog.english_folded', coalesce((SELECT b.name FROM catalog.brand b WHERE b.id = p.brand_id), '')), 'B')
      || setweight(to_tsvector('catalog.english_folded',
           coalesce((SELECT string_agg(a.value, ' ') FROM catalog.product_attribute a WHERE a.product_id = p.id), '')), 'C')
      || setweight(to_tsvector('catalog.english_folded', p.description), 'D')
    WHERE p.id = ANY(${[...productIds]}::uuid[])`.execute(trx);
}

/** Rebuilds each product's price range per currency over its active variants (the listing's price read model). */
export async function refreshPriceRanges(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  const ids = [...productIds];
  await sql`DELETE FROM catalog.product_price_range WHERE product_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`
    INSERT INTO catalog.product_price_range (product_id, currency, min_amount, max_amount)
    SELECT v.product_id, pr.currency, min(pr.amount), max(pr.amount)
    FROM catalog.variant v JOIN catalog.price pr ON pr.variant_id = v.id
    WHERE v.status = 'active' AND v.product_id = ANY(${ids}::uuid[])
    GROUP BY v.product_id, pr.currency`.execute(trx);
}
