import { Button, EmptyState } from '@emporium/ui';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { countLabel } from '../lib/count-label';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProductGrid } from '../products/product-grid';
import { ProductGridSkeleton } from '../products/product-grid-skeleton';
import { trpc } from '../trpc';

const PAGE_SIZE = 12;

/** Products whose title or description holds every word searched for, a page at a time. */
export function SearchPage() {
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q')?.trim().slice(0, 200) ?? '';
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  return (
    <section className="page-section" aria-labelledby="search-heading">
      <h1 id="search-heading">{query ? `Results for “${query}”` : 'Search'}</h1>
      {query ? (
        <SearchResults key={query} query={query} />
      ) : (
        <EmptyState title="What are you looking for?" action={<Link to="/products">Browse all products</Link>}>
          <p>Type a word in the search box above — a product name, a material, a colour.</p>
        </EmptyState>
      )}
    </section>
  );
}

function SearchResults({ query }: { query: string }) {
  const results = trpc.catalog.products.list.useInfiniteQuery({ limit: PAGE_SIZE, q: query }, { getNextPageParam: (page) => page.nextCursor });
  if (results.isPending) return <ProductGridSkeleton count={PAGE_SIZE} />;
  if (results.isLoadingError) return <QueryError error={results.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />;

  const products = results.data.pages.flatMap((page) => page.items);
  if (products.length === 0) {
    return (
      <EmptyState title={`Nothing matches “${query}”`} action={<Link to="/products">Browse all products</Link>}>
        <p>Check the spelling, or try a shorter or more general word.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ProductGrid products={products} headingLevel={2} label="Search results" />
      <div className="load-more">
        <p className="load-more__count" role="status">
          {countLabel(products.length, 'product', 'products')}
          {results.hasNextPage ? ' so far' : ''}
        </p>
        {results.hasNextPage && (
          <Button variant="secondary" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            Show more
          </Button>
        )}
        {results.isFetchNextPageError && <QueryError error={results.error} onRetry={() => void results.fetchNextPage()} />}
      </div>
    </>
  );
}
