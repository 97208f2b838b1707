import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-attempts';

export const checkoutMigrationSet: MigrationSet = {
  schema: 'checkout',
  migrations: { '0001-attempts': m0001 },
};
