import { EmptyState } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { isNotFound } from '../lib/api-error';
import { SHOP_CURRENCY } from '../lib/shop-currency';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProductDetailSkeleton } from '../products/product-detail-skeleton';
import { ProductView } from '../products/product-view';
import { trpc } from '../trpc';

export function ProductPage() {
  // The route is /products/:slug, so the param is always there; the fallback only satisfies the type.
  const { slug = '' } = useParams();
  const product = trpc.catalog.products.bySlug.useQuery({ slug, currency: SHOP_CURRENCY });
  const missing = product.isLoadingError && isNotFound(product.error);
  const failed = product.isLoadingError && !missing;
  useDocumentTitle(product.data?.title ?? (missing ? 'Product not found' : failed ? 'Product unavailable' : undefined));

  if (product.isPending) return <ProductDetailSkeleton />;
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
