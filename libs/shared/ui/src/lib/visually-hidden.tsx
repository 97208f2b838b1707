import { type ComponentPropsWithRef } from 'react';
import { cx } from './class-names';

export type VisuallyHiddenProps = ComponentPropsWithRef<'span'>;

/** Text for assistive technology only: read by screen readers, not painted on screen. */
export function VisuallyHidden({ className, ...props }: VisuallyHiddenProps) {
  return <span {...props} className={cx('ui-visually-hidden', className)} />;
}
