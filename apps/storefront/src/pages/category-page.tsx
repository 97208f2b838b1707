import { isValidSlug } from '@emporium/catalog-domain';
import { Skeleton } from '@emporium/ui';
import { useParams } from 'react-router';
import { Breadcrumb } from '../app/breadcrumb';
import { QueryError } from '../app/query-error';
import { categoryTrail } from '../catalog/category-trail';
import { CategoryNotFound } from '../catalog/category-not-found';
import { categoryPath } from '../catalog/listing-url';
import { ProductListing } from '../catalog/product-listing';
import { useListing } from '../catalog/use-listing';
import { isNotFound } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { trpc } from '../trpc';

/** A category's products, its subcategories included, at /c/:slug. */
export function CategoryPage() {
  // The route is /c/:slug, so the param is always there; the fallback only satisfies the type.
  const { slug = '' } = useParams();
  const valid = isValidSlug(slug);
  const category = trpc.catalog.categories.bySlug.useQuery({ slug }, { enabled: valid });
  const tree = trpc.catalog.categories.tree.useQuery();
  const listing = useListing(slug);
  const missing = !valid || (category.isLoadingError && isNotFound(category.error));
  useDocumentTitle(category.data?.name ?? (missing ? 'Category not found' : undefined));

  if (missing) return <CategoryNotFound />;
  if (category.isLoadingError) {
    return (
      <section className="page-section" aria-labelledby="category-error-heading">
        <h1 id="category-error-heading">We couldn’t load this category</h1>
        <QueryError error={category.error} onRetry={() => void category.refetch()} retrying={category.isFetching} />
      </section>
    );
  }

  // The trail ends at this category, which the breadcrumb shows as the current page rather than a link.
  const above = categoryTrail(tree.data ?? [], slug).slice(0, -1);
  return (
    <section className="page-section" aria-labelledby="category-heading" aria-busy={category.isPending || undefined}>
      {category.data && <Breadcrumb trail={above.map((step) => ({ name: step.name, href: categoryPath(step.slug) }))} current={category.data.name} />}
      <h1 id="category-heading">{category.data?.name ?? <Skeleton width="12rem" height="2.25rem" />}</h1>
      {category.data?.description && <p className="category-description">{category.data.description}</p>}
      <ProductListing {...listing} label={category.data ? `${category.data.name} products` : 'Products'} />
    </section>
  );
}
