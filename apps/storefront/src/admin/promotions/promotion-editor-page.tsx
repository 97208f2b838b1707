import { EmptyState, SkeletonText } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../lib/api-error';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { LoadError } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { CouponCodesSection } from './coupon-codes-section';
import { discountSummary } from './discount-summary';
import { PromotionActiveButton } from './promotion-active-button';
import { promotionDraft } from './promotion-draft';
import { PromotionForm } from './promotion-form';
import { usesLabel } from './promotion-labels';
import { PromotionStatusBadge } from './promotion-status-badge';

const back = { to: adminPaths.promotions, label: 'Promotions' };

/** `/admin/promotions/new` and `/admin/promotions/:id`: a promotion's rules, and the codes of one that takes codes. */
export function PromotionEditorPage() {
  const { id } = useParams();
  if (id === undefined) {
    return (
      <AdminPage title="New promotion" back={back}>
        <PromotionForm />
        <p className="admin-muted admin-promotion-note">A promotion that takes coupon codes gets them once it is created: one at a time, or in batches.</p>
      </AdminPage>
    );
  }
  return <StoredPromotionPage id={id} />;
}

function StoredPromotionPage({ id }: { readonly id: string }) {
  const promotion = trpc.cart.admin.promotions.get.useQuery({ id }, { staleTime: 0 });

  if (promotion.isPending) {
    return (
      <AdminPage title="Promotion" back={back}>
        <div aria-busy="true">
          <SkeletonText lines={10} />
        </div>
      </AdminPage>
    );
  }
  if (promotion.isError) {
    const missing = isNotFound(promotion.error) || promotion.error.data?.code === 'BAD_REQUEST';
    return (
      <AdminPage title={missing ? 'Promotion not found' : 'Promotion unavailable'} back={back}>
        {missing ? (
          <EmptyState title="There is no promotion with this id" action={<Link to={adminPaths.promotions}>Back to promotions</Link>} />
        ) : (
          <LoadError error={promotion.error} onRetry={() => void promotion.refetch()} retrying={promotion.isFetching} />
        )}
      </AdminPage>
    );
  }

  const data = promotion.data;
  // Keyed by the stored rules (not whether it is active, which its own button changes), so a save resets the form
  // to what is stored while switching it on or off leaves unsaved edits alone.
  const { active: _active, ...rules } = promotionDraft(data);
  return (
    <AdminPage title={data.name} documentTitle={`Edit ${data.name}`} back={back} actions={<PromotionActiveButton promotion={data} />}>
      <p className="admin-page__meta">
        <PromotionStatusBadge status={data.status} />
        <span>{discountSummary(data.discount)}</span>
        {data.trigger === 'code' && (
          <>
            <span aria-hidden="true">·</span>
            <span>Used {usesLabel(data.usedCount, data.usageLimit)}</span>
          </>
        )}
        <span aria-hidden="true">·</span>
        <span>Last changed {formatDateTime(data.updatedAt)}</span>
      </p>
      <PromotionForm key={JSON.stringify(rules)} promotion={data} />
      {data.trigger === 'code' ? (
        <CouponCodesSection promotion={data} />
      ) : (
        data.codeCount === 0 && <p className="admin-muted admin-promotion-note">An automatic promotion takes no coupon codes: it applies to every cart it fits.</p>
      )}
    </AdminPage>
  );
}
