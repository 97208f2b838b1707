import { EmptyState } from '@emporium/ui';
import { Link } from 'react-router';
import { ProductListing } from '../catalog/product-listing';
import { useListing } from '../catalog/use-listing';
import { useDocumentTitle } from '../lib/use-document-title';

/** Search results: the category listing with search text, relevance order and matches marked in the titles. */
export function SearchPage() {
  const listing = useListing();
  const query = listing.state.q;
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  return (
    <section className="page-section" aria-labelledby="search-heading">
      <h1 id="search-heading">{query ? `Results for “${query}”` : 'Search'}</h1>
      {query ? (
        <ProductListing {...listing} label="Search results" />
      ) : (
        <EmptyState title="What are you looking for?" action={<Link to="/products">Browse all products</Link>}>
          <p>Type a word in the search box above — a product name, a material, a colour.</p>
        </EmptyState>
      )}
    </section>
  );
}
