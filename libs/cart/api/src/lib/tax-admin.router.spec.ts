import { outcome, UNKNOWN_ID, usePricingHarness } from './cart-admin.harness.test';

describe('tax admin router', () => {
  const harness = usePricingHarness();
  const { as, service, state } = harness;
  let californiaId: string;

  const CALIFORNIA = { country: 'US', region: 'CA', name: 'California', rates: [{ taxClass: 'standard', basisPoints: 725, label: 'Sales tax' }] };
  const USD = { currency: 'USD', taxMode: 'exclusive', defaultCountry: 'US', shippingEstimate: 599, freeShippingFrom: 7500 } as const;

  beforeAll(async () => {
    const admin = as('admin').admin.tax;
    await admin.createClass({ code: 'standard', name: 'Standard rate' });
    await admin.createClass({ code: 'reduced', name: 'Reduced rate' });
    californiaId = (await admin.saveRegion(CALIFORNIA)).id;
    await admin.updateCurrency(USD);
  });

  describe('who may see and change tax settings', () => {
    const reads = (tax: ReturnType<typeof as>['admin']['tax']) => ({
      classes: () => tax.classes(),
      regions: () => tax.regions(),
      currencies: () => tax.currencies(),
    });
    const writes = (tax: ReturnType<typeof as>['admin']['tax']) => ({
      createClass: () => tax.createClass({ code: 'hijack', name: 'Hijack' }),
      saveRegion: () => tax.saveRegion({ ...CALIFORNIA, id: californiaId, rates: [{ taxClass: 'standard', basisPoints: 0, label: 'Free' }] }),
      deleteRegion: () => tax.deleteRegion({ id: californiaId }),
      updateCurrency: () => tax.updateCurrency({ ...USD, shippingEstimate: 0 }),
    });

    it('refuses anonymous callers and customers everything, and nothing changes', async () => {
      const before = await state();
      for (const [caller, label, code] of [
        [as(null), 'anonymous', 'UNAUTHORIZED'],
        [service(null), 'anonymous service call', 'UNAUTHORIZED'],
        [as('customer'), 'customer', 'FORBIDDEN'],
      ] as const) {
        for (const [name, call] of Object.entries({ ...reads(caller.admin.tax), ...writes(caller.admin.tax) })) {
          expect({ label, name, code: (await outcome(call)).code }).toEqual({ label, name, code });
        }
      }
      expect(await state()).toBe(before);
    });

    it('lets staff read the settings but not change them', async () => {
      const staff = as('staff').admin.tax;
      expect(await staff.classes()).toEqual([
        { code: 'reduced', name: 'Reduced rate' },
        { code: 'standard', name: 'Standard rate' },
      ]);
      expect(await staff.regions()).toEqual([{ id: californiaId, ...CALIFORNIA, updatedAt: expect.any(String) }]);
      expect(await staff.currencies()).toEqual([{ ...USD, rounding: 'half-up', shippingTaxClass: 'standard', updatedAt: expect.any(String) }]);
      const before = await state();
      for (const [name, call] of Object.entries(writes(staff))) expect({ name, code: (await outcome(call)).code }).toEqual({ name, code: 'FORBIDDEN' });
      expect(await state()).toBe(before);
    });
  });

  describe('as an admin', () => {
    const admin = () => as('admin').admin.tax;

    it('creates a region with normalized codes, changes its rates and deletes it', async () => {
      const created = await admin().saveRegion({ country: ' de ', name: 'Germany', rates: [{ taxClass: ' Standard ', basisPoints: 1900, label: 'VAT' }] });
      expect(created).toEqual({ id: expect.any(String), country: 'DE', region: null, name: 'Germany', rates: [{ taxClass: 'standard', basisPoints: 1900, label: 'VAT' }], updatedAt: expect.any(String) });
      const changed = await admin().saveRegion({
        id: created.id,
        country: 'DE',
        name: 'Deutschland',
        rates: [
          { taxClass: 'standard', basisPoints: 1900, label: 'MwSt' },
          { taxClass: 'reduced', basisPoints: 700 },
        ],
      });
      expect(changed.rates).toEqual([
        { taxClass: 'reduced', basisPoints: 700, label: 'Tax' },
        { taxClass: 'standard', basisPoints: 1900, label: 'MwSt' },
      ]);
      expect(await admin().deleteRegion({ id: created.id })).toEqual({ id: created.id });
      expect(await outcome(admin().deleteRegion({ id: created.id }))).toMatchObject({ code: 'NOT_FOUND', reason: 'TAX_REGION_NOT_FOUND' });
    });

    it('refuses a duplicate place on the region field, an unknown class on the rate’s field, changing nothing', async () => {
      const before = await state();
      const cases: Array<[string, () => Promise<unknown>, string]> = [
        ['the same state again', () => admin().saveRegion({ ...CALIFORNIA, region: 'ca', name: 'California again' }), 'region'],
        [
          'an unknown class in the second rate',
          () => admin().saveRegion({ ...CALIFORNIA, id: californiaId, rates: [{ taxClass: 'standard', basisPoints: 725 }, { taxClass: 'luxury', basisPoints: 2000 }] }),
          'rates.1.taxClass',
        ],
        ['an unknown shipping class', () => admin().updateCurrency({ ...USD, currency: 'EUR', shippingTaxClass: 'luxury' }), 'shippingTaxClass'],
        ['a class that exists', () => admin().createClass({ code: 'STANDARD', name: 'Again' }), 'code'],
      ];
      for (const [label, call, field] of cases) {
        const seen = await outcome(call);
        expect({ label, code: seen.code, fields: seen.fields }).toEqual({ label, code: 'BAD_REQUEST', fields: [field] });
      }
      expect(await outcome(admin().saveRegion({ ...CALIFORNIA, id: UNKNOWN_ID }))).toMatchObject({ code: 'NOT_FOUND', reason: 'TAX_REGION_NOT_FOUND' });
      expect(await state()).toBe(before);
    });

    it('replaces a currency’s settings', async () => {
      expect(await admin().updateCurrency({ currency: 'eur', taxMode: 'inclusive', rounding: 'half-even', defaultCountry: 'de', shippingEstimate: 495, freeShippingFrom: null })).toEqual({
        currency: 'EUR',
        taxMode: 'inclusive',
        rounding: 'half-even',
        defaultCountry: 'DE',
        shippingEstimate: 495,
        freeShippingFrom: null,
        shippingTaxClass: 'standard',
        updatedAt: expect.any(String),
      });
    });

    it('refuses malformed settings with the field named, writing nothing', async () => {
      const cases: Array<[string, () => Promise<unknown>, string[]]> = [
        ['a rate of 10,001 basis points', () => admin().saveRegion({ ...CALIFORNIA, rates: [{ taxClass: 'standard', basisPoints: 10_001 }] }), ['rates.0.basisPoints']],
        ['a negative rate', () => admin().saveRegion({ ...CALIFORNIA, rates: [{ taxClass: 'standard', basisPoints: -1 }] }), ['rates.0.basisPoints']],
        ['a fractional rate', () => admin().saveRegion({ ...CALIFORNIA, rates: [{ taxClass: 'standard', basisPoints: 7.25 }] }), ['rates.0.basisPoints']],
        [
          'two rates for one class',
          () => admin().saveRegion({ ...CALIFORNIA, rates: [{ taxClass: 'standard', basisPoints: 1 }, { taxClass: 'standard', basisPoints: 2 }] }),
          ['rates.1.taxClass'],
        ],
        ['a three-letter country', () => admin().saveRegion({ ...CALIFORNIA, country: 'USA' }), ['country']],
        ['SQL as a region', () => admin().saveRegion({ ...CALIFORNIA, region: "CA'; --" }), ['region']],
        ['a tax class with spaces', () => admin().createClass({ code: 'food stuff', name: 'Food' }), ['code']],
        ['a tax class starting with a digit', () => admin().createClass({ code: '0rate', name: 'Zero' }), ['code']],
        ['a made-up currency', () => admin().updateCurrency({ ...USD, currency: 'DOLLARS' }), ['currency']],
        ['an unknown tax mode', () => admin().updateCurrency({ ...USD, taxMode: 'both' as never }), ['taxMode']],
        ['a negative shipping estimate', () => admin().updateCurrency({ ...USD, shippingEstimate: -1 }), ['shippingEstimate']],
        ['a fractional free-shipping threshold', () => admin().updateCurrency({ ...USD, freeShippingFrom: 74.99 }), ['freeShippingFrom']],
        ['a region id that is not one', () => admin().deleteRegion({ id: 'CA' }), ['id']],
      ];
      const before = await state();
      for (const [label, call, fields] of cases) {
        const seen = await outcome(call);
        expect({ label, code: seen.code, fields: seen.fields }).toEqual({ label, code: 'BAD_REQUEST', fields });
      }
      expect(await state()).toBe(before);
    });
  });
});
