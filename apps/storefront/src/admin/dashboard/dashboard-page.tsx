import '../orders/orders.css';
import { EmptyState, formatMoney } from '@emporium/ui';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage, AdminSection } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { OrderRowsTable } from '../orders/order-rows-table';
import type { OrderDashboard } from '../orders/order-types';
import { LowStockSection } from './low-stock-section';

/** Orders and revenue change with every checkout; the dashboard looks again while it is open. */
const REFRESH_MS = 30_000;

/** The admin's home: today's orders and revenue, the orders waiting for staff, the latest orders and the stock alerts. */
export function DashboardPage() {
  const dashboard = trpc.order.admin.dashboard.useQuery(undefined, { staleTime: 0, refetchInterval: REFRESH_MS });
  return (
    <AdminPage title="Dashboard">
      <Loaded query={dashboard} lines={6}>
        {(data) => <OrderFigures dashboard={data} />}
      </Loaded>
      <LowStockSection />
    </AdminPage>
  );
}

function OrderFigures({ dashboard }: { readonly dashboard: OrderDashboard }) {
  const { today, needingAction, recent } = dashboard;
  return (
    <>
      <dl className="admin-dashboard__figures" aria-label="Today, since midnight UTC">
        <div className="admin-dashboard__figure">
          <dt>Orders today</dt>
          <dd>{today.orders}</dd>
        </div>
        <div className="admin-dashboard__figure">
          <dt>Revenue today</dt>
          <dd>
            {today.revenue.length === 0 ? 'None yet' : today.revenue.map((entry) => <span key={entry.currency}>{formatMoney(entry.amount, entry.currency)}</span>)}
          </dd>
        </div>
        <div className="admin-dashboard__figure">
          <dt>Waiting to be fulfilled</dt>
          <dd>{needingAction.count}</dd>
        </div>
      </dl>
      <p className="admin-page__meta">“Today” starts at midnight UTC; revenue leaves out cancelled orders.</p>

      <AdminSection title="Orders needing action" description={needingAction.count > needingAction.orders.length ? `The ${needingAction.orders.length} oldest of ${needingAction.count}.` : undefined}>
        {needingAction.orders.length === 0 ? (
          <p className="admin-muted">Every open order is fulfilled.</p>
        ) : (
          <OrderRowsTable caption="Orders with units left to fulfil, oldest first" orders={needingAction.orders} />
        )}
      </AdminSection>

      <AdminSection title="Recent orders" actions={<Link to={adminPaths.orders}>All orders</Link>}>
        {recent.length === 0 ? (
          <EmptyState title="No orders yet">
            <p>Orders appear here as soon as shoppers check out.</p>
          </EmptyState>
        ) : (
          <OrderRowsTable caption="The latest orders, newest first" orders={recent} />
        )}
      </AdminSection>
    </>
  );
}
