import { EmptyState, SkeletonText } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../lib/api-error';
import { productPath } from '../../lib/paths';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { LoadError } from '../components/problems';
import { StatusBadge } from '../components/status-badge';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { ProductAttributesSection } from './product-attributes-section';
import { ProductCategoriesSection } from './product-categories-section';
import { ProductDetailsSection } from './product-details-section';
import { detailsDraft } from './product-form';
import { ProductImagesSection } from './product-images-section';
import { ProductOptionsSection } from './product-options-section';
import { ProductStatusSection } from './product-status-section';
import { ProductVariantsSection } from './product-variants-section';

const back = { to: adminPaths.products, label: 'Products' };

/** One product with everything staff edit about it, each part saved on its own. */
export function ProductEditorPage() {
  const { id = '' } = useParams();
  const product = trpc.catalog.admin.products.get.useQuery({ id }, { staleTime: 0 });

  if (product.isPending) {
    return (
      <AdminPage title="Product" back={back}>
        <div aria-busy="true">
          <SkeletonText lines={10} />
        </div>
      </AdminPage>
    );
  }
  if (product.isError) {
    const missing = isNotFound(product.error) || product.error.data?.code === 'BAD_REQUEST';
    return (
      <AdminPage title={missing ? 'Product not found' : 'Product unavailable'} back={back}>
        {missing ? (
          <EmptyState title="There is no product with this id" action={<Link to={adminPaths.products}>Back to products</Link>} />
        ) : (
          <LoadError error={product.error} onRetry={() => void product.refetch()} retrying={product.isFetching} />
        )}
      </AdminPage>
    );
  }

  const data = product.data;
  return (
    <AdminPage
      title={data.title}
      documentTitle={`Edit ${data.title}`}
      back={back}
      actions={
        data.status === 'active' ? (
          <Link to={productPath(data.slug)} target="_blank" rel="noopener">
            View in shop<span className="ui-visually-hidden"> (opens in a new tab)</span>
          </Link>
        ) : undefined
      }
    >
      <p className="admin-page__meta">
        <StatusBadge status={data.status} /> <span>Last changed {formatDateTime(data.updatedAt)}</span>
      </p>
      <div className="admin-editor">
        <div className="admin-editor__main">
          {/* Keyed by the stored values, so a save (or someone else's) resets that form alone to what is stored now. */}
          <ProductDetailsSection key={JSON.stringify(detailsDraft(data))} product={data} />
          <ProductOptionsSection product={data} />
          <ProductVariantsSection product={data} />
          <ProductImagesSection product={data} />
          <ProductAttributesSection key={`attributes-${JSON.stringify(data.attributes)}`} product={data} />
        </div>
        <div className="admin-editor__side">
          <ProductStatusSection product={data} />
          <ProductCategoriesSection key={`categories-${data.categoryIds.join()}`} product={data} />
        </div>
      </div>
    </AdminPage>
  );
}
