import { Button } from '@emporium/ui';
import { trpc } from '../../trpc';
import type { ProductStatus, PublishBlocker, StaffProduct } from '../admin-types';
import { AdminSection } from '../components/admin-page';
import { ProblemAlert } from '../components/problems';
import { StatusBadge } from '../components/status-badge';
import { errorDetails, errorReason } from '../lib/api-problems';
import { blockerText, statusActionLabel, statusLabel } from './product-form';
import { useProductEdits } from './use-product-edits';

function refusedBlockers(error: unknown): PublishBlocker[] {
  if (errorReason(error) !== 'CANNOT_PUBLISH') return [];
  const blockers = errorDetails(error)?.['blockers'];
  return Array.isArray(blockers) ? (blockers as PublishBlocker[]) : [];
}

/** Publish, archive, restore or unpublish — only the moves the rules allow, with what blocks publishing. */
export function ProductStatusSection({ product }: { readonly product: StaffProduct }) {
  const edits = useProductEdits();
  const setStatus = trpc.catalog.admin.products.setStatus.useMutation({
    onSuccess: (result) => edits.saved(`The product is now ${statusLabel(result.status).toLowerCase()}.`),
  });
  const blockers = setStatus.isError && refusedBlockers(setStatus.error).length > 0 ? refusedBlockers(setStatus.error) : product.publishBlockers;
  const canGoLive = product.nextStatuses.includes('active');

  return (
    <AdminSection title="Status">
      <p>
        <StatusBadge status={product.status} />{' '}
        {product.status === 'active' ? 'Shoppers can find and buy it.' : product.status === 'draft' ? 'Only staff can see it.' : 'Hidden from the shop.'}
      </p>
      {canGoLive && blockers.length > 0 && (
        <div className="admin-alert admin-alert--warning">
          <p className="admin-alert__title">Before it can go live:</p>
          <ul>
            {blockers.map((blocker, index) => (
              <li key={index}>{blockerText(blocker)}</li>
            ))}
          </ul>
        </div>
      )}
      {setStatus.isError && refusedBlockers(setStatus.error).length === 0 && <ProblemAlert error={setStatus.error} />}
      <div className="admin-button-row">
        {product.nextStatuses.map((status: ProductStatus) => (
          <Button
            key={status}
            variant={status === 'active' ? 'primary' : 'secondary'}
            loading={setStatus.isPending && setStatus.variables.status === status}
            disabled={setStatus.isPending || (status === 'active' && product.publishBlockers.length > 0)}
            onClick={() => setStatus.mutate({ id: product.id, status })}
          >
            {statusActionLabel(product.status, status)}
          </Button>
        ))}
      </div>
    </AdminSection>
  );
}
