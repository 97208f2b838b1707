import './shipments.css';
import { EmptyState, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { Pager } from '../components/pager';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useUrlSearch } from '../lib/use-url-search';
import { readKindFilter, readStatusFilter, STATUS_FILTERS } from './shipment-labels';
import { ShipmentStatusBadge } from './shipment-status-badge';

/** Every shipment, newest first: by status, by order reference, a page at a time (all in the URL). */
export function ShipmentsPage() {
  const { text, setText, applied: orderRef, params, update } = useUrlSearch('order');
  const status = readStatusFilter(params.get('status'));
  const kind = readKindFilter(params.get('kind'));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const list = trpc.shipping.admin.shipments.list.useQuery({ status, kind, orderRef: orderRef || undefined, page }, { placeholderData: keepPreviousData, staleTime: 0 });
  const narrowed = Boolean(orderRef) || status !== undefined || kind !== undefined;

  return (
    <AdminPage title="Shipments">
      <ListFilters label="Shipments">
        <TextField label="Order reference" type="search" placeholder="The whole reference, like ORD-1042" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Status" value={status ?? 'all'} onChange={(event) => update({ status: event.target.value === 'all' ? null : event.target.value, page: null })}>
          {STATUS_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Direction" value={kind ?? 'all'} onChange={(event) => update({ kind: event.target.value === 'all' ? null : event.target.value, page: null })}>
          <option value="all">Outbound and returns</option>
          <option value="outbound">Outbound</option>
          <option value="return">Returns</option>
        </SelectField>
      </ListFilters>
      <Loaded query={list}>
        {(data) =>
          data.items.length === 0 && page === 1 ? (
            <EmptyState title={narrowed ? 'No shipments match' : 'No shipments yet'}>
              {narrowed ? <p>The order reference must match whole. Try another, or “All statuses” and “Outbound and returns”.</p> : <p>Shipments appear here once orders are sent for fulfilment.</p>}
            </EmptyState>
          ) : (
            <>
              <ListTable caption={`Shipments${orderRef ? ` for order “${orderRef}”` : ''}, newest first`} columns={['Order', 'Status', 'Carrier', 'Ship to', 'Created', 'Last change']} busy={list.isFetching}>
                {data.items.map((shipment) => (
                  <tr key={shipment.id}>
                    <RowHeader to={adminPaths.shipment(shipment.id)} title={shipment.orderRef} detail={shipment.kind === 'return' ? 'Return' : undefined} />
                    <td>
                      <ShipmentStatusBadge status={shipment.status} />
                    </td>
                    <td className="admin-nowrap">
                      {shipment.carrier} <span className="admin-muted">· {shipment.service}</span>
                    </td>
                    <td>
                      {shipment.shipTo.name}
                      <span className="admin-table__secondary">
                        {shipment.shipTo.city}, {shipment.shipTo.country}
                      </span>
                    </td>
                    <td className="admin-nowrap">{formatDateTime(shipment.createdAt)}</td>
                    <td className="admin-nowrap">{formatDateTime(shipment.statusChangedAt)}</td>
                  </tr>
                ))}
              </ListTable>
              <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={(next) => update({ page: next > 1 ? String(next) : null })} label="Shipment pages" />
            </>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
