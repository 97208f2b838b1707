import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';

export interface ExportedVariantRow {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly brand: string | null;
  readonly status: string;
  readonly tax_class: string;
  readonly categories: string[];
  readonly attributes: string[];
  readonly images: string[];
  readonly options: Array<{ name: string; value: string }>;
  readonly sku: string;
  readonly weight_grams: number;
  readonly barcode: string | null;
  readonly prices: Array<{ currency: string; amount: number; compare_at_amount: number | null }>;
}

/** Every variant of every product with its product's fields, in product then variant order: the CSV export's rows. */
export async function exportVariantRows(db: Database): Promise<ExportedVariantRow[]> {
  const { rows } = await sql<ExportedVariantRow>`
    SELECT p.slug, p.title, p.description, b.slug AS brand, p.status, p.tax_class,
      ARRAY(SELECT c.slug FROM catalog.product_category pc JOIN catalog.category c ON c.id = pc.category_id WHERE pc.product_id = p.id ORDER BY c.slug) AS categories,
      ARRAY(SELECT a.name || '=' || a.value FROM catalog.product_attribute a WHERE a.product_id = p.id ORDER BY a.name, a.value) AS attributes,
      ARRAY(SELECT i.url FROM catalog.product_image i WHERE i.product_id = p.id ORDER BY i.position) AS images,
      (SELECT coalesce(json_agg(json_build_object('name', o.name, 'value', ov.value) ORDER BY o.position), '[]')
         FROM catalog.variant_option_value vov JOIN catalog.option_value ov ON ov.id = vov.option_value_id
         JOIN catalog.product_option o ON o.id = ov.option_id WHERE vov.variant_id = v.id) AS options,
      v.sku, v.weight_grams, v.barcode,
      (SELECT coalesce(json_agg(json_build_object('currency', pr.currency, 'amount', pr.amount, 'compare_at_amount', pr.compare_at_amount) ORDER BY pr.currency), '[]')
         FROM catalog.price pr WHERE pr.variant_id = v.id) AS prices
    FROM catalog.product p
    JOIN catalog.variant v ON v.product_id = p.id AND v.status = 'active'
    LEFT JOIN catalog.brand b ON b.id = p.brand_id
    ORDER BY p.slug, v.position, v.sku`.execute(db);
  return rows;
}
