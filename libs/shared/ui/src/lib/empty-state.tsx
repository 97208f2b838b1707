import { type ReactNode } from 'react';
import { cx } from './class-names';

export interface EmptyStateProps {
  readonly title: string;
  /** The heading level that fits the page outline; an empty state that is the whole page usually sits under the h1. */
  readonly headingLevel?: 2 | 3;
  /** A decorative illustration or icon; hidden from screen readers. */
  readonly icon?: ReactNode;
  /** What the visitor can do next, usually a link or button. */
  readonly action?: ReactNode;
  readonly children?: ReactNode;
  readonly className?: string;
}

/** Says plainly that there is nothing here (yet) and offers the way on. */
export function EmptyState({ title, headingLevel = 2, icon, action, children, className }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={cx('ui-empty-state', className)}>
      {icon && (
        <div className="ui-empty-state__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className="ui-empty-state__title">{title}</Heading>
      {children && <div className="ui-empty-state__body">{children}</div>}
      {action && <div className="ui-empty-state__action">{action}</div>}
    </div>
  );
}
