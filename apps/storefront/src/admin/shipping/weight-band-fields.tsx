import { Button, TextField } from '@emporium/ui';
import { emptyWeightBand, type WeightBandRow } from './method-draft';

export interface WeightBandFieldsProps {
  readonly rows: readonly WeightBandRow[];
  readonly currencies: readonly string[];
  /** Messages by form field (`weightBands.1.upToGrams`, `weightBands.1.USD`, `weightBands.1`). */
  readonly problems: Readonly<Record<string, string>>;
  readonly onChange: (rows: readonly WeightBandRow[]) => void;
}

/** Weight bands lightest first: each row's upper limit in grams and its price per currency; the last may be open. */
export function WeightBandFields({ rows, currencies, problems, onChange }: WeightBandFieldsProps) {
  const change = (index: number, row: WeightBandRow) => onChange(rows.map((current, i) => (i === index ? row : current)));
  return (
    <fieldset className="admin-fieldset">
      <legend>Weight bands</legend>
      <p className="ui-field__hint admin-fieldset__hint">Lightest first. Each band starts just above the one before; leave the last band’s limit blank for “and above”.</p>
      <div className="admin-table-wrap">
        <table className="admin-band-table">
          <thead>
            <tr>
              <th scope="col">Up to (grams)</th>
              {currencies.map((currency) => (
                <th key={currency} scope="col">
                  {currency}
                </th>
              ))}
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const label = `Band ${index + 1}`;
              const rowProblem = problems[`weightBands.${index}`];
              return (
                <tr key={index}>
                  <td>
                    <TextField
                      label={<span className="ui-visually-hidden">{`${label} up to grams`}</span>}
                      inputMode="numeric"
                      autoComplete="off"
                      placeholder={index === rows.length - 1 ? 'and above' : undefined}
                      value={row.upToGrams}
                      onChange={(event) => change(index, { ...row, upToGrams: event.target.value })}
                      error={problems[`weightBands.${index}.upToGrams`]}
                    />
                    {rowProblem && <p className="ui-field__error">{rowProblem}</p>}
                  </td>
                  {currencies.map((currency) => (
                    <td key={currency}>
                      <TextField
                        label={<span className="ui-visually-hidden">{`${label} price in ${currency}`}</span>}
                        inputMode="decimal"
                        autoComplete="off"
                        value={row.amounts[currency] ?? ''}
                        onChange={(event) => change(index, { ...row, amounts: { ...row.amounts, [currency]: event.target.value } })}
                        error={problems[`weightBands.${index}.${currency}`]}
                      />
                    </td>
                  ))}
                  <td>
                    <Button variant="ghost" size="sm" disabled={rows.length <= 1} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                      Remove<span className="ui-visually-hidden"> band {index + 1}</span>
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="admin-button-row">
        <Button variant="secondary" size="sm" onClick={() => onChange([...rows, emptyWeightBand()])}>
          Add weight band
        </Button>
      </div>
    </fieldset>
  );
}
