import { sql } from 'kysely';
import { catalogDb, SKUS_REGISTERED } from '@emporium/catalog-data-access';
import { demo, outcome, useAdminHarness } from './catalog-admin.harness.test';
import { skusRegisteredEvents } from './catalog-events.harness.test';

describe('staff changes tell the inventory which SKUs the catalog sells (catalog.skus-registered)', () => {
  const { as, database, skuEvents, bus } = useAdminHarness();
  const mug = demo.product('stoneware-mug');
  const teeM = demo.variant('CLASSIC-WHITE-TEE-M');
  const newMug = {
    slug: 'speckled-mug',
    title: 'Speckled Mug',
    status: 'active' as const,
    options: [{ name: 'Colour', values: ['Sand', 'Slate'] }],
    variants: [
      { sku: 'SPECKLED-MUG-SAND', optionValues: { Colour: 'Sand' }, prices: [{ currency: 'USD', amount: 2400 }] },
      { sku: 'speckled-mug-slate', optionValues: { Colour: 'Slate' }, prices: [{ currency: 'USD', amount: 2400 }] },
    ],
  };

  it('publishes one event with both SKUs, as stored, when a product is created with two variants', async () => {
    await as('staff').products.create(newMug);
    const events = await skusRegisteredEvents(database());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: SKUS_REGISTERED, source: 'catalog' });
    expect(events[0]!.payload).toEqual({ skus: ['SPECKLED-MUG-SAND', 'speckled-mug-slate'], renamed: [] });
    const stored = await catalogDb(database().db).selectFrom('variant').select('sku').where('sku', 'ilike', 'speckled-mug-%').orderBy('position').execute();
    expect(stored.map((row) => row.sku)).toEqual(events[0]!.payload.skus);
  });

  it('publishes the SKU of an added variant, and nothing for a refused one', async () => {
    await as('staff').options.add({ productId: mug, name: 'Colour', values: ['Sand', 'Slate'] });
    expect(await outcome(as('staff').variants.create({ productId: mug, sku: 'classic-white-tee-m', optionValues: { Colour: 'Slate' }, prices: [{ currency: 'USD', amount: 2600 }] }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['sku'] });
    expect(await skuEvents()).toEqual([]);
    await as('staff').variants.create({ productId: mug, sku: 'STONEWARE-MUG-SLATE', optionValues: { Colour: 'Slate' }, prices: [{ currency: 'USD', amount: 2600 }] });
    expect(await skuEvents()).toEqual([{ skus: ['STONEWARE-MUG-SLATE'], renamed: [] }]);
  });

  it('publishes a rename for a SKU edit, also one of letter case only, and nothing for other edits', async () => {
    expect(await as('staff').variants.update({ id: teeM, sku: 'CWT-M' })).toEqual({ id: teeM });
    expect(await skuEvents()).toEqual([{ skus: [], renamed: [{ from: 'CLASSIC-WHITE-TEE-M', to: 'CWT-M' }] }]);

    await as('staff').variants.update({ id: teeM, sku: 'cwt-m' });
    await as('staff').variants.update({ id: teeM, sku: 'cwt-m', weightGrams: 420 });
    await as('staff').variants.update({ id: teeM, barcode: '4006381333931' });
    expect(await outcome(as('staff').variants.update({ id: teeM, sku: 'heather-grey-tee-s' }))).toMatchObject({ fields: ['sku'] });
    expect(await skuEvents()).toEqual([
      { skus: [], renamed: [{ from: 'CLASSIC-WHITE-TEE-M', to: 'CWT-M' }] },
      { skus: [], renamed: [{ from: 'CWT-M', to: 'cwt-m' }] },
    ]);
  });

  it('publishes every SKU of a CSV import in one transaction with the products', async () => {
    const csv = ['slug,title,sku,option1_name,option1_value,price_USD', 'linen-apron,Linen Apron,APRON-S,Size,S,30.00', 'linen-apron,Linen Apron,APRON-L,Size,L,32.00', 'jute-mat,Jute Mat,JUTE-MAT,,,15.00'].join('\n');
    expect(await as('staff').csv.importProducts({ csv })).toEqual({ products: 2, variants: 3 });
    expect(await skuEvents()).toEqual([{ skus: ['APRON-S', 'APRON-L', 'JUTE-MAT'], renamed: [] }]);
    // A refused import (its SKU is taken now) publishes nothing.
    expect(await outcome(as('staff').csv.importProducts({ csv: csv.replaceAll('linen-apron', 'other-apron').replace('jute-mat,Jute Mat', 'jute-mat-2,Jute Mat') }))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await skuEvents()).toHaveLength(1);
  });

  it('publishes nothing when the write rolls back, even after the event was recorded', async () => {
    // A create refused by the database (a SKU taken, ignoring case) publishes nothing.
    expect(await outcome(as('staff').products.create({ ...newMug, variants: [{ ...newMug.variants[0]!, sku: 'classic-white-tee-m' }] }))).toMatchObject({ code: 'BAD_REQUEST' });
    // A create whose commit fails, after its event was published in the transaction: the event goes with it.
    await sql`
      CREATE FUNCTION catalog.test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
      CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON catalog.variant DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.sku = 'SPECKLED-MUG-SAND') EXECUTE FUNCTION catalog.test_refuse_at_commit();`.execute(database().db);
    const publish = vi.spyOn(bus(), 'publish');
    await expect(as('staff').products.create(newMug)).rejects.toThrow(/refused at commit/);
    expect(publish).toHaveBeenCalledTimes(1);
    expect(publish.mock.calls[0]?.slice(1)).toEqual([SKUS_REGISTERED, { skus: ['SPECKLED-MUG-SAND', 'speckled-mug-slate'], renamed: [] }]);
    expect(await skuEvents()).toEqual([]);
    expect(await catalogDb(database().db).selectFrom('product').select('id').where('slug', '=', 'speckled-mug').execute()).toEqual([]);
  });
});
