import { Badge } from '@emporium/ui';
import type { StockLocation, StockRow } from '../admin-types';
import { levelsAt } from './stock-labels';

/**
 * A SKU's stock at every location, in the order stock is taken from them, including those where it has none yet.
 * The totals count every location; "available" counts only active ones, which is what can be sold.
 */
export function LevelsTable({ row, locations }: { readonly row: StockRow; readonly locations: readonly StockLocation[] }) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="ui-visually-hidden">Stock of {row.sku} by location</caption>
        <thead>
          <tr>
            <th scope="col">Location</th>
            <th scope="col" className="admin-table__number">
              On hand
            </th>
            <th scope="col" className="admin-table__number">
              Reserved
            </th>
            <th scope="col" className="admin-table__number">
              Available
            </th>
          </tr>
        </thead>
        <tbody>
          {levelsAt(row, locations).map(({ location, onHand, reserved, available }) => (
            <tr key={location.id}>
              <th scope="row">
                <span className="admin-table__primary">{location.name}</span> <span className="admin-muted">{location.code}</span>{' '}
                {!location.active && <Badge tone="neutral">Inactive</Badge>}
              </th>
              <td className="admin-table__number">{onHand}</td>
              <td className="admin-table__number">{reserved}</td>
              <td className="admin-table__number">{location.active ? available : <span className="admin-muted">Not sold</span>}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All locations</th>
            <td className="admin-table__number">{row.onHand}</td>
            <td className="admin-table__number">{row.reserved}</td>
            <td className="admin-table__number">{row.available}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
