import { TextField } from '@emporium/ui';

export interface MoneyByCurrencyProps {
  /** The fieldset's legend ("Amount off"); each field is "<legend> in USD". */
  readonly legend: string;
  readonly hint?: string;
  readonly currencies: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly onChange: (values: Readonly<Record<string, string>>) => void;
  /** Messages by field (`<group>.USD`), and for the group as a whole (`<group>`). */
  readonly problems: Readonly<Record<string, string>>;
  readonly group: string;
}

/** One amount field per currency, each optional: a currency left blank has no amount (nothing is converted). */
export function MoneyByCurrency({ legend, hint, currencies, values, onChange, problems, group }: MoneyByCurrencyProps) {
  const groupProblem = problems[group];
  return (
    <fieldset className="admin-fieldset">
      <legend>{legend}</legend>
      {hint && <p className="ui-field__hint admin-fieldset__hint">{hint}</p>}
      <div className="admin-form__grid">
        {currencies.map((currency) => (
          <TextField
            key={currency}
            label={`${legend} in ${currency}`}
            inputMode="decimal"
            autoComplete="off"
            value={values[currency] ?? ''}
            onChange={(event) => onChange({ ...values, [currency]: event.target.value })}
            error={problems[`${group}.${currency}`]}
          />
        ))}
      </div>
      {groupProblem && <p className="ui-field__error">{groupProblem}</p>}
    </fieldset>
  );
}
