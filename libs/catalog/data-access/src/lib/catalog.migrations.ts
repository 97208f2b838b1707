import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-products';
import * as m0002 from '../migrations/0002-catalog-model';
import * as m0003 from '../migrations/0003-fast-shopper-reads';
import * as m0004 from '../migrations/0004-product-documents';
import * as m0005 from '../migrations/0005-product-tax-class';

export const catalogMigrationSet: MigrationSet = {
  schema: 'catalog',
  migrations: {
    '0001-products': m0001,
    '0002-catalog-model': m0002,
    '0003-fast-shopper-reads': m0003,
    '0004-product-documents': m0004,
    '0005-product-tax-class': m0005,
  },
};
