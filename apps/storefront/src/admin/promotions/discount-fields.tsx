import { SelectField, TextField } from '@emporium/ui';
import { AdminSection } from '../components/admin-page';
import type { DraftFieldsProps } from './draft-fields';
import { DISCOUNT_KINDS, type DiscountKind } from './discount-summary';
import { MoneyByCurrency } from './money-by-currency';
import { draftCurrencies } from './promotion-draft';

/** What the promotion takes off: the kind, then that kind's own fields. */
export function DiscountFields({ draft, set, problems }: DraftFieldsProps) {
  const kind = DISCOUNT_KINDS.find((option) => option.value === draft.kind);
  const currencies = draftCurrencies(draft);
  return (
    <AdminSection title="Discount">
      <div className="admin-form">
        <SelectField label="Kind of discount" value={draft.kind} hint={kind?.hint} onChange={(event) => set('kind', event.target.value as DiscountKind)} error={problems['kind']}>
          {DISCOUNT_KINDS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        {draft.kind === 'percentage' && (
          <TextField
            label="Percentage off"
            inputMode="decimal"
            autoComplete="off"
            value={draft.percent}
            onChange={(event) => set('percent', event.target.value)}
            hint="A percentage like 10 or 12.5 (two decimals at most)."
            error={problems['percent']}
          />
        )}
        {draft.kind === 'fixed_amount' && (
          <>
            <SelectField label="Taken off" value={draft.per} onChange={(event) => set('per', event.target.value === 'unit' ? 'unit' : 'order')} error={problems['per']}>
              <option value="order">Once per order</option>
              <option value="unit">From each eligible item</option>
            </SelectField>
            <MoneyByCurrency
              legend="Amount off"
              hint="Only carts in a currency with an amount get the discount."
              group="amounts"
              currencies={currencies}
              values={draft.amounts}
              onChange={(values) => set('amounts', values)}
              problems={problems}
            />
          </>
        )}
        {draft.kind === 'fixed_price' && (
          <MoneyByCurrency
            legend="Price per item"
            hint="Eligible items sell for this each; only carts in a currency with a price get it."
            group="unitPrices"
            currencies={currencies}
            values={draft.unitPrices}
            onChange={(values) => set('unitPrices', values)}
            problems={problems}
          />
        )}
        {draft.kind === 'buy_x_get_y' && (
          <div className="admin-form__row">
            <TextField label="Buy" inputMode="numeric" autoComplete="off" value={draft.buy} onChange={(event) => set('buy', event.target.value)} hint="Items paid in full." error={problems['buy']} />
            <TextField label="Get" inputMode="numeric" autoComplete="off" value={draft.get} onChange={(event) => set('get', event.target.value)} hint="Items discounted." error={problems['get']} />
            <TextField
              label="Percentage off those"
              inputMode="decimal"
              autoComplete="off"
              value={draft.percentOff}
              onChange={(event) => set('percentOff', event.target.value)}
              hint="100 makes them free."
              error={problems['percentOff']}
            />
          </div>
        )}
        {draft.kind === 'free_shipping' && <p className="admin-muted">The order ships free; set a minimum subtotal to ask for a bigger cart first.</p>}
      </div>
    </AdminSection>
  );
}
