import type { IsolationLevel, Transaction } from 'kysely';
import type { Database } from './database';
import { isRetryableTransactionError } from './pg-errors';

export interface TransactionOptions {
  readonly isolationLevel?: IsolationLevel;
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  /** Called before each retry; used for logging and tests. */
  readonly onRetry?: (attempt: number, error: unknown) => void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DbTransaction = Transaction<any>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a transaction and retries the whole transaction when PostgreSQL aborts it with a serialization
 * failure (40001) or a deadlock (40P01). `work` must therefore be safe to run again: no side effects outside the
 * database (send e-mails and call gateways through the outbox instead).
 */
export async function inTransaction<T>(db: Database, work: (trx: DbTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      const builder = options.isolationLevel ? db.transaction().setIsolationLevel(options.isolationLevel) : db.transaction();
      return await builder.execute(work);
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryableTransactionError(error)) throw error;
      options.onRetry?.(attempt, error);
      // Exponential backoff with full jitter keeps contending transactions from colliding again in lockstep.
      await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
    }
  }
}
