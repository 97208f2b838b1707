import { SkeletonText } from '@emporium/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadError } from './problems';

export interface LoadedProps<T> {
  readonly query: UseQueryResult<T, unknown>;
  /** How many lines the placeholder has while the query loads, roughly the height of what comes. */
  readonly lines?: number;
  /** What to show of the data once it is there. */
  readonly children: (data: T) => ReactNode;
}

/** A query's data once loaded: a placeholder while it loads, what went wrong and a retry if it fails. */
export function Loaded<T>({ query, lines = 8, children }: LoadedProps<T>) {
  if (query.isPending) {
    return (
      <div aria-busy="true">
        <SkeletonText lines={lines} />
      </div>
    );
  }
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  return children(query.data);
}
