import { type Migration, Migrator } from 'kysely';
import type { Database } from './database';

/**
 * The migrations of one schema, owned by one service (or platform lib). Each schema keeps its own migration table,
 * so services migrate independently and a split deployment migrates only what it mounts.
 * Migrations are imported statically (not read from a folder) so they survive bundling.
 */
export interface MigrationSet {
  readonly schema: string;
  readonly migrations: Readonly<Record<string, Migration>>;
}

export class MigrationError extends Error {
  constructor(schema: string, migration: string | undefined, cause: unknown) {
    super(`Migration of schema "${schema}" failed${migration ? ` at ${migration}` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'MigrationError';
  }
}

function migratorFor(db: Database, set: MigrationSet): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...set.migrations }) },
    migrationTableSchema: set.schema,
    migrationTableName: 'migration',
    migrationLockTableName: 'migration_lock',
  });
}

/** Applies pending migrations of each set in order; idempotent, and safe when several processes start at once. */
export async function migrateToLatest(db: Database, sets: readonly MigrationSet[]): Promise<Array<{ schema: string; applied: string[] }>> {
  const report: Array<{ schema: string; applied: string[] }> = [];
  for (const set of sets) {
    const { error, results = [] } = await migratorFor(db, set).migrateToLatest();
    if (error) throw new MigrationError(set.schema, results.find((result) => result.status === 'Error')?.migrationName, error);
    report.push({ schema: set.schema, applied: results.filter((result) => result.status === 'Success').map((result) => result.migrationName) });
  }
  return report;
}

/** Names of migrations not yet applied, per schema; empty when the database is current. */
export async function pendingMigrations(db: Database, sets: readonly MigrationSet[]): Promise<string[]> {
  const pending: string[] = [];
  for (const set of sets) {
    const migrations = await migratorFor(db, set).getMigrations();
    for (const migration of migrations) if (!migration.executedAt) pending.push(`${set.schema}/${migration.name}`);
  }
  return pending;
}
