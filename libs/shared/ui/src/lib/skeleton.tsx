import { type CSSProperties } from 'react';
import { cx } from './class-names';

export interface SkeletonProps {
  /** Any CSS length; numbers are pixels. Defaults to the full width of the container. */
  readonly width?: CSSProperties['width'];
  readonly height?: CSSProperties['height'];
  readonly shape?: 'text' | 'rect' | 'circle';
  readonly className?: string;
}

/**
 * A grey placeholder in the shape of content that is on its way. Hidden from screen readers:
 * the region that is loading should say so once (aria-busy plus a status message), not once per bone.
 */
export function Skeleton({ width, height, shape = 'text', className }: SkeletonProps) {
  return <span aria-hidden="true" className={cx('ui-skeleton', `ui-skeleton--${shape}`, className)} style={{ width, height }} />;
}

export interface SkeletonTextProps {
  readonly lines?: number;
  readonly className?: string;
}

/** A paragraph of placeholder lines, the last one shorter like real text. */
export function SkeletonText({ lines = 3, className }: SkeletonTextProps) {
  return (
    <span aria-hidden="true" className={cx('ui-skeleton-text', className)}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} width={index === lines - 1 && lines > 1 ? '60%' : '100%'} />
      ))}
    </span>
  );
}
