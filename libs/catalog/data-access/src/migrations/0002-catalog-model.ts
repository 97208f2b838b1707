import { type Kysely, sql } from 'kysely';

/**
 * The full catalog model: brands, options and variants with per-currency prices, a category tree, collections,
 * images, free-form attributes, the availability projection and the weighted search document. The single price of
 * 0001 becomes each product's one default variant.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;

    -- unaccent() is STABLE (it reads a dictionary); indexes need an IMMUTABLE wrapper naming the dictionary.
    CREATE FUNCTION catalog.fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN lower(public.unaccent('public.unaccent'::regdictionary, input));

    -- English stemming over accent-folded words: "Café Crèmes" and "cafe creme" meet.
    CREATE TEXT SEARCH CONFIGURATION catalog.english_folded (COPY = pg_catalog.english);
    ALTER TEXT SEARCH CONFIGURATION catalog.english_folded
      ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;

    CREATE TABLE catalog.brand (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE,
      name text NOT NULL UNIQUE
    );

    ALTER TABLE catalog.product
      ADD COLUMN brand_id uuid REFERENCES catalog.brand (id) ON DELETE SET NULL,
      ADD COLUMN seo_title text,
      ADD COLUMN seo_description text,
      ADD COLUMN published_at timestamptz,
      -- Weighted: title A, brand B, attributes C, description D. Written by the repository on every change.
      ADD COLUMN search_document tsvector NOT NULL DEFAULT ''::tsvector;
    CREATE INDEX product_brand_idx ON catalog.product (brand_id);
    CREATE INDEX product_search_idx ON catalog.product USING gin (search_document);
    CREATE INDEX product_title_trgm_idx ON catalog.product USING gin (catalog.fold(title) gin_trgm_ops);
    CREATE INDEX product_active_newest_idx ON catalog.product (created_at DESC, id DESC) WHERE status = 'active';

    CREATE TABLE catalog.product_option (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      name text NOT NULL,
      position int NOT NULL DEFAULT 0,
      UNIQUE (product_id, name)
    );
    CREATE TABLE catalog.option_value (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      option_id uuid NOT NULL REFERENCES catalog.product_option (id) ON DELETE CASCADE,
      value text NOT NULL,
      position int NOT NULL DEFAULT 0,
      UNIQUE (option_id, value)
    );

    CREATE TABLE catalog.variant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      sku text NOT NULL,
      weight_grams int NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
      barcode text,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      position int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX variant_sku_key ON catalog.variant (upper(sku));
    CREATE INDEX variant_product_idx ON catalog.variant (product_id, position);

    CREATE TABLE catalog.variant_option_value (
      variant_id uuid NOT NULL REFERENCES catalog.variant (id) ON DELETE CASCADE,
      option_value_id uuid NOT NULL REFERENCES catalog.option_value (id) ON DELETE CASCADE,
      PRIMARY KEY (variant_id, option_value_id)
    );
    CREATE INDEX variant_option_value_value_idx ON catalog.variant_option_value (option_value_id);

    CREATE TABLE catalog.price (
      variant_id uuid NOT NULL REFERENCES catalog.variant (id) ON DELETE CASCADE,
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      amount bigint NOT NULL CHECK (amount >= 0),
      compare_at_amount bigint CHECK (compare_at_amount > amount),
      PRIMARY KEY (variant_id, currency)
    );

    CREATE TABLE catalog.category (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES catalog.category (id) ON DELETE RESTRICT,
      slug text NOT NULL UNIQUE,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      position int NOT NULL DEFAULT 0,
      -- Ids from the root down to this category, maintained on insert and move: descendants are path @> ARRAY[id].
      path uuid[] NOT NULL
    );
    CREATE INDEX category_parent_idx ON catalog.category (parent_id, position);
    CREATE INDEX category_path_idx ON catalog.category USING gin (path);
    CREATE INDEX category_name_trgm_idx ON catalog.category USING gin (catalog.fold(name) gin_trgm_ops);

    CREATE TABLE catalog.product_category (
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      category_id uuid NOT NULL REFERENCES catalog.category (id) ON DELETE CASCADE,
      PRIMARY KEY (product_id, category_id)
    );
    CREATE INDEX product_category_category_idx ON catalog.product_category (category_id, product_id);

    CREATE TABLE catalog.collection (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      position int NOT NULL DEFAULT 0
    );
    CREATE TABLE catalog.collection_product (
      collection_id uuid NOT NULL REFERENCES catalog.collection (id) ON DELETE CASCADE,
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      position int NOT NULL DEFAULT 0,
      PRIMARY KEY (collection_id, product_id)
    );
    CREATE INDEX collection_product_product_idx ON catalog.collection_product (product_id);

    CREATE TABLE catalog.product_image (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      url text NOT NULL,
      alt text NOT NULL DEFAULT '',
      position int NOT NULL DEFAULT 0
    );
    CREATE INDEX product_image_product_idx ON catalog.product_image (product_id, position);

    CREATE TABLE catalog.product_attribute (
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      name text NOT NULL,
      value text NOT NULL,
      PRIMARY KEY (product_id, name, value)
    );
    CREATE INDEX product_attribute_facet_idx ON catalog.product_attribute (name, value, product_id);

    -- The read model every listing, search, facet count and autocomplete reads: one row per active product and
    -- currency it has a price in, holding what a product card shows and what filters test, so a listing touches one
    -- table. Kept by the repository (refreshListingEntries) on every change to what it holds.
    -- Pairs are "Name<US>Value" (U+001F, a character no name or value contains).
    CREATE TABLE catalog.listing_entry (
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      currency char(3) NOT NULL,
      slug text NOT NULL,
      title text NOT NULL,
      brand_id uuid,
      brand_name text,
      image_url text,
      image_alt text,
      min_amount bigint NOT NULL,           -- lowest price of its active variants ("from")
      max_amount bigint NOT NULL,
      in_stock boolean NOT NULL,
      created_at timestamptz NOT NULL,
      category_ids uuid[] NOT NULL,         -- its categories and all their ancestors
      collection_ids uuid[] NOT NULL,
      option_pairs text[] NOT NULL,         -- over active variants
      stock_option_pairs text[] NOT NULL,   -- over active variants in stock
      attribute_pairs text[] NOT NULL,
      search_document tsvector NOT NULL,
      PRIMARY KEY (product_id, currency)
    );
    CREATE INDEX listing_entry_newest_idx ON catalog.listing_entry (currency, created_at DESC, product_id DESC);
    CREATE INDEX listing_entry_price_idx ON catalog.listing_entry (currency, min_amount, product_id);
    CREATE INDEX listing_entry_title_idx ON catalog.listing_entry (currency, title, product_id);
    CREATE INDEX listing_entry_category_idx ON catalog.listing_entry USING gin (category_ids);
    CREATE INDEX listing_entry_option_idx ON catalog.listing_entry USING gin (option_pairs);
    CREATE INDEX listing_entry_attribute_idx ON catalog.listing_entry USING gin (attribute_pairs);
    CREATE INDEX listing_entry_search_idx ON catalog.listing_entry USING gin (search_document);

    -- Every word shoppers could mean (from titles, brands, categories, attributes; hyphenated words also joined:
    -- "T-shirt" gives "tshirt"), folded. A search that finds nothing is retried with each unknown word replaced by
    -- its nearest known word ("sheos" → "shoes"). Grows with the catalog; stale words are harmless.
    CREATE TABLE catalog.search_term (term text PRIMARY KEY);
    CREATE INDEX search_term_trgm_idx ON catalog.search_term USING gin (term gin_trgm_ops);
    CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

    -- The catalog's own view of stock, fed by inventory events; a variant with no row counts as in stock
    -- (until the inventory service exists every active variant is sellable).
    CREATE TABLE catalog.variant_availability (
      variant_id uuid PRIMARY KEY REFERENCES catalog.variant (id) ON DELETE CASCADE,
      in_stock boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- 0001's single price and image become a default variant, a USD price and the first image.
    INSERT INTO catalog.variant (product_id, sku)
      SELECT id, upper(slug) FROM catalog.product;
    INSERT INTO catalog.price (variant_id, currency, amount)
      SELECT v.id, p.price_currency, p.price_amount FROM catalog.variant v JOIN catalog.product p ON p.id = v.product_id;
    INSERT INTO catalog.product_image (product_id, url, alt)
      SELECT id, image_url, image_alt FROM catalog.product WHERE image_url IS NOT NULL;
    UPDATE catalog.product SET
      published_at = CASE WHEN status = 'active' THEN created_at END,
      search_document = setweight(to_tsvector('catalog.english_folded', title || ' ' || replace(title, '-', '')), 'A')
                     || setweight(to_tsvector('catalog.english_folded', description), 'D');
    INSERT INTO catalog.search_term (term)
      SELECT DISTINCT word FROM catalog.product,
        regexp_split_to_table(catalog.fold(title || ' ' || replace(title, '-', '')), '[^[:alnum:]]+') AS word
      WHERE length(word) > 1
      ON CONFLICT DO NOTHING;
    INSERT INTO catalog.listing_entry (product_id, currency, slug, title, image_url, image_alt, min_amount, max_amount, in_stock,
        created_at, category_ids, collection_ids, option_pairs, stock_option_pairs, attribute_pairs, search_document)
      SELECT id, price_currency, slug, title, image_url, image_alt, price_amount, price_amount, true,
        created_at, '{}', '{}', '{}', '{}', '{}', search_document
      FROM catalog.product WHERE status = 'active';
    ALTER TABLE catalog.product
      DROP COLUMN price_amount,
      DROP COLUMN price_currency,
      DROP COLUMN image_url,
      DROP COLUMN image_alt;
  `).execute(db);
}
