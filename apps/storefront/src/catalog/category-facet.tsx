import { Link } from 'react-router';
import { FacetCount } from './facet-count';
import { type CategoryFacetNode } from './facet-choices';
import { FacetSection } from './facet-section';

export interface CategoryFacetProps {
  readonly nodes: readonly CategoryFacetNode[];
  readonly hrefFor: (slug: string) => string;
  /** Where "All categories" leads, when a search is narrowed to a category; absent otherwise. */
  readonly clearHref?: string;
}

/** Subcategories as nested links with counts: moving into a category is navigation, not a checkbox. */
export function CategoryFacet({ nodes, hrefFor, clearHref }: CategoryFacetProps) {
  if (nodes.length === 0 && !clearHref) return null;
  return (
    <FacetSection title="Category" kind="section">
      {clearHref && (
        <Link to={clearHref} className="facet__clear-link">
          ‹ All categories
        </Link>
      )}
      <CategoryList nodes={nodes} hrefFor={hrefFor} />
    </FacetSection>
  );
}

function CategoryList({ nodes, hrefFor }: Pick<CategoryFacetProps, 'nodes' | 'hrefFor'>) {
  if (nodes.length === 0) return null;
  return (
    <ul className="category-facet">
      {nodes.map((node) => (
        <li key={node.slug}>
          <Link to={hrefFor(node.slug)} className="category-facet__link">
            <span className="category-facet__name">{node.name}</span>
            <span className="category-facet__count">
              <FacetCount count={node.count} />
            </span>
          </Link>
          <CategoryList nodes={node.children} hrefFor={hrefFor} />
        </li>
      ))}
    </ul>
  );
}
