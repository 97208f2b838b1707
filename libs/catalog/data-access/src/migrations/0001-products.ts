import { type Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .withSchema('catalog')
    .createTable('product')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('draft').check(sql`status IN ('draft', 'active', 'archived')`))
    .addColumn('price_amount', 'bigint', (column) => column.notNull().check(sql`price_amount >= 0`))
    .addColumn('price_currency', 'char(3)', (column) => column.notNull().check(sql`price_currency ~ '^[A-Z]{3}$'`))
    .addColumn('image_url', 'text')
    .addColumn('image_alt', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  // The storefront listing reads active products in (title, id) order, page by page.
  await sql`CREATE INDEX product_active_listing_idx ON catalog.product (title, id) WHERE status = 'active'`.execute(db);
}
