import { type Kysely, sql } from 'kysely';

/**
 * Which tax rate applies to a product: a class name (`standard`, `reduced`, `zero`, or any the shop configures under
 * Tax), read by the cart to tax each line. Every existing product starts as `standard`, the rate most goods take.
 * The pattern keeps names usable as configuration keys and CSV cells (catalog-domain's `isValidTaxClass`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    ALTER TABLE catalog.product
      ADD COLUMN tax_class text NOT NULL DEFAULT 'standard'
      CONSTRAINT product_tax_class_check CHECK (tax_class ~ '^[a-z][a-z0-9_-]{0,31}$');
  `).execute(db);
}
