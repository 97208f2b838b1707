import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { ProductStatus } from '@emporium/catalog-domain';

export interface ProductTable {
  id: Generated<string>;
  slug: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  status: ColumnType<ProductStatus, ProductStatus | undefined, ProductStatus>;
  price_amount: number;
  price_currency: string;
  image_url: string | null;
  image_alt: ColumnType<string, string | undefined, string>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The catalog schema's tables, as the catalog's own code sees them. */
export interface CatalogTables {
  product: ProductTable;
}

export type ProductRow = Selectable<ProductTable>;

/** Narrows the process's database handle to the catalog schema. Only catalog code calls this. */
export function catalogDb(db: Database): Kysely<CatalogTables> {
  return db.withSchema('catalog') as Kysely<CatalogTables>;
}
