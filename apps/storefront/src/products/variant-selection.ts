import { findVariant, type OptionAvailability, type OptionSelection, selectableValues, type VariantChoice } from '@emporium/catalog-domain';
import type { ProductDetail, ProductVariant } from './product-types';

type Product = Pick<ProductDetail, 'options' | 'variants'>;

/** The product's variants as the picker rules see them; the API sends only variants on sale, so all are active. */
function choices(variants: readonly ProductVariant[]): Array<VariantChoice & { readonly variant: ProductVariant }> {
  return variants.map((variant) => ({ optionValues: variant.options, status: 'active', inStock: variant.inStock, variant }));
}

/** The variant a `?variant=` SKU names (SKUs are unique whatever their case), or null. */
export function variantBySku(product: Product, sku: string | null): ProductVariant | null {
  if (!sku) return null;
  const wanted = sku.toUpperCase();
  return product.variants.find((variant) => variant.sku.toUpperCase() === wanted) ?? null;
}

/**
 * What the picker starts with: the variant in the URL, or the only variant there is. Otherwise nothing is chosen —
 * guessing a size for the shopper would show a price and stock they never asked for.
 */
export function initialSelection(product: Product, sku: string | null): OptionSelection {
  const named = variantBySku(product, sku);
  if (named) return named.options;
  const [only, ...others] = product.variants;
  return only && others.length === 0 ? only.options : {};
}

/** The variant the selection pins down, or null while an option is still unchosen or the combination does not exist. */
export function selectedVariant(product: Product, selection: OptionSelection): ProductVariant | null {
  const complete = product.options.every((option) => selection[option.name] !== undefined);
  if (!complete) return null;
  const chosen = Object.fromEntries(product.options.map((option) => [option.name, selection[option.name] ?? '']));
  return findVariant(choices(product.variants), chosen)?.variant ?? null;
}

/** For each option value: can it be picked, is it sold out, or does no variant have it with the other choices. */
export function optionAvailability(product: Product, selection: OptionSelection): OptionAvailability[] {
  return selectableValues(product.options, choices(product.variants), selection);
}

/** The options still to choose, for "Choose a size". */
export function missingOptions(product: Product, selection: OptionSelection): string[] {
  return product.options.filter((option) => selection[option.name] === undefined).map((option) => option.name);
}
