import { EmptyState } from '@emporium/ui';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { byUrgency } from './stock-labels';
import { StockStatusBadge } from './stock-status-badge';

const LIMIT = 500;
/** The list follows stock changes a moment after they happen; while it is open it looks again now and then. */
const REFRESH_MS = 10_000;

/** SKUs out of stock or at their low-stock threshold: out of stock first, then low, newest first within each. */
export function AlertsPage() {
  const alerts = trpc.inventory.admin.alerts.useQuery({ limit: LIMIT }, { staleTime: 0, refetchInterval: REFRESH_MS });
  return (
    <AdminPage title="Low-stock alerts" back={{ to: adminPaths.inventory, label: 'Inventory' }}>
      <Loaded query={alerts} lines={6}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No stock alerts" action={<Link to={adminPaths.inventory}>See all stock</Link>}>
              <p>Every tracked SKU has more units available than its low-stock threshold.</p>
            </EmptyState>
          ) : (
            <>
              <p className="admin-page__meta">
                Available is the figure when the alert was last updated; open a SKU for its live levels.
                {list.length >= LIMIT && ` Showing the ${LIMIT} most urgent.`}
              </p>
              <ListTable
                caption="Stock alerts, out of stock first, then low stock"
                columns={['SKU', 'Status', { label: 'Available', numeric: true }, { label: 'Threshold', numeric: true }, 'Raised', 'Last change']}
              >
                {byUrgency(list).map((alert) => (
                  <tr key={alert.sku}>
                    <RowHeader to={adminPaths.sku(alert.sku)} title={alert.sku} />
                    <td>
                      <StockStatusBadge status={alert.status} />
                    </td>
                    <td className="admin-table__number">{alert.available}</td>
                    <td className="admin-table__number">{alert.lowStockThreshold}</td>
                    <td>{formatDateTime(alert.raisedAt)}</td>
                    <td>{formatDateTime(alert.changedAt)}</td>
                  </tr>
                ))}
              </ListTable>
            </>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
