import { Button } from '@emporium/ui';
import { apiErrorMessage } from '../lib/api-error';

export interface QueryErrorProps {
  readonly error: unknown;
  readonly onRetry: () => void;
  /** True while the retry is in flight. */
  readonly retrying?: boolean;
}

/** A failed load: says what went wrong in the visitor's words and offers to try again. */
export function QueryError({ error, onRetry, retrying = false }: QueryErrorProps) {
  return (
    <div className="query-error" role="alert">
      <p className="query-error__message">{apiErrorMessage(error)}</p>
      <Button variant="secondary" onClick={onRetry} loading={retrying}>
        Try again
      </Button>
    </div>
  );
}
