import { EmptyState } from '@emporium/ui';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

/** The catalog has no search yet (issue #3); this page says so plainly instead of pretending to search. */
export function SearchPage() {
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q')?.trim() ?? '';
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  return (
    <section className="page-section" aria-labelledby="search-heading">
      <h1 id="search-heading">{query ? `Search results for “${query}”` : 'Search'}</h1>
      <EmptyState title="Search is coming with the full catalog (issue #3)" action={<Link to="/products">Browse all products</Link>}>
        <p>Until then, every product is one click away in the full list.</p>
      </EmptyState>
    </section>
  );
}
