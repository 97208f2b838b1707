import { cx } from '@emporium/ui';
import { formatDateTime } from '../lib/dates';
import type { TimelineItem } from './payment-timeline';

/** The payment's history as one list, newest first; each attempt shows the idempotency key it was sent with. */
export function PaymentTimelineList({ items }: { readonly items: readonly TimelineItem[] }) {
  if (items.length === 0) return <p className="admin-muted">Nothing has happened to this payment yet.</p>;
  return (
    <ol className="admin-payment__timeline" aria-label="Payment timeline, newest first">
      {items.map((item) => (
        <li key={item.key} className={cx('admin-payment__event', `admin-payment__event--${item.source}`, item.outcome && `admin-payment__event--${item.outcome}`)}>
          <strong>{item.title}</strong>
          <span className="admin-table__secondary">
            <time dateTime={item.at}>{formatDateTime(item.at)}</time>
            {item.details.map((detail) => ` · ${detail}`).join('')}
          </span>
          {item.idempotencyKey && (
            <span className="admin-table__secondary">
              Idempotency key <code>{item.idempotencyKey}</code>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
