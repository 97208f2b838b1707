import { type Kysely, sql } from 'kysely';

/**
 * Two things that make the most common shopper reads cheap.
 *
 * Facet counts of the unfiltered first page of every category listing (and of the whole catalog), per currency,
 * for all products and for in-stock products only: the most common request then reads a few hundred rows instead
 * of unnesting the facet arrays of thousands of listing entries. Triggers on `catalog.listing_entry` keep them, so
 * every change to the listing entries — the repository's refreshes, a cascade from a deleted product, a bulk
 * load — moves them in the same transaction: each statement notes the entries it removed and added, and just
 * before the transaction commits, one statement turns all its notes into count changes (a delta: a change to one
 * product moves ~150 counts whatever the category's size; a bulk load writes each count once).
 *
 * The product page query as a PL/pgSQL function, so each connection plans it once: planning its eight subqueries
 * cost twice as much as running them, on every request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    -- One row per listing (category_id: the category, its descendants included; the nil UUID: the whole catalog),
    -- currency, stock filter and facet value. kind/key:
    --   total     ''                   products in the listing
    --   category  category id          products in that category too (ancestors included, as the listing shows them)
    --   brand     brand id
    --   option    "Name<US>Value"      over active variants; over in-stock active variants when in_stock_only
    --   attribute "Name<US>Value"
    --   price     the "from" amount    products at that amount (buckets are drawn at read time, over their range)
    -- Rows whose count reaches zero are deleted; readers still ignore count <= 0. Counts are updated in place, so
    -- pages keep room for the new row versions (updates then stay on their page and need no index entry).
    CREATE TABLE catalog.listing_facet_count (
      currency char(3) NOT NULL,
      category_id uuid NOT NULL,
      in_stock_only boolean NOT NULL,
      kind text NOT NULL CHECK (kind IN ('total', 'category', 'brand', 'option', 'attribute', 'price')),
      key text NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (currency, category_id, in_stock_only, kind, key)
    ) WITH (fillfactor = 70);

    -- Listing entries removed (-1) and added (+1) by transactions not yet committed, with what facets count of them.
    -- Only ever read by the transaction that wrote the rows, which deletes them as it commits; nothing in it outlives
    -- a crash, hence unlogged.
    CREATE UNLOGGED TABLE catalog.listing_facet_change (
      xid xid8 NOT NULL,
      change smallint NOT NULL CHECK (change IN (-1, 1)),
      currency char(3) NOT NULL,
      brand_id uuid,
      min_amount bigint NOT NULL,
      in_stock boolean NOT NULL,
      category_ids uuid[] NOT NULL,
      option_pairs text[] NOT NULL,
      stock_option_pairs text[] NOT NULL,
      attribute_pairs text[] NOT NULL
    );
    CREATE INDEX listing_facet_change_xid_idx ON catalog.listing_facet_change (xid);
    -- One row per transaction with changes to apply; inserting it queues the deferred trigger that applies them.
    CREATE UNLOGGED TABLE catalog.listing_facet_pending (xid xid8 PRIMARY KEY);

    -- Notes what a statement did to the listing entries. Transition tables cannot serve a trigger with several
    -- events, hence one function and four triggers.
    CREATE FUNCTION catalog.note_listing_facet_changes() RETURNS trigger LANGUAGE plpgsql
    AS $fn$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_advisory_xact_lock(hashtext('catalog.listing_facet_count'));
        DELETE FROM catalog.listing_facet_count;
        DELETE FROM catalog.listing_facet_change WHERE xid = pg_current_xact_id();
        RETURN NULL;
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO catalog.listing_facet_change
        SELECT pg_current_xact_id(), -1, e.currency, e.brand_id, e.min_amount, e.in_stock, e.category_ids, e.option_pairs, e.stock_option_pairs, e.attribute_pairs
        FROM removed_entries e;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO catalog.listing_facet_change
        SELECT pg_current_xact_id(), 1, e.currency, e.brand_id, e.min_amount, e.in_stock, e.category_ids, e.option_pairs, e.stock_option_pairs, e.attribute_pairs
        FROM added_entries e;
      END IF;
      INSERT INTO catalog.listing_facet_pending (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END
    $fn$;

    CREATE TRIGGER listing_entry_facets_insert AFTER INSERT ON catalog.listing_entry
      REFERENCING NEW TABLE AS added_entries FOR EACH STATEMENT EXECUTE FUNCTION catalog.note_listing_facet_changes();
    CREATE TRIGGER listing_entry_facets_delete AFTER DELETE ON catalog.listing_entry
      REFERENCING OLD TABLE AS removed_entries FOR EACH STATEMENT EXECUTE FUNCTION catalog.note_listing_facet_changes();
    CREATE TRIGGER listing_entry_facets_update AFTER UPDATE ON catalog.listing_entry
      REFERENCING OLD TABLE AS removed_entries NEW TABLE AS added_entries FOR EACH STATEMENT EXECUTE FUNCTION catalog.note_listing_facet_changes();
    CREATE TRIGGER listing_entry_facets_truncate AFTER TRUNCATE ON catalog.listing_entry
      FOR EACH STATEMENT EXECUTE FUNCTION catalog.note_listing_facet_changes();

    -- Applies the noted changes of one transaction as it commits: subtracts what the removed entries contributed and
    -- adds what the added ones contribute, and deletes counts that reach zero. An entry contributes, for each listing
    -- it appears in (each of its categories once, and the whole catalog) and each stock filter it passes, one to the
    -- total and one to each facet value it has: the same arrays, unnested the same way, as the facet queries count
    -- at read time (search-facets.ts). Until then the writing transaction itself still reads the counts as they were.
    -- A bulk load applies millions of contributions at once: room to aggregate them in memory (one at a time).
    CREATE FUNCTION catalog.apply_listing_facet_changes() RETURNS trigger LANGUAGE plpgsql
      SET work_mem = '64MB'
    AS $fn$
    DECLARE
      zeroed_currency char(3)[];
      zeroed_category uuid[];
      zeroed_stock boolean[];
      zeroed_kind text[];
      zeroed_key text[];
    BEGIN
      -- One transaction applies at a time, from here to its commit (a moment): two moving overlapping counts in
      -- different orders would deadlock.
      PERFORM pg_advisory_xact_lock(hashtext('catalog.listing_facet_count'));
      WITH noted AS (
        DELETE FROM catalog.listing_facet_change WHERE xid = NEW.xid RETURNING *
      ), delta AS (
        SELECT e.currency, listing.id AS category_id, v.in_stock_only, v.kind, v.key, sum(e.change)::int AS change
        FROM noted AS e
        CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.category_ids || '00000000-0000-0000-0000-000000000000'::uuid) AS id) AS listing
        CROSS JOIN LATERAL (
          SELECT false, 'total', '' UNION ALL SELECT true, 'total', '' WHERE e.in_stock
          UNION ALL SELECT s, 'category', c::text FROM unnest(e.category_ids) AS c, (VALUES (false), (true)) AS st(s) WHERE NOT s OR e.in_stock
          UNION ALL SELECT s, 'brand', e.brand_id::text FROM (VALUES (false), (true)) AS st(s) WHERE e.brand_id IS NOT NULL AND (NOT s OR e.in_stock)
          UNION ALL SELECT s, 'attribute', p FROM unnest(e.attribute_pairs) AS p, (VALUES (false), (true)) AS st(s) WHERE NOT s OR e.in_stock
          UNION ALL SELECT s, 'price', e.min_amount::text FROM (VALUES (false), (true)) AS st(s) WHERE NOT s OR e.in_stock
          UNION ALL SELECT false, 'option', p FROM unnest(e.option_pairs) AS p
          UNION ALL SELECT true, 'option', p FROM unnest(e.stock_option_pairs) AS p WHERE e.in_stock
        ) AS v(in_stock_only, kind, key)
        GROUP BY e.currency, listing.id, v.in_stock_only, v.kind, v.key
        HAVING sum(e.change) <> 0
      ), applied AS (
        INSERT INTO catalog.listing_facet_count AS c (currency, category_id, in_stock_only, kind, key, count)
        SELECT currency, category_id, in_stock_only, kind, key, change FROM delta
        ORDER BY currency, category_id, in_stock_only, kind, key
        ON CONFLICT (currency, category_id, in_stock_only, kind, key) DO UPDATE SET count = c.count + excluded.count
        RETURNING c.currency, c.category_id, c.in_stock_only, c.kind, c.key, c.count
      )
      SELECT array_agg(currency), array_agg(category_id), array_agg(in_stock_only), array_agg(kind), array_agg(key)
      INTO zeroed_currency, zeroed_category, zeroed_stock, zeroed_kind, zeroed_key
      FROM applied WHERE count = 0;
      IF zeroed_currency IS NOT NULL THEN
        DELETE FROM catalog.listing_facet_count c
        USING unnest(zeroed_currency, zeroed_category, zeroed_stock, zeroed_kind, zeroed_key) AS z(currency, category_id, in_stock_only, kind, key)
        WHERE c.currency = z.currency AND c.category_id = z.category_id AND c.in_stock_only = z.in_stock_only
          AND c.kind = z.kind AND c.key = z.key AND c.count = 0;
      END IF;
      -- Later changes in this transaction (under SET CONSTRAINTS ... IMMEDIATE) queue a new application.
      DELETE FROM catalog.listing_facet_pending WHERE xid = NEW.xid;
      RETURN NULL;
    END
    $fn$;

    CREATE CONSTRAINT TRIGGER listing_facet_pending_apply AFTER INSERT ON catalog.listing_facet_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog.apply_listing_facet_changes();

    -- The counts of the entries already there (applied as this migration commits).
    INSERT INTO catalog.listing_facet_change
    SELECT pg_current_xact_id(), 1, e.currency, e.brand_id, e.min_amount, e.in_stock, e.category_ids, e.option_pairs, e.stock_option_pairs, e.attribute_pairs
    FROM catalog.listing_entry e;
    INSERT INTO catalog.listing_facet_pending (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;

    -- One active product with everything its page shows (product.repository.ts maps it), or NULL. PL/pgSQL keeps the
    -- plan of its query per connection; change the page by replacing the function in a new migration.
    CREATE FUNCTION catalog.product_page(page_slug text, page_currency text) RETURNS json
      LANGUAGE plpgsql STABLE
    AS $fn$
    BEGIN
      RETURN (
        SELECT json_build_object(
          'id', e.product_id, 'slug', e.slug, 'title', e.title, 'brand', e.brand_name,
          'min_amount', e.min_amount, 'max_amount', e.max_amount, 'image_url', e.image_url, 'image_alt', e.image_alt, 'in_stock', e.in_stock,
          'description', p.description, 'seo_title', p.seo_title, 'seo_description', p.seo_description,
          'images', (SELECT coalesce(json_agg(json_build_object('url', i.url, 'alt', i.alt) ORDER BY i.position), '[]')
            FROM catalog.product_image i WHERE i.product_id = p.id),
          'options', (SELECT coalesce(json_agg(json_build_object('name', o.name, 'values',
              (SELECT coalesce(json_agg(ov.value ORDER BY ov.position), '[]') FROM catalog.option_value ov WHERE ov.option_id = o.id)) ORDER BY o.position), '[]')
            FROM catalog.product_option o WHERE o.product_id = p.id),
          'variants', (SELECT coalesce(json_agg(json_build_object(
              'id', v.id, 'sku', v.sku,
              'options', (SELECT json_object_agg(o.name, ov.value) FROM catalog.variant_option_value vov
                          JOIN catalog.option_value ov ON ov.id = vov.option_value_id JOIN catalog.product_option o ON o.id = ov.option_id
                          WHERE vov.variant_id = v.id),
              'amount', pr.amount, 'compare_at_amount', pr.compare_at_amount,
              'in_stock', coalesce(a.in_stock, true)) ORDER BY v.position), '[]')
            FROM catalog.variant v
            LEFT JOIN catalog.price pr ON pr.variant_id = v.id AND pr.currency = page_currency
            LEFT JOIN catalog.variant_availability a ON a.variant_id = v.id
            WHERE v.product_id = p.id AND v.status = 'active'),
          'breadcrumb', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name) ORDER BY array_length(c.path, 1)), '[]')
            FROM catalog.category c
            WHERE c.id = ANY((SELECT leaf.path FROM catalog.product_category pc JOIN catalog.category leaf ON leaf.id = pc.category_id
                              WHERE pc.product_id = p.id ORDER BY leaf.slug LIMIT 1)::uuid[])),
          'attributes', (SELECT coalesce(json_agg(json_build_object('name', grouped.name, 'values', grouped.vals) ORDER BY grouped.name), '[]')
            FROM (SELECT a.name, json_agg(a.value ORDER BY a.value) AS vals FROM catalog.product_attribute a WHERE a.product_id = p.id GROUP BY a.name) grouped))
        FROM catalog.listing_entry e JOIN catalog.product p ON p.id = e.product_id
        WHERE e.currency = page_currency AND p.slug = page_slug);
    END
    $fn$;
  `).execute(db);
}
