import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-payments';
import * as m0002 from '../migrations/0002-request-keys';

export const paymentMigrationSet: MigrationSet = {
  schema: 'payment',
  migrations: { '0001-payments': m0001, '0002-request-keys': m0002 },
};
