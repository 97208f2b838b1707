import { Button, TextField } from '@emporium/ui';
import { emptyPriceBand, type PriceBandRow } from './method-draft';

export interface PriceBandFieldsProps {
  readonly tables: Readonly<Record<string, readonly PriceBandRow[]>>;
  readonly currencies: readonly string[];
  /** Messages by form field (`priceBands.USD.0.upTo`, `priceBands.USD.0.amount`, `priceBands.USD`). */
  readonly problems: Readonly<Record<string, string>>;
  readonly onChange: (tables: Readonly<Record<string, readonly PriceBandRow[]>>) => void;
}

/**
 * A table of subtotal bands per currency (their bounds are amounts of that currency, so nothing is shared); a
 * currency without bands has no price.
 */
export function PriceBandFields({ tables, currencies, problems, onChange }: PriceBandFieldsProps) {
  const setRows = (currency: string, rows: readonly PriceBandRow[]) => onChange({ ...tables, [currency]: rows });
  return (
    <>
      {currencies.map((currency) => {
        const rows = tables[currency] ?? [];
        const tableProblem = problems[`priceBands.${currency}`];
        return (
          <fieldset key={currency} className="admin-fieldset">
            <legend>Subtotal bands in {currency}</legend>
            <p className="ui-field__hint admin-fieldset__hint">Smallest subtotal first; leave the last band’s limit blank for “and above”. No bands: not offered in {currency}.</p>
            {rows.length > 0 && (
              <table className="admin-band-table">
                <thead>
                  <tr>
                    <th scope="col">Subtotal up to</th>
                    <th scope="col">Price</th>
                    <th scope="col">
                      <span className="ui-visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => {
                    const field = `priceBands.${currency}.${index}`;
                    const change = (next: PriceBandRow) => setRows(currency, rows.map((current, i) => (i === index ? next : current)));
                    return (
                      <tr key={index}>
                        <td>
                          <TextField
                            label={<span className="ui-visually-hidden">{`${currency} band ${index + 1} subtotal up to`}</span>}
                            inputMode="decimal"
                            autoComplete="off"
                            placeholder={index === rows.length - 1 ? 'and above' : undefined}
                            value={row.upTo}
                            onChange={(event) => change({ ...row, upTo: event.target.value })}
                            error={problems[`${field}.upTo`]}
                          />
                        </td>
                        <td>
                          <TextField
                            label={<span className="ui-visually-hidden">{`${currency} band ${index + 1} price`}</span>}
                            inputMode="decimal"
                            autoComplete="off"
                            value={row.amount}
                            onChange={(event) => change({ ...row, amount: event.target.value })}
                            error={problems[`${field}.amount`]}
                          />
                        </td>
                        <td>
                          <Button variant="ghost" size="sm" onClick={() => setRows(currency, rows.filter((_, i) => i !== index))}>
                            Remove<span className="ui-visually-hidden"> {currency} band {index + 1}</span>
                          </Button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {tableProblem && <p className="ui-field__error">{tableProblem}</p>}
            <div className="admin-button-row">
              <Button variant="secondary" size="sm" onClick={() => setRows(currency, [...rows, emptyPriceBand()])}>
                Add {currency} band
              </Button>
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
