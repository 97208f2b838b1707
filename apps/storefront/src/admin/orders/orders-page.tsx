import './orders.css';
import { EmptyState, formatMoney, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { Pager } from '../components/pager';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useUrlSearch } from '../lib/use-url-search';
import { CustomerFilterChip } from './customer-filter-chip';
import { filterChange, filterProblem, isNarrowed, orderListQuery, readOrderFilters } from './order-filters';
import { isOrderStatus, ORDER_STATUS_CODES, statusOptions } from './order-labels';
import { OrderStatusBadges } from './order-status-badges';
import { TotalFilterField } from './total-filter-field';

const STATUS_OPTIONS = statusOptions(ORDER_STATUS_CODES);

/** Every order, newest first: searched by number or e-mail, filtered by status, days, customer and total, a page at a time (all in the URL). */
export function OrdersPage() {
  const { text, setText, params, update } = useUrlSearch('q');
  const filters = readOrderFilters(params, isOrderStatus);
  const problem = filterProblem(filters);
  const list = trpc.order.admin.list.useQuery(orderListQuery(filters), { placeholderData: keepPreviousData, staleTime: 0 });
  const narrowed = isNarrowed(filters);

  return (
    <AdminPage title="Orders">
      <ListFilters label="Orders">
        <TextField label="Search orders" type="search" placeholder="Order number or e-mail" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Status" value={filters.status ?? 'all'} onChange={(event) => update(filterChange({ status: event.target.value === 'all' ? null : event.target.value }))}>
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Placed from" type="date" value={filters.from ?? ''} max={filters.to} onChange={(event) => update(filterChange({ from: event.target.value }))} />
        <TextField label="Placed to" type="date" value={filters.to ?? ''} min={filters.from} onChange={(event) => update(filterChange({ to: event.target.value }))} />
        <TotalFilterField label="Total from" value={filters.minTotal} onChange={(minor) => update(filterChange({ min: minor }), { replace: true })} />
        <TotalFilterField label="Total to" value={filters.maxTotal} onChange={(minor) => update(filterChange({ max: minor }), { replace: true })} />
      </ListFilters>
      {filters.customerId && <CustomerFilterChip customerId={filters.customerId} onClear={() => update(filterChange({ customer: null }))} />}
      {problem && (
        <div className="admin-alert admin-alert--warning" role="status">
          <p>{problem}</p>
        </div>
      )}
      <Loaded query={list}>
        {(data) =>
          data.items.length === 0 && filters.page === 1 ? (
            <EmptyState title={narrowed ? 'No orders match' : 'No orders yet'}>
              {narrowed ? <p>Try part of the e-mail address, the whole order number, “All statuses”, or wider dates and totals.</p> : <p>Orders appear here as soon as shoppers check out.</p>}
            </EmptyState>
          ) : (
            <>
              <ListTable caption="Orders, newest first" columns={['Order', 'Placed', 'Customer', 'Status', { label: 'Total', numeric: true }]} busy={list.isFetching}>
                {data.items.map((order) => (
                  <tr key={order.id}>
                    <RowHeader to={adminPaths.order(order.id)} title={order.number} detail={`${order.itemCount} ${order.itemCount === 1 ? 'item' : 'items'}`} />
                    <td className="admin-nowrap">{formatDateTime(order.placedAt)}</td>
                    <td>
                      {order.email}
                      {order.customerId && order.customerId !== filters.customerId && (
                        <Link className="admin-table__secondary" to={`${adminPaths.orders}?${new URLSearchParams({ customer: order.customerId }).toString()}`}>
                          All their orders
                        </Link>
                      )}
                    </td>
                    <td>
                      <OrderStatusBadges status={order.status} paymentStatus={order.paymentStatus} fulfilmentStatus={order.fulfilmentStatus} />
                    </td>
                    <td className="admin-table__number admin-nowrap">{formatMoney(order.total, order.currency)}</td>
                  </tr>
                ))}
              </ListTable>
              <Pager page={filters.page} pageSize={data.pageSize} total={data.total} onPage={(next) => update({ page: next > 1 ? String(next) : null })} label="Order pages" />
            </>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
