import './cart-summary.css';
import { Price, VisuallyHidden } from '@emporium/ui';
import { type CartView } from './cart-types';
import { DestinationForm } from './destination-form';
import { money } from './money';
import { type TotalsRow, totalsRows } from './totals-rows';

/**
 * What the cart comes to: subtotal, discounts, shipping and tax for where it goes, and the total, with the place the
 * estimate is for and a form to change it. A cart that cannot be priced (a tax rate the shop has not set) says why.
 */
export function TotalsBreakdown({ cart }: { readonly cart: CartView }) {
  const { totals } = cart;
  return (
    <section className="cart-totals" aria-labelledby="cart-totals-heading">
      <h2 id="cart-totals-heading" className="cart-totals__heading">
        Order summary
      </h2>
      {totals ? (
        <dl className="cart-totals__rows">
          {totalsRows(totals).map((row, index) => (
            <TotalsLine key={`${row.kind}-${index}`} row={row} />
          ))}
        </dl>
      ) : (
        <p className="cart-totals__problem" role="status">
          {cart.problem ?? 'We can’t work out the total of this cart right now.'}
        </p>
      )}
      <DestinationForm destination={cart.destination} taxDestination={totals?.taxDestination ?? null} />
    </section>
  );
}

function TotalsLine({ row }: { readonly row: TotalsRow }) {
  return (
    <div className={`cart-totals__row cart-totals__row--${row.kind}`}>
      <dt>{row.kind === 'included-tax' ? `${row.label}:` : row.label}</dt>
      <dd>
        <RowAmount row={row} />
      </dd>
    </div>
  );
}

function RowAmount({ row }: { readonly row: TotalsRow }) {
  if (row.kind === 'shipping' && row.free) {
    return (
      <>
        <strong className="cart-totals__free">Free</strong>
        {row.before && (
          <s className="cart-totals__was">
            <VisuallyHidden>, was </VisuallyHidden>
            {money(row.before)}
          </s>
        )}
      </>
    );
  }
  const before = row.kind === 'shipping' ? row.before?.amount : null;
  return <Price amount={row.amount.amount} currency={row.amount.currency} compareAt={before} size={row.kind === 'total' ? 'lg' : 'md'} />;
}
