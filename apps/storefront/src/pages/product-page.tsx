import { Button, EmptyState } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { isNotFound } from '../lib/api-error';
import { currencyPlural, SHOP_CURRENCIES, type ShopCurrency } from '../lib/shop-currency';
import { useShopCurrency } from '../lib/shop-currency-context';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProductDetailSkeleton } from '../products/product-detail-skeleton';
import { ProductView } from '../products/product-view';
import { trpc } from '../trpc';

export function ProductPage() {
  // The route is /products/:slug, so the param is always there; the fallback only satisfies the type.
  const { slug = '' } = useParams();
  const { currency, setCurrency } = useShopCurrency();
  const product = trpc.catalog.products.bySlug.useQuery({ slug, currency });
  const unfound = product.isLoadingError && isNotFound(product.error);
  const elsewhere = useSoldElsewhere(slug, currency, unfound);
  const missing = unfound && !elsewhere.checking && elsewhere.product === null;
  const failed = product.isLoadingError && !unfound;
  useDocumentTitle(product.data?.title ?? elsewhere.product?.title ?? (missing ? 'Product not found' : failed ? 'Product unavailable' : undefined));

  if (product.isPending || (unfound && elsewhere.checking)) return <ProductDetailSkeleton />;
  if (elsewhere.product) {
    const { title, currency: soldIn } = elsewhere.product;
    return (
      <section className="page-section" aria-labelledby="product-heading">
        <h1 id="product-heading">{title}</h1>
        <EmptyState
          title={`Not sold in ${currencyPlural(currency)}`}
          action={
            <Button variant="secondary" onClick={() => setCurrency(soldIn)}>
              Show prices in {currencyPlural(soldIn)}
            </Button>
          }
        >
          <p>
            This product has no price in {currencyPlural(currency)} yet. <Link to="/products">Browse all products</Link>
          </p>
        </EmptyState>
      </section>
    );
  }
  if (missing) {
    return (
      <section className="page-section" aria-labelledby="not-found-heading">
        <h1 id="not-found-heading">Product not found</h1>
        <EmptyState title="We couldn’t find that product" action={<Link to="/products">Browse all products</Link>}>
          <p>It may have been renamed or be no longer available.</p>
        </EmptyState>
      </section>
    );
  }
  if (product.isLoadingError) {
    return (
      <section className="page-section" aria-labelledby="product-error-heading">
        <h1 id="product-error-heading">We couldn’t load this product</h1>
        <QueryError error={product.error} onRetry={() => void product.refetch()} retrying={product.isFetching} />
      </section>
    );
  }
  // Keyed by product, so moving to a related product starts its own choice of options and image.
  return <ProductView key={product.data.id} product={product.data} />;
}

interface SoldElsewhere {
  /** Still asking the other currencies. */
  readonly checking: boolean;
  /** The product in the first other currency it has prices in; null when none (or while checking). */
  readonly product: { readonly title: string; readonly currency: ShopCurrency } | null;
}

/**
 * The catalog does not find a product that has no price in the currency asked for — a wrong or made-up number is
 * never shown. When that happens, ask the shop's other currencies, so the page can say "not sold in euros" and
 * offer dollars instead of "not found" (the answer is cached: switching shows the product at once).
 */
function useSoldElsewhere(slug: string, currency: ShopCurrency, unfound: boolean): SoldElsewhere {
  const others = SHOP_CURRENCIES.map((option) => option.code).filter((code) => code !== currency);
  const probes = trpc.useQueries((t) => others.map((code) => t.catalog.products.bySlug({ slug, currency: code }, { enabled: unfound })));
  if (!unfound) return { checking: false, product: null };
  const found = probes.findIndex((probe) => probe.isSuccess);
  const soldIn = others[found];
  const title = probes[found]?.data?.title;
  if (soldIn !== undefined && title !== undefined) return { checking: false, product: { title, currency: soldIn } };
  return { checking: probes.some((probe) => probe.isLoading), product: null };
}
