import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { invalidateCatalogReadsOnCommit } from './search-cache';

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

/** Joins an option or attribute name and value into one facet pair (see catalog.listing_entry). */
export const FACET_PAIR_SEPARATOR = '\u001f';
export const facetPair = (name: string, value: string) => `${name}${FACET_PAIR_SEPARATOR}${value}`;

/**
 * Rebuilds the listing entries of the given products: one row per active product and currency it has a price in,
 * with what a product card shows and what filters and facets test (categories with their ancestors, collections,
 * option values over active and over in-stock variants, attributes, stock, the search document). Products that
 * are not active, or have no active priced variant, get no row. Call it in the transaction of any change to those.
 * Triggers keep the facet counts of plain category pages (`catalog.listing_facet_count`, migration 0003) in step.
 */
export async function refreshListingEntries(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  const ids = [...productIds];
  // Shopper reads cached in this process skip the cache until this transaction ends, then see the change.
  await invalidateCatalogReadsOnCommit(trx);
  await sql`DELETE FROM catalog.listing_entry WHERE product_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`
    WITH products AS (
      SELECT p.*,
        ARRAY(SELECT DISTINCT unnest(c.path) FROM catalog.product_category pc JOIN catalog.category c ON c.id = pc.category_id WHERE pc.product_id = p.id) AS category_ids,
        ARRAY(SELECT cp.collection_id FROM catalog.collection_product cp WHERE cp.product_id = p.id) AS collection_ids,
        ARRAY(SELECT DISTINCT o.name || chr(31) || ov.value FROM catalog.variant v
                JOIN catalog.variant_option_value vov ON vov.variant_id = v.id JOIN catalog.option_value ov ON ov.id = vov.option_value_id
                JOIN catalog.product_option o ON o.id = ov.option_id
              WHERE v.product_id = p.id AND v.status = 'active') AS option_pairs,
        ARRAY(SELECT DISTINCT o.name || chr(31) || ov.value FROM catalog.variant v
                JOIN catalog.variant_option_value vov ON vov.variant_id = v.id JOIN catalog.option_value ov ON ov.id = vov.option_value_id
                JOIN catalog.product_option o ON o.id = ov.option_id
                LEFT JOIN catalog.variant_availability va ON va.variant_id = v.id
              WHERE v.product_id = p.id AND v.status = 'active' AND coalesce(va.in_stock, true)) AS stock_option_pairs,
        ARRAY(SELECT DISTINCT a.name || chr(31) || a.value FROM catalog.product_attribute a WHERE a.product_id = p.id) AS attribute_pairs,
        EXISTS (SELECT 1 FROM catalog.variant v LEFT JOIN catalog.variant_availability va ON va.variant_id = v.id
                WHERE v.product_id = p.id AND v.status = 'active' AND coalesce(va.in_stock, true)) AS in_stock,
        (SELECT i.url FROM catalog.product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS image_url,
        (SELECT i.alt FROM catalog.product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS image_alt,
        b.name AS brand_name
      FROM catalog.product p LEFT JOIN catalog.brand b ON b.id = p.brand_id
      WHERE p.id = ANY(${ids}::uuid[]) AND p.status = 'active'
    ), ranges AS (
      SELECT v.product_id, pr.currency, min(pr.amount) AS min_amount, max(pr.amount) AS max_amount
      FROM catalog.variant v JOIN catalog.price pr ON pr.variant_id = v.id
      WHERE v.status = 'active' AND v.product_id = ANY(${ids}::uuid[])
      GROUP BY v.product_id, pr.currency
    )
    INSERT INTO catalog.listing_entry (product_id, currency, slug, title, brand_id, brand_name, image_url, image_alt, min_amount, max_amount,
      in_stock, created_at, category_ids, collection_ids, option_pairs, stock_option_pairs, attribute_pairs, search_document)
    SELECT p.id, r.currency, p.slug, p.title, p.brand_id, p.brand_name, p.image_url, p.image_alt, r.min_amount, r.max_amount,
      p.in_stock, p.created_at, p.category_ids, p.collection_ids, p.option_pairs, p.stock_option_pairs, p.attribute_pairs, p.search_document
    FROM products p JOIN ranges r ON r.product_id = p.id`.execute(trx);
}

/** Everything listings read: the search document first (the listing entry copies it), then the listing entries. */
export async function refreshListingModels(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  await refreshSearchDocuments(trx, productIds);
  await refreshListingEntries(trx, productIds);
}

/**
 * Builds the kept product pages of these products (see migration 0004) in one statement. For bulk loads, which set
 * `catalog.bulk_load` to keep the per-row trigger out of the way and call this after ANALYZE, batch by batch.
 */
export async function buildProductDocuments(trx: DbTransaction, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  await sql`
    INSERT INTO catalog.product_document (product_id, currency, slug, page)
    SELECT built.product_id, built.currency, built.slug, built.page
    FROM (SELECT e.product_id, e.currency, e.slug, catalog.product_page(e.slug, e.currency) AS page
          FROM catalog.listing_entry e WHERE e.product_id = ANY(${[...productIds]}::uuid[])) built
    WHERE built.page IS NOT NULL
    ON CONFLICT (slug, currency) DO UPDATE SET product_id = EXCLUDED.product_id, page = EXCLUDED.page`.execute(trx);
}
