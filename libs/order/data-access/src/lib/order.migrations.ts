import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-orders';
import * as m0002 from '../migrations/0002-fulfilment-and-access';
import * as m0003 from '../migrations/0003-guest-lookup-guesses';

export const orderMigrationSet: MigrationSet = {
  schema: 'order',
  migrations: { '0001-orders': m0001, '0002-fulfilment-and-access': m0002, '0003-guest-lookup-guesses': m0003 },
};
