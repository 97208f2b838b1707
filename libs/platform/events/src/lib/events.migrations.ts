import { type Kysely, type Migration, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { MigrationSet } from '@emporium/platform-db';

export const PGBOSS_SCHEMA = 'pgboss';

/**
 * pg-boss's construction script wraps itself in BEGIN/COMMIT; inside our migration transaction those would end the
 * migration's transaction early, so they are stripped and the script runs as part of the migration.
 */
function pgBossConstructionSql(): string {
  return PgBoss.getConstructionPlans(PGBOSS_SCHEMA)
    .replace(/^\s*BEGIN;/, '')
    .replace(/COMMIT;\s*$/, '');
}

export const eventsMigrationSet: MigrationSet = {
  schema: 'events',
  migrations: {
    '0001_install_pgboss': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        const installed = await sql<{ exists: boolean }>`SELECT to_regclass(${`${PGBOSS_SCHEMA}.version`}) IS NOT NULL AS exists`.execute(db);
        if (!installed.rows[0]?.exists) await sql.raw(pgBossConstructionSql()).execute(db);
      },
    } satisfies Migration,
    '0002_processed_event': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        // One row per (consumer, event) handled: the handler's transaction inserts it first, so a redelivered
        // event finds it and is skipped — exactly-once effects on top of at-least-once delivery.
        await db.schema
          .withSchema('events')
          .createTable('processed_event')
          .addColumn('consumer', 'text', (column) => column.notNull())
          .addColumn('event_id', 'uuid', (column) => column.notNull())
          .addColumn('event_type', 'text', (column) => column.notNull())
          .addColumn('processed_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
          .addPrimaryKeyConstraint('processed_event_pkey', ['consumer', 'event_id'])
          .execute();
        await db.schema.withSchema('events').createIndex('processed_event_processed_at_idx').on('processed_event').column('processed_at').execute();
      },
    } satisfies Migration,
  },
};
