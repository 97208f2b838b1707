import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { byUrgency } from '../inventory/stock-labels';
import { StockStatusBadge } from '../inventory/stock-status-badge';
import { adminPaths } from '../lib/admin-paths';

const SHOWN = 8;
/** Follows stock as the alerts page does: the inventory updates alerts from its own events, so look again now and then. */
const REFRESH_MS = 30_000;

/** The most urgent stock alerts (out of stock first, then low), from the inventory service's staff alerts. */
export function LowStockSection() {
  const alerts = trpc.inventory.admin.alerts.useQuery({ limit: 100 }, { staleTime: 0, refetchInterval: REFRESH_MS });
  return (
    <AdminSection title="Low-stock alerts" actions={<Link to={adminPaths.stockAlerts}>All stock alerts</Link>}>
      <Loaded query={alerts} lines={4}>
        {(list) =>
          list.length === 0 ? (
            <p className="admin-muted">No SKU is out of stock or at its low-stock threshold.</p>
          ) : (
            <>
              <ListTable caption="Stock alerts, out of stock first" columns={['SKU', 'Status', { label: 'Available', numeric: true }, { label: 'Threshold', numeric: true }]}>
                {byUrgency(list)
                  .slice(0, SHOWN)
                  .map((alert) => (
                    <tr key={alert.sku}>
                      <RowHeader to={adminPaths.sku(alert.sku)} title={alert.sku} />
                      <td>
                        <StockStatusBadge status={alert.status} />
                      </td>
                      <td className="admin-table__number">{alert.available}</td>
                      <td className="admin-table__number">{alert.lowStockThreshold}</td>
                    </tr>
                  ))}
              </ListTable>
              {list.length > SHOWN && (
                <p className="admin-page__meta">
                  {list.length >= 100 ? 'More than 100' : list.length} SKUs need attention; the {SHOWN} most urgent are shown.
                </p>
              )}
            </>
          )
        }
      </Loaded>
    </AdminSection>
  );
}
