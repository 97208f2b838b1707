import { formatMoney } from '@emporium/ui';
import { AdminSection } from '../components/admin-page';
import type { StaffOrder } from './order-types';

/** What was bought, as it was sold (the snapshot), how far each line has got, and the order's totals. */
export function OrderLinesSection({ order }: { readonly order: StaffOrder }) {
  const money = (amount: number) => formatMoney(amount, order.currency);
  const { totals, shipping } = order;
  return (
    <AdminSection title="Lines">
      <div className="admin-table-wrap">
        <table className="admin-table admin-order-lines">
          <caption className="ui-visually-hidden">Lines of order {order.number}, with the units fulfilled, shipped, delivered and returned</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">SKU</th>
              <th scope="col" className="admin-table__number">
                Unit price
              </th>
              <th scope="col" className="admin-table__number">
                Qty
              </th>
              <th scope="col" className="admin-table__number">
                Discounts
              </th>
              <th scope="col" className="admin-table__number">
                Tax
              </th>
              <th scope="col" className="admin-table__number">
                Total
              </th>
              <th scope="col" className="admin-table__number">
                Fulfilled
              </th>
              <th scope="col" className="admin-table__number">
                Shipped
              </th>
              <th scope="col" className="admin-table__number">
                Delivered
              </th>
              <th scope="col" className="admin-table__number">
                Returned
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.lineId}>
                <th scope="row">
                  {line.title}
                  {line.options.length > 0 && <span className="admin-table__secondary">{line.options.map((option) => `${option.name}: ${option.value}`).join(' · ')}</span>}
                </th>
                <td>
                  <code>{line.sku}</code>
                </td>
                <td className="admin-table__number admin-nowrap">{money(line.unitPrice)}</td>
                <td className="admin-table__number">{line.quantity}</td>
                <td className="admin-table__number admin-nowrap">
                  {line.discount > 0 ? `−${money(line.discount)}` : '—'}
                  {line.discounts.length > 0 && <span className="admin-table__secondary">{line.discounts.map((discount) => `${discount.code} −${money(discount.amount)}`).join(', ')}</span>}
                </td>
                <td className="admin-table__number admin-nowrap">{money(line.tax)}</td>
                <td className="admin-table__number admin-nowrap">{money(line.total)}</td>
                <td className="admin-table__number">{line.fulfilled}</td>
                <td className="admin-table__number">{line.shipped}</td>
                <td className="admin-table__number">{line.delivered}</td>
                <td className="admin-table__number">
                  {line.returnReceived}
                  {line.returnRequested > line.returnReceived && <span className="admin-table__secondary">{line.returnRequested - line.returnReceived} requested</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="admin-order-totals">
        <div>
          <dt>Subtotal</dt>
          <dd>{money(totals.subtotal)}</dd>
        </div>
        {totals.discountTotal > 0 && (
          <div>
            <dt>Discounts{order.discounts.length > 0 && ` (${order.discounts.map((discount) => discount.code).join(', ')})`}</dt>
            <dd>−{money(totals.discountTotal)}</dd>
          </div>
        )}
        <div>
          <dt>Shipping{shipping.method && ` · ${shipping.method.name}`}</dt>
          <dd>{money(totals.shipping)}</dd>
        </div>
        <div>
          <dt>{order.taxMode === 'inclusive' ? 'Tax (included in prices)' : 'Tax'}</dt>
          <dd>{money(totals.taxTotal)}</dd>
        </div>
        <div className="admin-order-totals__total">
          <dt>Total</dt>
          <dd>{money(totals.grandTotal)}</dd>
        </div>
      </dl>
    </AdminSection>
  );
}
