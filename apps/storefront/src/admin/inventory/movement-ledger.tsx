import { EmptyState } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../../trpc';
import type { StockLocation } from '../admin-types';
import { CursorPager } from '../components/cursor-pager';
import { ListTable } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { formatDateTime } from '../lib/dates';
import { useCursorTrail } from '../lib/use-cursor-trail';
import { locationCode, movementKindLabel, reasonLabel, signed } from './stock-labels';

const PAGE_SIZE = 20;

/**
 * Every change to a SKU's levels, newest first: what happened, where, by how much, the level there right after,
 * why, who did it and what it belonged to (an order, a transfer). "Older" pages back through the ledger.
 */
export function MovementLedger({ sku, locations }: { readonly sku: string; readonly locations: readonly StockLocation[] }) {
  const trail = useCursorTrail(sku);
  const movements = trpc.inventory.admin.stock.movements.useQuery({ sku, before: trail.cursor, limit: PAGE_SIZE }, { placeholderData: keepPreviousData, staleTime: 0 });
  return (
    <Loaded query={movements} lines={6}>
      {(page) =>
        page.rows.length === 0 && trail.page === 1 ? (
          <EmptyState title="No movements yet" headingLevel={3}>
            <p>Stock received, sold, moved or counted for this SKU is listed here.</p>
          </EmptyState>
        ) : (
          <>
            <ListTable
              caption={`Movements of ${sku}, newest first`}
              columns={[
                'When',
                'Movement',
                'Location',
                { label: 'On hand ±', numeric: true },
                { label: 'Reserved ±', numeric: true },
                { label: 'Level after', numeric: true },
                'Reason',
                'By',
                'Reference',
              ]}
              busy={movements.isFetching}
            >
              {page.rows.map((movement) => (
                <tr key={movement.id}>
                  <th scope="row">{formatDateTime(movement.occurredAt)}</th>
                  <td>{movementKindLabel(movement.kind)}</td>
                  <td>{locationCode(locations, movement.locationId)}</td>
                  <td className="admin-table__number">{signed(movement.onHandDelta)}</td>
                  <td className="admin-table__number">{signed(movement.reservedDelta)}</td>
                  <td className="admin-table__number">
                    {movement.onHandAfter}
                    <span className="admin-table__secondary">{movement.reservedAfter} reserved</span>
                  </td>
                  <td className="admin-ledger__reason">
                    {reasonLabel(movement.reason) || <span className="admin-muted">None given</span>}
                    {movement.note && <span className="admin-table__secondary">{movement.note}</span>}
                  </td>
                  <td>{movement.actorLabel ?? movement.actor}</td>
                  <td>{movement.reference ? <code>{movement.reference}</code> : <span className="admin-muted">—</span>}</td>
                </tr>
              ))}
            </ListTable>
            <CursorPager label="Ledger pages" trail={trail} nextCursor={page.nextCursor} previousLabel="Newer" nextLabel="Older" />
          </>
        )
      }
    </Loaded>
  );
}
