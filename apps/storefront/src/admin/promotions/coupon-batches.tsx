import { Button } from '@emporium/ui';
import { formatDateTime } from '../lib/dates';
import { batchLabel } from './code-inputs';
import type { CouponBatch } from './promotion-types';
import { useBatchDownload } from './use-batch-download';

/** The promotion's batches, newest first, each downloadable again as CSV. */
export function CouponBatches({ batches }: { readonly batches: readonly CouponBatch[] }) {
  const downloads = useBatchDownload();
  if (batches.length === 0) return null;
  return (
    <div>
      <h3 className="admin-add-form__title">Batches</h3>
      <ul className="admin-plain-list admin-search-results" aria-label="Batches">
        {batches.map((batch) => (
          <li key={batch.id} className="admin-picker-result">
            <span>
              {batchLabel(batch)} <span className="admin-muted">{formatDateTime(batch.createdAt)}</span>
            </span>
            <Button variant="secondary" size="sm" loading={downloads.busy === batch.id} onClick={() => downloads.download(batch.id)}>
              Download CSV<span className="ui-visually-hidden"> of {batchLabel(batch)}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
