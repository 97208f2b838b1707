import { QueryError } from '../app/query-error';
import { useShopCurrency } from '../lib/shop-currency-context';
import { trpc } from '../trpc';
import { ProductGrid } from './product-grid';
import { ProductGridSkeleton } from './product-grid-skeleton';

/** Other products from the same categories. Left out when there are none. */
export function RelatedProducts({ slug }: { readonly slug: string }) {
  const { currency } = useShopCurrency();
  const related = trpc.catalog.products.related.useQuery({ slug, currency });
  if (related.isSuccess && related.data.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby="related-heading">
      <h2 id="related-heading" className="related__title">
        Related products
      </h2>
      {related.isPending ? (
        <ProductGridSkeleton count={4} />
      ) : related.isError ? (
        <QueryError error={related.error} onRetry={() => void related.refetch()} retrying={related.isFetching} />
      ) : (
        <ProductGrid products={related.data} headingLevel={3} label="Related products" />
      )}
    </section>
  );
}
