import '../cart/cart-summary.css';
import { Price, VisuallyHidden } from '@emporium/ui';
import { money } from '../cart/money';
import { type TotalsRow } from '../cart/totals-rows';

/** Totals rows (subtotal, discounts, shipping, taxes, total) in the cart summary's look. */
export function TotalsList({ rows }: { readonly rows: readonly TotalsRow[] }) {
  return (
    <dl className="cart-totals__rows">
      {rows.map((row, index) => (
        <div key={`${row.kind}-${index}`} className={`cart-totals__row cart-totals__row--${row.kind}`}>
          <dt>{row.kind === 'included-tax' ? `${row.label}:` : row.label}</dt>
          <dd>
            <RowAmount row={row} />
          </dd>
        </div>
      ))}
    </dl>
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
