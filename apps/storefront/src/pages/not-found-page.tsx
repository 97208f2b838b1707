import { EmptyState, buttonClassName } from '@emporium/ui';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="page-section" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <EmptyState
        title="There’s nothing at this address"
        action={
          <Link to="/" className={buttonClassName()}>
            Go to the home page
          </Link>
        }
      >
        <p>The link may be broken, or the page may have moved.</p>
      </EmptyState>
    </section>
  );
}
