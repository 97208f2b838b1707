import { Button, buttonClassName, EmptyState, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import type { StockLocation, StockRow } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { CursorPager } from '../components/cursor-pager';
import { ListFilters } from '../components/list-filters';
import { RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { useCursorTrail } from '../lib/use-cursor-trail';
import { useUrlSearch } from '../lib/use-url-search';
import { AdjustDialog } from './adjust-dialog';
import { levelAt, locationLabel, readStockFilter, STOCK_FILTERS } from './stock-labels';
import { StockStatusBadge } from './stock-status-badge';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stock by SKU and location: search by SKU, narrow to one location or to what needs attention, a page at a time in
 * SKU order (all in the URL). Each active location has a column; any row can be adjusted in place.
 */
export function StockPage() {
  const { text, setText, applied: search, params, update } = useUrlSearch('q');
  const wantedLocation = params.get('location') ?? '';
  const locationId = UUID.test(wantedLocation) ? wantedLocation : undefined;
  const filter = readStockFilter(params.get('filter'));
  const trail = useCursorTrail(`${search}|${locationId ?? ''}|${filter}`);
  const locations = trpc.inventory.admin.locations.list.useQuery();
  const stock = trpc.inventory.admin.stock.list.useQuery(
    { search: search || undefined, locationId, filter, after: trail.cursor, limit: PAGE_SIZE },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const narrowed = Boolean(search || locationId || filter !== 'all');

  return (
    <AdminPage
      title="Inventory"
      actions={
        <>
          <Link to={adminPaths.stockAlerts} className={buttonClassName({ variant: 'secondary' })}>
            Low-stock alerts
          </Link>
          <Link to={adminPaths.stockLocations} className={buttonClassName({ variant: 'secondary' })}>
            Locations
          </Link>
        </>
      }
    >
      <ListFilters label="Stock">
        <TextField label="Search SKUs" type="search" placeholder="Part of a SKU" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Location" value={locationId ?? ''} onChange={(event) => update({ location: event.target.value || null })}>
          <option value="">All locations</option>
          {(locations.data ?? []).map((location) => (
            <option key={location.id} value={location.id}>
              {locationLabel(location)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Show" value={filter} onChange={(event) => update({ filter: event.target.value === 'all' ? null : event.target.value })}>
          {STOCK_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </ListFilters>
      <Loaded query={locations} lines={10}>
        {(allLocations) => (
          <Loaded query={stock} lines={10}>
            {(page) =>
              page.rows.length === 0 && trail.page === 1 ? (
                <EmptyState title={narrowed ? 'No SKUs match' : 'No stock records yet'}>
                  {narrowed ? <p>Try part of a SKU, another location or “All SKUs”.</p> : <p>Every SKU the catalog sells gets a stock record here, with nothing on hand until stock is received.</p>}
                </EmptyState>
              ) : (
                <>
                  <StockTable rows={page.rows} locations={allLocations} busy={stock.isFetching} caption={`Stock by SKU${search ? ` matching “${search}”` : ''}, in SKU order`} onAdjust={setAdjusting} />
                  <CursorPager label="Stock pages" trail={trail} nextCursor={page.nextCursor} />
                  <AdjustDialog
                    row={page.rows.find((row) => row.sku === adjusting) ?? null}
                    locations={allLocations}
                    initialLocationId={locationId}
                    onClose={() => setAdjusting(null)}
                  />
                </>
              )
            }
          </Loaded>
        )}
      </Loaded>
    </AdminPage>
  );
}

interface StockTableProps {
  readonly rows: readonly StockRow[];
  readonly locations: readonly StockLocation[];
  readonly busy: boolean;
  readonly caption: string;
  readonly onAdjust: (sku: string) => void;
}

/** One row a SKU: on hand / reserved at each active location, the totals, what can be sold and its status. */
function StockTable({ rows, locations, busy, caption, onAdjust }: StockTableProps) {
  const columns = locations.filter((location) => location.active);
  return (
    <div className="admin-table-wrap" aria-busy={busy}>
      <table className="admin-table admin-stock-table">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">SKU</th>
            {columns.map((location) => (
              <th key={location.id} scope="col" className="admin-table__number">
                <abbr title={location.name}>{location.code}</abbr>
                <span className="admin-table__secondary admin-stock-unit">on hand / reserved</span>
              </th>
            ))}
            <th scope="col" className="admin-table__number">
              On hand
            </th>
            <th scope="col" className="admin-table__number">
              Reserved
            </th>
            <th scope="col" className="admin-table__number">
              Available
            </th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="ui-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sku}>
              <RowHeader to={adminPaths.sku(row.sku)} title={row.sku} />
              {columns.map((location) => {
                const known = row.levels.some((level) => level.locationId === location.id);
                const level = levelAt(row, location.id);
                return (
                  <td key={location.id} className="admin-table__number">
                    {known ? (
                      <>
                        {level.onHand}
                        <span className="admin-muted"> / {level.reserved}</span>
                      </>
                    ) : (
                      <span className="admin-muted">—</span>
                    )}
                  </td>
                );
              })}
              <td className="admin-table__number">{row.onHand}</td>
              <td className="admin-table__number">{row.reserved}</td>
              <td className="admin-table__number">{row.available}</td>
              <td>
                <StockStatusBadge status={row.status} />
              </td>
              <td className="admin-table__actions">
                <Button variant="ghost" size="sm" onClick={() => onAdjust(row.sku)}>
                  Adjust<span className="ui-visually-hidden"> {row.sku}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
