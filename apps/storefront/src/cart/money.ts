import { formatMoney } from '@emporium/ui';

/** An amount in integer minor units, as every cart figure is sent. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** "$19.99", "¥500": a cart amount in a sentence (the <Price> component shows it on its own). */
export function money({ amount, currency }: Money): string {
  return formatMoney(amount, currency);
}
