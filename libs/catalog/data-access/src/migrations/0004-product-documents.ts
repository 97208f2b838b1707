import { type Kysely, sql } from 'kysely';

/**
 * Product pages kept ready: one JSON document per active product and currency, exactly what `catalog.product_page()`
 * returns, so a product page is one primary-key read instead of eight subqueries (~0.3 ms of PostgreSQL CPU each).
 * A row trigger on `catalog.listing_entry` writes a product's document whenever its entry is written and removes it
 * with the entry: every catalog write already refreshes the listing entries of the products it touches (that is also
 * what clears the read cache), so documents change in the same transaction as what they show. A product has a
 * document in a currency exactly when it has a listing entry in it (`buildProductDocuments` fills them in after a
 * bulk load, which switches the trigger off for its transaction).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    CREATE TABLE catalog.product_document (
      product_id uuid NOT NULL REFERENCES catalog.product (id) ON DELETE CASCADE,
      currency char(3) NOT NULL,
      slug text NOT NULL,
      page json NOT NULL,
      PRIMARY KEY (slug, currency)
    );
    CREATE INDEX product_document_product_idx ON catalog.product_document (product_id);

    -- A bulk load (the generated catalog) sets catalog.bulk_load for its transaction and builds the documents itself
    -- at the end, after ANALYZE: per row, each page would be built with plans made while the tables were empty.
    CREATE FUNCTION catalog.keep_product_document() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF current_setting('catalog.bulk_load', true) = 'on' THEN
        RETURN NULL;
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM catalog.product_document WHERE product_id = OLD.product_id AND currency = OLD.currency;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO catalog.product_document (product_id, currency, slug, page)
        SELECT NEW.product_id, NEW.currency, NEW.slug, page
        FROM (SELECT catalog.product_page(NEW.slug, NEW.currency) AS page) built
        WHERE page IS NOT NULL;
      END IF;
      RETURN NULL;
    END
    $fn$;
    CREATE TRIGGER listing_entry_product_document AFTER INSERT OR UPDATE OR DELETE ON catalog.listing_entry
      FOR EACH ROW EXECUTE FUNCTION catalog.keep_product_document();

    -- Pages of a catalog that predates this migration: ~0.5 ms each, so a big catalog may take longer than the
    -- API's statement timeout allows.
    SET LOCAL statement_timeout = 0;
    ANALYZE catalog.listing_entry, catalog.product;
    INSERT INTO catalog.product_document (product_id, currency, slug, page)
    SELECT built.product_id, built.currency, built.slug, built.page
    FROM (SELECT e.product_id, e.currency, e.slug, catalog.product_page(e.slug, e.currency) AS page FROM catalog.listing_entry e) built
    WHERE built.page IS NOT NULL;
  `).execute(db);
}
