import { Button, EmptyState } from '@emporium/ui';
import { Link } from 'react-router';
import { QueryError } from '../app/query-error';
import { countLabel } from '../lib/count-label';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProductGrid } from '../products/product-grid';
import { ProductGridSkeleton } from '../products/product-grid-skeleton';
import { trpc } from '../trpc';

const PAGE_SIZE = 12;

/** Every product, a page at a time, with a "Show more" button rather than endless scrolling. */
export function ProductsPage() {
  useDocumentTitle('All products');
  return (
    <section className="page-section" aria-labelledby="products-heading">
      <h1 id="products-heading">All products</h1>
      <ProductList />
    </section>
  );
}

function ProductList() {
  const list = trpc.catalog.products.list.useInfiniteQuery(
    { limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor },
  );
  if (list.isPending) return <ProductGridSkeleton count={PAGE_SIZE} />;
  if (list.isLoadingError) return <QueryError error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;

  const products = list.data.pages.flatMap((page) => page.items);
  if (products.length === 0) {
    return (
      <EmptyState title="No products yet" action={<Link to="/">Back to the home page</Link>}>
        <p>The shelves are being stocked. Please check back soon.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ProductGrid products={products} headingLevel={2} label="Products" />
      <div className="load-more">
        <p className="load-more__count" role="status">
          Showing {countLabel(products.length, 'product', 'products')}
        </p>
        {list.hasNextPage && (
          <Button variant="secondary" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Show more
          </Button>
        )}
        {list.isFetchNextPageError && <QueryError error={list.error} onRetry={() => void list.fetchNextPage()} />}
      </div>
    </>
  );
}
