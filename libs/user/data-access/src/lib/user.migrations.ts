import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-accounts';

export const userMigrationSet: MigrationSet = {
  schema: 'users',
  migrations: { '0001-accounts': m0001 },
};
