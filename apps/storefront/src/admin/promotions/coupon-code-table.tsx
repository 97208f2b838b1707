import { Badge, Button } from '@emporium/ui';
import { trpc } from '../../trpc';
import type { CouponBatch, CouponCodeRow } from './promotion-types';
import { usesLabel } from './promotion-labels';
import { usePromotionEdits } from './use-promotion-edits';

export interface CouponCodeTableProps {
  readonly codes: readonly CouponCodeRow[];
  readonly batches: readonly CouponBatch[];
  readonly busy: boolean;
  readonly caption: string;
}

/** One row a code: how often it was used against its limit, whether it works, the batch it came in. */
export function CouponCodeTable({ codes, batches, busy, caption }: CouponCodeTableProps) {
  const edits = usePromotionEdits();
  const setActive = trpc.cart.admin.promotions.codes.setActive.useMutation({
    onSuccess: (code) => edits.saved(`Code ${code.code} ${code.active ? 'activated' : 'deactivated'}.`),
    onError: edits.failed,
  });
  const prefixes = new Map(batches.map((batch) => [batch.id, batch.prefix]));

  return (
    <div className="admin-table-wrap" aria-busy={busy}>
      <table className="admin-table admin-table--compact">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col" className="admin-table__number">
              Used
            </th>
            <th scope="col">Status</th>
            <th scope="col">Batch</th>
            <th scope="col">
              <span className="ui-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => {
            const pending = setActive.isPending && setActive.variables?.id === code.id;
            return (
              <tr key={code.id}>
                <th scope="row">
                  <code className="admin-code">{code.code}</code>
                </th>
                <td className="admin-table__number">{usesLabel(code.usedCount, code.usageLimit)}</td>
                <td>{code.active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Inactive</Badge>}</td>
                <td>{code.batchId === null ? <span className="admin-muted">Single code</span> : prefixes.get(code.batchId) || 'No prefix'}</td>
                <td className="admin-table__actions">
                  <Button variant="ghost" size="sm" loading={pending} onClick={() => setActive.mutate({ id: code.id, active: !code.active })}>
                    {code.active ? 'Deactivate' : 'Activate'}
                    <span className="ui-visually-hidden"> {code.code}</span>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
