import { EmptyState } from '@emporium/ui';
import { Link } from 'react-router';

export function CategoryNotFound() {
  return (
    <section className="page-section" aria-labelledby="category-not-found-heading">
      <h1 id="category-not-found-heading">Category not found</h1>
      <EmptyState title="We couldn’t find that category" action={<Link to="/products">Browse all products</Link>}>
        <p>It may have been renamed or removed.</p>
      </EmptyState>
    </section>
  );
}
