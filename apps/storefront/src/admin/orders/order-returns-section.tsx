import { Badge, Button, formatMoney } from '@emporium/ui';
import { AdminSection } from '../components/admin-page';
import { formatDateTime } from '../lib/dates';
import { humanize, returnStatusWord } from './order-labels';
import type { StaffOrder, StaffReturnRequest } from './order-types';

/** The customer's return requests: what comes back and why, and "Receive return" for those not yet in. */
export function OrderReturnsSection({ order, onReceive }: { readonly order: StaffOrder; readonly onReceive: (request: StaffReturnRequest) => void }) {
  if (order.returns.length === 0) return null;
  const titleOf = (lineId: string) => order.lines.find((line) => line.lineId === lineId)?.title ?? lineId;
  return (
    <AdminSection title={`Returns (${order.returns.length})`}>
      <ul className="admin-cards">
        {order.returns.map((request, index) => {
          const status = returnStatusWord(request.status);
          return (
            <li key={request.id} className="admin-card">
              <p className="admin-card__title">
                Return requested {formatDateTime(request.createdAt)} <Badge tone={status.tone}>{status.label}</Badge>
              </p>
              <ul className="admin-plain-list">
                {request.lines.map((line) => (
                  <li key={line.lineId}>
                    {line.quantity} × {titleOf(line.lineId)} <span className="admin-muted">· {humanize(line.reason)}</span>
                    {line.note && <span className="admin-table__secondary">“{line.note}”</span>}
                  </li>
                ))}
              </ul>
              {request.receivedAt && <p className="admin-muted">Received {formatDateTime(request.receivedAt)}</p>}
              {request.refundAmount !== null && request.refundAmount !== undefined && <p>Refunded {formatMoney(request.refundAmount, order.currency)}</p>}
              {request.status === 'requested' && (
                <Button size="sm" aria-label={order.returns.length > 1 ? `Receive return ${index + 1}` : 'Receive return'} onClick={() => onReceive(request)}>
                  Receive return
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </AdminSection>
  );
}
