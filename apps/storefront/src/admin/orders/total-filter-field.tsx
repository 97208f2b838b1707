import { TextField } from '@emporium/ui';
import { useState } from 'react';
import { amountInputValue, parseAmount } from '../lib/money-input';

/** Totals are compared in minor units whatever the currency; typed with two decimals, as most of the shop's are. */
const TYPED_AS = 'USD';

export interface TotalFilterFieldProps {
  readonly label: string;
  /** The bound in minor units from the URL, or undefined. */
  readonly value: number | undefined;
  readonly onChange: (minor: number | null) => void;
}

/**
 * One end of the total range. The text is the typist's; the URL follows whenever it reads as an amount (or is
 * cleared), so a half-typed "12." never empties the list, and Back puts the URL's bound back in the box.
 */
export function TotalFilterField({ label, value, onChange }: TotalFilterFieldProps) {
  const shown = value === undefined ? '' : amountInputValue(value, TYPED_AS);
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    const parsed = parseAmount(text, TYPED_AS);
    if (!(parsed.ok && parsed.amount === value) && !(text.trim() === '' && value === undefined)) setText(shown);
  }
  const parsed = text.trim() === '' ? null : parseAmount(text, TYPED_AS);
  return (
    <TextField
      label={label}
      inputMode="decimal"
      placeholder="Any"
      value={text}
      error={parsed && !parsed.ok ? parsed.message : undefined}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (next.trim() === '') onChange(null);
        else {
          const amount = parseAmount(next, TYPED_AS);
          if (amount.ok) onChange(amount.amount);
        }
      }}
    />
  );
}
