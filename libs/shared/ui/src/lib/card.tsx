import { type HTMLAttributes } from 'react';
import { cx } from './class-names';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** The element to render: an <article> for a self-contained item, an <li> inside a list. */
  readonly as?: 'div' | 'article' | 'section' | 'li';
  /** Lifts the card on hover and when something inside it has keyboard focus; for cards that are one big link. */
  readonly interactive?: boolean;
}

export function Card({ as: Element = 'div', interactive = false, className, ...props }: CardProps) {
  return <Element {...props} className={cx('ui-card', interactive && 'ui-card--interactive', className)} />;
}
