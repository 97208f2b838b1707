import { formatMoney } from '@emporium/ui';
import { ListTable, RowHeader } from '../components/list-table';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { OrderStatusBadges } from './order-status-badges';
import type { StaffOrderRow } from './order-types';

/** A short table of orders (number, placed, customer, status, total), each linking to its page. */
export function OrderRowsTable({ caption, orders }: { readonly caption: string; readonly orders: readonly StaffOrderRow[] }) {
  return (
    <ListTable caption={caption} columns={['Order', 'Placed', 'Customer', 'Status', { label: 'Total', numeric: true }]}>
      {orders.map((order) => (
        <tr key={order.id}>
          <RowHeader to={adminPaths.order(order.id)} title={order.number} />
          <td className="admin-nowrap">{formatDateTime(order.placedAt)}</td>
          <td>{order.email}</td>
          <td>
            <OrderStatusBadges status={order.status} paymentStatus={order.paymentStatus} fulfilmentStatus={order.fulfilmentStatus} />
          </td>
          <td className="admin-table__number admin-nowrap">{formatMoney(order.total, order.currency)}</td>
        </tr>
      ))}
    </ListTable>
  );
}
