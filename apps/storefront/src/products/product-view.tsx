import { type OptionSelection } from '@emporium/catalog-domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Breadcrumb } from '../app/breadcrumb';
import { AddToCartButton } from '../cart/add-to-cart-button';
import { lineName } from '../cart/line-name';
import { categoryPath } from '../catalog/listing-url';
import { AttributeTable } from './attribute-table';
import { ProductDescription } from './product-description';
import { ProductGallery } from './product-gallery';
import { type ProductDetail } from './product-types';
import { PurchaseSummary } from './purchase-summary';
import { RelatedProducts } from './related-products';
import { initialSelection, missingOptions, selectedVariant, variantBySku } from './variant-selection';
import { VariantPicker } from './variant-picker';

/** The URL parameter holding the chosen variant's SKU, so a reload or a shared link keeps the choice. */
export const VARIANT_PARAM = 'variant';

/** A product's page once it has loaded: gallery, choices, price and stock of the choice, details, related products. */
export function ProductView({ product }: { readonly product: ProductDetail }) {
  const [params, setParams] = useSearchParams();
  const sku = params.get(VARIANT_PARAM);
  // A half-made choice (a size but no colour yet) names no SKU, so it lives here until it is complete.
  const [partial, setPartial] = useState<OptionSelection>(() => initialSelection(product, sku));
  const fromUrl = variantBySku(product, sku);
  const selection = fromUrl ? fromUrl.options : partial;
  const variant = selectedVariant(product, selection);

  function choose(option: string, value: string) {
    const next = { ...selection, [option]: value };
    const chosen = selectedVariant(product, next);
    setPartial(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (chosen) updated.set(VARIANT_PARAM, chosen.sku);
        else updated.delete(VARIANT_PARAM);
        return updated;
      },
      // Picking a size is not a page to go Back to: Back returns to wherever the shopper came from.
      { replace: true, preventScrollReset: true, flushSync: true },
    );
  }

  return (
    <>
      <Breadcrumb
        trail={
          product.breadcrumb.length > 0
            ? product.breadcrumb.map((category) => ({ name: category.name, href: categoryPath(category.slug) }))
            : [{ name: 'All products', href: '/products' }]
        }
        current={product.title}
      />
      <article className="product-detail">
        <ProductGallery title={product.title} images={product.images} />
        <div className="product-detail__info">
          {product.brand && <p className="product-detail__brand">{product.brand}</p>}
          <h1 className="product-detail__title">{product.title}</h1>
          <PurchaseSummary product={product} variant={variant} missing={missingOptions(product, selection)} />
          <VariantPicker product={product} selection={selection} onChoose={choose} />
          <AddToCartButton variant={variant} itemName={lineName({ title: product.title, options: variant?.options ?? {} })} />
          <ProductDescription text={product.description} />
          <AttributeTable attributes={product.attributes} />
        </div>
      </article>
      <RelatedProducts slug={product.slug} />
    </>
  );
}
