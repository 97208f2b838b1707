import type { JobDefinition } from '@emporium/platform-events';
import { purgeExpiredCredentials } from '@emporium/user-data-access';

/** Hourly: expired sessions, spent or expired e-mail tokens and old rate-limit counters go. */
export const purgeExpiredCredentialsJob: JobDefinition = {
  name: 'user.purge-expired-credentials',
  cron: '23 * * * *',
  async handle(_data, { db, logger }) {
    const purged = await purgeExpiredCredentials(db, new Date());
    logger.info(purged, 'purged expired sessions and tokens');
  },
};
