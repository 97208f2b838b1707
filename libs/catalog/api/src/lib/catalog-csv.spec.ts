import { TRPCError } from '@trpc/server';
import { inject } from 'vitest';
import { catalogDb, catalogMigrationSet, seedDemoCatalog } from '@emporium/catalog-data-access';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { type EventBus, eventsMigrationSet } from '@emporium/platform-events';
import { createCallerFactory, formatError, type Role } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { skusRegistered, startObservedBus } from './catalog-events.harness.test';
import { catalogRouter } from './catalog.router';

describe('product CSV import and export', () => {
  let database: TestDatabase;
  let bus: EventBus;
  const callerAs = (role: Role | null) => createCallerFactory(catalogRouter)(testContext({ db: database.db, events: bus, role }));

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    bus = await startObservedBus(database);
  });
  afterEach(async () => {
    await bus.stop();
    await database.destroy();
  });

  const fieldErrors = async (call: Promise<unknown>) => {
    try {
      await call;
      return [];
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      return formatError({ error, shape: { message: '', code: 0, data: { code: error.code, httpStatus: 400 } } }).data.fieldErrors ?? [{ path: error.code, message: '' }];
    }
  };

  it('exports the catalog and imports it back into an empty catalog unchanged', async () => {
    const staff = callerAs('staff');
    const before = await callerAs(null).products.search({ limit: 100, sort: 'price-asc' });
    const { csv } = await staff.admin.csv.exportProducts();
    expect(csv.split('\n')[0]).toContain('price_EUR');
    await catalogDb(database.db).deleteFrom('product').execute();

    expect(await staff.admin.csv.importProducts({ csv })).toEqual({ products: 24, variants: expect.any(Number) });
    // The inventory hears of every imported SKU, once, in the import's transaction.
    const [registered, ...more] = await skusRegistered(database);
    const stored = (await catalogDb(database.db).selectFrom('variant').select('sku').execute()).map((row) => row.sku).sort();
    expect(more).toEqual([]);
    expect(registered).toEqual({ skus: expect.any(Array), renamed: [] });
    expect([...registered!.skus].sort()).toEqual(stored);
    const after = await callerAs(null).products.search({ limit: 100, sort: 'price-asc' });
    const shape = (page: typeof before) => page.items.map((item) => [item.slug, item.price, item.maxPrice, item.brand, item.image?.url]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(shape(after)).toEqual(shape(before));
    const tee = await callerAs(null).products.bySlug({ slug: 'classic-white-tee', currency: 'EUR' });
    expect(tee.variants.map((variant) => variant.options['Size'])).toEqual(['XS', 'S', 'M', 'L', 'XL']);
  });

  it('carries each product’s tax class out and back in, and takes a file without the column as standard', async () => {
    const staff = callerAs('staff');
    await catalogDb(database.db).updateTable('product').set({ tax_class: 'reduced' }).where('slug', '=', 'stoneware-mug').execute();
    const { csv } = await staff.admin.csv.exportProducts();
    expect(csv.split('\n')[0]?.split(',')).toContain('tax_class');
    await catalogDb(database.db).deleteFrom('product').execute();

    await staff.admin.csv.importProducts({ csv });
    const classes = await catalogDb(database.db).selectFrom('product').select(['slug', 'tax_class']).where('tax_class', '!=', 'standard').execute();
    expect(classes).toEqual([{ slug: 'stoneware-mug', tax_class: 'reduced' }]);

    await staff.admin.csv.importProducts({ csv: 'slug,title,sku,price_USD\nold-file,Old File,OLD-FILE,5.00' });
    expect(await catalogDb(database.db).selectFrom('product').select('tax_class').where('slug', '=', 'old-file').executeTakeFirst()).toEqual({ tax_class: 'standard' });
    expect((await fieldErrors(staff.admin.csv.importProducts({ csv: 'slug,title,sku,tax_class\nbad-class,Bad,BAD-CLASS,Standard Rate!' }))).map((error) => error.path)).toEqual([
      'rows.2.tax_class',
    ]);
  });

  it('imports nothing from a file with a bad row, and names every bad row and field', async () => {
    const csv = [
      'slug,title,sku,price_USD,compare_at_USD,categories,brand',
      'good-one,Good One,GOOD-1,10.00,,tableware,hearth',
      'second,Second,SECOND-1,ten,,tableware,hearth',
      'third,Third,CLASSIC-WHITE-TEE-M,5.00,4.00,no-such-category,nobody',
    ].join('\n');
    const errors = await fieldErrors(callerAs('staff').admin.csv.importProducts({ csv }));
    expect(errors.map((error) => error.path)).toEqual(['rows.3.price_USD', 'rows.4.compare_at_USD']);
    const second = await fieldErrors(callerAs('staff').admin.csv.importProducts({ csv: csv.replace(',ten,', ',10,').replace('5.00,4.00', '5.00,') }));
    expect(second.map((error) => error.path)).toEqual(['rows.4.sku', 'rows.4.brand', 'rows.4.categories']);
    expect(await catalogDb(database.db).selectFrom('product').select('slug').where('slug', 'in', ['good-one', 'second', 'third']).execute()).toEqual([]);
    expect(await skusRegistered(database)).toEqual([]);
  });

  it('reports a file that is not CSV at all', async () => {
    const errors = await fieldErrors(callerAs('staff').admin.csv.importProducts({ csv: 'slug,title,sku\n"unterminated,x,y' }));
    expect(errors[0]?.path).toMatch(/^rows\.\d+$/);
  });

  it('is for staff only', async () => {
    expect(await fieldErrors(callerAs('customer').admin.csv.exportProducts())).toEqual([{ path: 'FORBIDDEN', message: '' }]);
    expect(await fieldErrors(callerAs(null).admin.csv.importProducts({ csv: 'slug,title,sku' }))).toEqual([{ path: 'UNAUTHORIZED', message: '' }]);
  });
});
