import { sql } from 'kysely';
import type { JobDefinition } from './definitions';

/** Redeliveries come within minutes (pg-boss retries); marks older than this can no longer prevent a duplicate. */
const PROCESSED_EVENT_RETENTION_DAYS = 30;

export const purgeProcessedEventsJob: JobDefinition = {
  name: 'events.purge-processed',
  cron: '17 3 * * *',
  async handle(_data, { db, logger }) {
    const result = await sql`DELETE FROM events.processed_event WHERE processed_at < now() - make_interval(days => ${PROCESSED_EVENT_RETENTION_DAYS})`.execute(db);
    logger.info({ deleted: Number(result.numAffectedRows ?? 0) }, 'purged old processed-event marks');
  },
};
