import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';

/**
 * Rebuilds the weighted search document of the given products — title A, brand B, attributes and categories C,
 * description D — in the accent-folding English configuration, and adds their words to the vocabulary that typo
 * correction draws on. Call it in the transaction that changed any of those.
 */
export async function refreshSearchDocuments(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  const ids = [...productIds];
  // Hyphenated words are indexed joined too, so "tshirt" finds "T-shirt". Categories count with the attributes.
  await sql`
    WITH texts AS (
      SELECT p.id,
             p.title || ' ' || replace(p.title, '-', '') AS title,
             coalesce((SELECT b.name FROM catalog.brand b WHERE b.id = p.brand_id), '') AS brand,
             concat_ws(' ',
               (SELECT string_agg(a.value || ' ' || replace(a.value, '-', ''), ' ') FROM catalog.product_attribute a WHERE a.product_id = p.id),
               (SELECT string_agg(c.name || ' ' || replace(c.name, '-', ''), ' ') FROM catalog.product_category pc
                  JOIN catalog.category c ON c.id = pc.category_id WHERE pc.product_id = p.id)) AS attributes,
             p.description
      FROM catalog.product p WHERE p.id = ANY(${ids}::uuid[])
    ), updated AS (
      UPDATE catalog.product p SET search_document =
           setweight(to_tsvector('catalog.english_folded', t.title), 'A')
        || setweight(to_tsvector('catalog.english_folded', t.brand), 'B')
        || setweight(to_tsvector('catalog.english_folded', t.attributes), 'C')
        || setweight(to_tsvector('catalog.english_folded', t.description), 'D')
      FROM texts t WHERE p.id = t.id
    )
    INSERT INTO catalog.search_term (term)
    SELECT DISTINCT word FROM texts, regexp_split_to_table(catalog.fold(concat_ws(' ', title, brand, attributes)), '[^[:alnum:]]+') AS word
    WHERE length(word) > 1
    ON CONFLICT DO NOTHING`.execute(trx);
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
