import { cx } from './class-names';
import { formatMoney } from './format-money';
import { VisuallyHidden } from './visually-hidden';

export interface PriceProps {
  /** Integer minor units (cents for USD, yen for JPY). */
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  /** The earlier price in the same currency, shown struck through when it is higher than `amount`. */
  readonly compareAt?: number | null;
  readonly locale?: string;
  readonly size?: 'sm' | 'md' | 'lg';
  readonly className?: string;
}

export function Price({ amount, currency, compareAt, locale = 'en-US', size = 'md', className }: PriceProps) {
  const current = formatMoney(amount, currency, locale);
  const reduced = typeof compareAt === 'number' && compareAt > amount;
  return (
    <span className={cx('ui-price', `ui-price--${size}`, reduced && 'ui-price--reduced', className)}>
      {/* Strike-through is not announced by screen readers, so say which price is which. */}
      {reduced && <VisuallyHidden>Now </VisuallyHidden>}
      <span className="ui-price__current">{current}</span>
      {reduced && (
        <s className="ui-price__compare">
          <VisuallyHidden>, was </VisuallyHidden>
          {formatMoney(compareAt, currency, locale)}
        </s>
      )}
    </span>
  );
}
