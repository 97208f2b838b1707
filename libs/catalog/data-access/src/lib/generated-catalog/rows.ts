import type { Insertable } from 'kysely';
import type {
  OptionValueTable,
  PriceTable,
  ProductAttributeTable,
  ProductCategoryTable,
  ProductImageTable,
  ProductOptionTable,
  ProductTable,
  VariantAvailabilityTable,
  VariantOptionValueTable,
  VariantTable,
} from '../catalog.tables';
import { generatedId } from './ids';
import type { GeneratedProduct } from './types';

type WithId<T> = Insertable<T> & { id: string };

/** A batch of generated products as the rows of each catalog table. */
export interface ProductRows {
  readonly products: Array<WithId<ProductTable>>;
  readonly options: Array<WithId<ProductOptionTable>>;
  readonly optionValues: Array<WithId<OptionValueTable>>;
  readonly variants: Array<WithId<VariantTable>>;
  readonly variantOptionValues: Array<Insertable<VariantOptionValueTable>>;
  readonly prices: Array<Insertable<PriceTable>>;
  readonly productCategories: Array<Insertable<ProductCategoryTable>>;
  readonly images: Array<WithId<ProductImageTable>>;
  readonly attributes: Array<Insertable<ProductAttributeTable>>;
  readonly soldOut: Array<Insertable<VariantAvailabilityTable>>;
}

const MINUTE = 60_000;

/** Turns products into rows with ids derived from their slugs and SKUs; creation times count back from `now`. */
export function buildProductRows(products: readonly GeneratedProduct[], now: Date): ProductRows {
  const rows: ProductRows = {
    products: [],
    options: [],
    optionValues: [],
    variants: [],
    variantOptionValues: [],
    prices: [],
    productCategories: [],
    images: [],
    attributes: [],
    soldOut: [],
  };
  for (const product of products) {
    const productId = generatedId('product', product.slug);
    const createdAt = new Date(now.getTime() - product.ageMinutes * MINUTE);
    rows.products.push({
      id: productId,
      slug: product.slug,
      title: product.title,
      description: product.description,
      brand_id: generatedId('brand', product.brandSlug),
      status: product.status,
      seo_title: product.seoTitle,
      seo_description: product.seoDescription,
      published_at: product.status === 'active' ? createdAt : null,
      created_at: createdAt,
      updated_at: createdAt,
    });

    const valueIds = new Map<string, string>();
    for (const [optionPosition, option] of product.options.entries()) {
      const optionId = generatedId('option', `${product.slug}/${option.name}`);
      rows.options.push({ id: optionId, product_id: productId, name: option.name, position: optionPosition });
      for (const [valuePosition, value] of option.values.entries()) {
        const valueId = generatedId('option-value', `${product.slug}/${option.name}/${value}`);
        valueIds.set(`${option.name}\u0000${value}`, valueId);
        rows.optionValues.push({ id: valueId, option_id: optionId, value, position: valuePosition });
      }
    }

    for (const [position, variant] of product.variants.entries()) {
      const variantId = generatedId('variant', variant.sku);
      rows.variants.push({
        id: variantId,
        product_id: productId,
        sku: variant.sku,
        weight_grams: variant.weightGrams,
        barcode: variant.barcode,
        status: 'active',
        position,
        created_at: createdAt,
        updated_at: createdAt,
      });
      for (const [name, value] of Object.entries(variant.optionValues)) {
        const optionValueId = valueIds.get(`${name}\u0000${value}`);
        if (!optionValueId) throw new Error(`Variant ${variant.sku} names an unknown option value ${name}=${value}`);
        rows.variantOptionValues.push({ variant_id: variantId, option_value_id: optionValueId });
      }
      for (const price of variant.prices) {
        rows.prices.push({ variant_id: variantId, currency: price.currency, amount: price.amount, compare_at_amount: price.compareAtAmount });
      }
      if (!variant.inStock) rows.soldOut.push({ variant_id: variantId, in_stock: false });
    }

    for (const slug of product.categorySlugs) rows.productCategories.push({ product_id: productId, category_id: generatedId('category', slug) });
    for (const [position, image] of product.images.entries()) {
      rows.images.push({ id: generatedId('image', `${product.slug}/${position}`), product_id: productId, url: image.url, alt: image.alt, position });
    }
    for (const attribute of product.attributes) rows.attributes.push({ product_id: productId, name: attribute.name, value: attribute.value });
  }
  return rows;
}
