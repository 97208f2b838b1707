import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-payments';

export const paymentMigrationSet: MigrationSet = {
  schema: 'payment',
  migrations: { '0001-payments': m0001 },
};
