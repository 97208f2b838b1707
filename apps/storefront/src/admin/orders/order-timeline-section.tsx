import { formatMoney } from '@emporium/ui';
import { AdminSection } from '../components/admin-page';
import { formatDateTime } from '../lib/dates';
import { actorLabel, timelineDetails, timelineKindLabel } from './order-labels';
import type { StaffOrder } from './order-types';
import { useStaffNames } from './use-staff-names';

/** Everything that happened to the order, newest first: what, who, when. */
export function OrderTimelineSection({ order }: { readonly order: StaffOrder }) {
  const money = (amount: number) => formatMoney(amount, order.currency);
  const staffName = useStaffNames(order.timeline.map((entry) => entry.actor));
  const entries = [...order.timeline].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime() || b.id - a.id);
  return (
    <AdminSection title="Timeline">
      {entries.length === 0 ? (
        <p className="admin-muted">Nothing recorded yet.</p>
      ) : (
        <ol className="admin-order-timeline" aria-label="What happened, newest first">
          {entries.map((entry) => {
            const details = timelineDetails(entry.details as Readonly<Record<string, unknown>>, money);
            return (
              <li key={entry.id}>
                <strong>{timelineKindLabel(entry.kind)}</strong>
                <span className="admin-table__secondary">
                  <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time> · {actorLabel(entry.actor, staffName(entry.actor))}
                </span>
                {details.length > 0 && <span className="admin-table__secondary">{details.join(' · ')}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </AdminSection>
  );
}
