import { cx } from './class-names';
import { VisuallyHidden } from './visually-hidden';

export interface SpinnerProps {
  readonly size?: 'sm' | 'md' | 'lg';
  /** Announced to screen readers; leave out when something nearby already says what is loading. */
  readonly label?: string;
  readonly className?: string;
}

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  const ring = <span className={cx('ui-spinner', `ui-spinner--${size}`, className)} aria-hidden="true" />;
  if (!label) return ring;
  return (
    <span role="status" className="ui-spinner-status">
      {ring}
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
}
