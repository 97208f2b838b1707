import { sql } from 'kysely';
import type { ProductStatus, VariantStatus } from '@emporium/catalog-domain';
import type { CurrencyCode, Money } from '@emporium/money';
import type { Database } from '@emporium/platform-db';

/**
 * A variant as a cart prices, taxes and shows it. Whatever the statuses: a cart must learn that a line it holds can
 * no longer be bought (archived variant, product back in draft or archived) rather than lose it silently.
 */
export interface VariantForCart {
  readonly variantId: string;
  readonly productId: string;
  readonly productSlug: string;
  readonly sku: string;
  /** The product's title. */
  readonly title: string;
  /** Option name → value, in the product's option order; empty for a product without options. */
  readonly options: Readonly<Record<string, string>>;
  readonly variantStatus: VariantStatus;
  readonly productStatus: ProductStatus;
  /** The variant's price in the currency asked for; null when it has none there (prices are never converted). */
  readonly price: Money | null;
  readonly compareAtPrice: Money | null;
  /** The product's categories and all their ancestors (what a category-wide discount matches), sorted. */
  readonly categoryIds: readonly string[];
  readonly taxClass: string;
  readonly weightGrams: number;
  /** The product's first image. */
  readonly image: { readonly url: string; readonly alt: string } | null;
}

interface VariantForCartRow {
  variant_id: string;
  product_id: string;
  product_slug: string;
  sku: string;
  title: string;
  options: Record<string, string>;
  variant_status: VariantStatus;
  product_status: ProductStatus;
  amount: string | number | null;
  compare_at_amount: string | number | null;
  category_ids: string[];
  tax_class: string;
  weight_grams: number;
  image_url: string | null;
  image_alt: string | null;
}

function toVariantForCart(row: VariantForCartRow, currency: CurrencyCode): VariantForCart {
  return {
    variantId: row.variant_id,
    productId: row.product_id,
    productSlug: row.product_slug,
    sku: row.sku,
    title: row.title,
    options: row.options,
    variantStatus: row.variant_status,
    productStatus: row.product_status,
    price: row.amount === null ? null : { amount: Number(row.amount), currency },
    compareAtPrice: row.compare_at_amount === null ? null : { amount: Number(row.compare_at_amount), currency },
    categoryIds: row.category_ids,
    taxClass: row.tax_class,
    weightGrams: Number(row.weight_grams),
    image: row.image_url === null ? null : { url: row.image_url, alt: row.image_alt ?? '' },
  };
}

/**
 * The variants with these ids, each once, in the order the ids first appear; ids of no variant are left out. One
 * statement however many ids: options, categories (with ancestors, from each category's `path`) and the first image
 * are subqueries per found variant, and the price is the one in `currency` or none.
 */
export async function lookupVariantsForCart(db: Database, variantIds: readonly string[], currency: CurrencyCode): Promise<VariantForCart[]> {
  if (variantIds.length === 0) return [];
  const { rows } = await sql<VariantForCartRow>`
    WITH wanted AS (
      SELECT id, min(ordinal) AS ordinal FROM unnest(${[...variantIds]}::uuid[]) WITH ORDINALITY AS asked (id, ordinal) GROUP BY id
    )
    SELECT v.id AS variant_id, p.id AS product_id, p.slug AS product_slug, v.sku, p.title,
      v.status AS variant_status, p.status AS product_status, pr.amount, pr.compare_at_amount,
      p.tax_class, v.weight_grams,
      (SELECT coalesce(json_object_agg(o.name, ov.value ORDER BY o.position, o.name), '{}')
         FROM catalog.variant_option_value vov JOIN catalog.option_value ov ON ov.id = vov.option_value_id
         JOIN catalog.product_option o ON o.id = ov.option_id WHERE vov.variant_id = v.id) AS options,
      ARRAY(SELECT DISTINCT ancestor FROM catalog.product_category pc JOIN catalog.category c ON c.id = pc.category_id,
              unnest(c.path) AS ancestor WHERE pc.product_id = p.id ORDER BY ancestor) AS category_ids,
      image.url AS image_url, image.alt AS image_alt
    FROM wanted w
    JOIN catalog.variant v ON v.id = w.id
    JOIN catalog.product p ON p.id = v.product_id
    LEFT JOIN catalog.price pr ON pr.variant_id = v.id AND pr.currency = ${currency}
    LEFT JOIN LATERAL (SELECT i.url, i.alt FROM catalog.product_image i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) image ON true
    ORDER BY w.ordinal`.execute(db);
  return rows.map((row) => toVariantForCart(row, currency));
}
