export { createDatabase, type Database, type DatabaseHandle, type DatabaseOptions } from './lib/database';
export { type EmbeddedPostgres, startEmbeddedPostgres } from './lib/embedded-postgres';
export { DataDirInUseError } from './lib/orphaned-postgres';
export { MigrationError, type MigrationSet, migrateToLatest, pendingMigrations } from './lib/migrations';
export { isDatabaseUnavailable, isRetryableTransactionError, isUniqueViolation, PgErrorCode, pgErrorCode } from './lib/pg-errors';
export { type DbTransaction, inTransaction, type TransactionOptions } from './lib/transaction';
export { type GuessLimiterOptions, type GuessPolicy, GuessLimiter, guessLimiter, rateLimitStore } from './lib/guess-limiter';
