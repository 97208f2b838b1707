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

/** Joins an option or attribute name and value into one facet pair (see catalog.product_facets). */
export const FACET_PAIR_SEPARATOR = '\u001f';
export const facetPair = (name: string, value: string) => `${name}${FACET_PAIR_SEPARATOR}${value}`;

/**
 * Rebuilds the filter-and-facet read model of the given products: the ids of their categories and every ancestor,
 * their option values over active (and over in-stock active) variants, their attributes, and whether any active
 * variant is in stock. Call it whenever any of those change: product writes, variant status, availability, category
 * moves.
 */
export async function refreshFacets(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  await sql`
    INSERT INTO catalog.product_facets (product_id, category_ids, option_pairs, stock_option_pairs, attribute_pairs, in_stock)
    SELECT p.id,
      ARRAY(SELECT DISTINCT unnest(c.path) FROM catalog.product_category pc JOIN catalog.category c ON c.id = pc.category_id WHERE pc.product_id = p.id),
      ARRAY(SELECT DISTINCT o.name || chr(31) || ov.value FROM catalog.variant v
              JOIN catalog.variant_option_value vov ON vov.variant_id = v.id JOIN catalog.option_value ov ON ov.id = vov.option_value_id
              JOIN catalog.product_option o ON o.id = ov.option_id
            WHERE v.product_id = p.id AND v.status = 'active'),
      ARRAY(SELECT DISTINCT o.name || chr(31) || ov.value FROM catalog.variant v
              JOIN catalog.variant_option_value vov ON vov.variant_id = v.id JOIN catalog.option_value ov ON ov.id = vov.option_value_id
              JOIN catalog.product_option o ON o.id = ov.option_id
              LEFT JOIN catalog.variant_availability va ON va.variant_id = v.id
            WHERE v.product_id = p.id AND v.status = 'active' AND coalesce(va.in_stock, true)),
      ARRAY(SELECT DISTINCT a.name || chr(31) || a.value FROM catalog.product_attribute a WHERE a.product_id = p.id),
      EXISTS (SELECT 1 FROM catalog.variant v LEFT JOIN catalog.variant_availability va ON va.variant_id = v.id
              WHERE v.product_id = p.id AND v.status = 'active' AND coalesce(va.in_stock, true))
    FROM catalog.product p WHERE p.id = ANY(${[...productIds]}::uuid[])
    ON CONFLICT (product_id) DO UPDATE SET
      category_ids = excluded.category_ids, option_pairs = excluded.option_pairs, stock_option_pairs = excluded.stock_option_pairs,
      attribute_pairs = excluded.attribute_pairs, in_stock = excluded.in_stock`.execute(trx);
}

/** Everything listings read besides the product row itself: search document, price ranges, facets. */
export async function refreshListingModels(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  await refreshSearchDocuments(trx, productIds);
  await refreshPriceRanges(trx, productIds);
  await refreshFacets(trx, productIds);
}
