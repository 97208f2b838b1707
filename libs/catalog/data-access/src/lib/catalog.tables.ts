import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { ProductStatus } from '@emporium/catalog-domain';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface BrandTable {
  id: Generated<string>;
  slug: string;
  name: string;
}

export interface ProductTable {
  id: Generated<string>;
  slug: string;
  title: string;
  description: Defaulted<string>;
  brand_id: string | null;
  status: Defaulted<ProductStatus>;
  seo_title: string | null;
  seo_description: string | null;
  /** Which tax rate applies (migration 0005); `standard` unless staff chose another. */
  tax_class: Defaulted<string>;
  published_at: Date | null;
  /** tsvector, written by `refreshSearchDocuments`; never read as a value. */
  search_document: ColumnType<string, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductOptionTable {
  id: Generated<string>;
  product_id: string;
  name: string;
  position: Defaulted<number>;
}

export interface OptionValueTable {
  id: Generated<string>;
  option_id: string;
  value: string;
  position: Defaulted<number>;
}

export interface VariantTable {
  id: Generated<string>;
  product_id: string;
  sku: string;
  weight_grams: Defaulted<number>;
  barcode: string | null;
  status: Defaulted<'active' | 'archived'>;
  position: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VariantOptionValueTable {
  variant_id: string;
  option_value_id: string;
}

export interface PriceTable {
  variant_id: string;
  currency: string;
  amount: number;
  compare_at_amount: number | null;
}

export interface CategoryTable {
  id: Generated<string>;
  parent_id: string | null;
  slug: string;
  name: string;
  description: Defaulted<string>;
  position: Defaulted<number>;
  path: string[];
}

export interface ProductCategoryTable {
  product_id: string;
  category_id: string;
}

export interface CollectionTable {
  id: Generated<string>;
  slug: string;
  title: string;
  description: Defaulted<string>;
  position: Defaulted<number>;
}

export interface CollectionProductTable {
  collection_id: string;
  product_id: string;
  position: Defaulted<number>;
}

export interface ProductImageTable {
  id: Generated<string>;
  product_id: string;
  url: string;
  alt: Defaulted<string>;
  position: Defaulted<number>;
}

export interface ProductAttributeTable {
  product_id: string;
  name: string;
  value: string;
}

export interface ListingEntryTable {
  product_id: string;
  currency: string;
  slug: string;
  title: string;
  brand_id: string | null;
  brand_name: string | null;
  image_url: string | null;
  image_alt: string | null;
  min_amount: number;
  max_amount: number;
  in_stock: boolean;
  created_at: Date;
  category_ids: string[];
  collection_ids: string[];
  option_pairs: string[];
  stock_option_pairs: string[];
  attribute_pairs: string[];
  search_document: ColumnType<string, never, never>;
}

export interface SearchTermTable {
  term: string;
}

export interface VariantAvailabilityTable {
  variant_id: string;
  in_stock: boolean;
  updated_at: Timestamp;
}

/** The catalog schema's tables, as the catalog's own code sees them. */
export interface CatalogTables {
  brand: BrandTable;
  product: ProductTable;
  product_option: ProductOptionTable;
  option_value: OptionValueTable;
  variant: VariantTable;
  variant_option_value: VariantOptionValueTable;
  price: PriceTable;
  category: CategoryTable;
  product_category: ProductCategoryTable;
  collection: CollectionTable;
  collection_product: CollectionProductTable;
  product_image: ProductImageTable;
  product_attribute: ProductAttributeTable;
  variant_availability: VariantAvailabilityTable;
  search_term: SearchTermTable;
  listing_entry: ListingEntryTable;
}

export type ProductRow = Selectable<ProductTable>;

/** Narrows the process's database handle to the catalog schema. Only catalog code calls this. */
export function catalogDb(db: Database): Kysely<CatalogTables> {
  return db.withSchema('catalog') as Kysely<CatalogTables>;
}
