import { type HTMLAttributes } from 'react';
import { cx } from './class-names';

export type BadgeTone = 'neutral' | 'success' | 'danger' | 'accent';

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  readonly tone?: BadgeTone;
}

/** A short status label ("In stock", "Sold out"). The words carry the meaning; the colour only repeats it. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return <span {...props} className={cx('ui-badge', `ui-badge--${tone}`, className)} />;
}
