import { outcome, TEN_PERCENT, usePricingHarness } from './cart-admin.harness.test';

const TEN_KB = 'A'.repeat(10_240);
const SQL = "x'; DROP TABLE cart.promotion; --";

describe('promotions admin router: hostile input', () => {
  const harness = usePricingHarness();
  const { as, state } = harness;
  let promotionId: string;

  beforeAll(async () => {
    promotionId = (await as('staff').admin.promotions.create({ ...TEN_PERCENT, name: 'Target' })).id;
  });

  it('refuses malformed promotions with the field named — never an internal error — writing nothing', async () => {
    const staff = as('staff').admin.promotions;
    const create = (fields: Record<string, unknown>) => () => staff.create({ ...TEN_PERCENT, ...fields } as never);
    const cases: Array<[string, () => Promise<unknown>, string[]]> = [
      ['an unknown discount kind', create({ discount: { kind: 'free_money', basisPoints: 1000 } }), ['discount.kind']],
      ['no discount kind', create({ discount: { basisPoints: 1000 } }), ['discount.kind']],
      ['a percentage of 10,001 basis points', create({ discount: { kind: 'percentage', basisPoints: 10_001 } }), ['discount.basisPoints']],
      ['a percentage of 0', create({ discount: { kind: 'percentage', basisPoints: 0 } }), ['discount.basisPoints']],
      ['a fractional percentage', create({ discount: { kind: 'percentage', basisPoints: 10.5 } }), ['discount.basisPoints']],
      ['a negative fixed amount', create({ discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: -500 } } }), ['discount.amounts.USD']],
      ['a fixed amount in cents with a fraction', create({ discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 4.99 } } }), ['discount.amounts.USD']],
      ['a fixed amount in no currency', create({ discount: { kind: 'fixed_amount', per: 'order', amounts: {} } }), ['discount.amounts']],
      ['a fixed amount in a made-up currency', create({ discount: { kind: 'fixed_amount', per: 'order', amounts: { DOLLARS: 500 } } }), ['discount.amounts.DOLLARS']],
      ['a fixed amount per nothing', create({ discount: { kind: 'fixed_amount', per: 'week', amounts: { USD: 500 } } }), ['discount.per']],
      ['a negative fixed price', create({ discount: { kind: 'fixed_price', unitPrices: { EUR: -1 } } }), ['discount.unitPrices.EUR']],
      ['buy 0 get 1', create({ discount: { kind: 'buy_x_get_y', buy: 0, get: 1, basisPointsOff: 10_000 } }), ['discount.buy']],
      ['a price sneaked into free shipping', create({ discount: { kind: 'free_shipping', amount: 0 } }), ['discount']],
      ['a negative minimum', create({ minimumSubtotal: { USD: -1 } }), ['minimumSubtotal.USD']],
      ['an end before the start', create({ startsAt: '2026-06-02T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' }), ['endsAt']],
      ['an end equal to the start', create({ startsAt: '2026-06-02T00:00:00Z', endsAt: '2026-06-02T00:00:00Z' }), ['endsAt']],
      ['a date without a time zone', create({ startsAt: '2026-06-02T00:00:00' }), ['startsAt']],
      ['a date that is not one', create({ startsAt: 'tomorrow' }), ['startsAt']],
      ['a usage limit of 0', create({ usageLimit: 0 }), ['usageLimit']],
      ['a negative customer limit', create({ perCustomerLimit: -1 }), ['perCustomerLimit']],
      ['an unknown trigger', create({ trigger: 'sometimes' }), ['trigger']],
      ['an unknown combination rule', create({ combinable: 'maybe' }), ['combinable']],
      ['a product id that is not an id', create({ productIds: [SQL] }), ['productIds.0']],
      ['an empty name', create({ name: '   ' }), ['name']],
      ['a 10 kB name', create({ name: TEN_KB }), ['name']],
      ['a 10 kB description', create({ description: TEN_KB }), ['description']],
      ['NUL in a name', create({ name: 'Ten\u0000off' }), ['name']],
      ['an unknown field', create({ usedCount: 0 }), ['']],
      ['a used count sneaked into an update', () => staff.update({ id: promotionId, fields: { ...TEN_PERCENT, usedCount: 0 } } as never), ['fields']],
      ['SQL as a promotion id', () => staff.update({ id: `${promotionId}' OR '1'='1`, fields: TEN_PERCENT }), ['id']],
      ['a limit of 101 promotions', () => staff.list({ limit: 101 }), ['limit']],
      ['a negative offset', () => staff.list({ offset: -1 }), ['offset']],
      ['an unknown status', () => staff.list({ status: 'deleted' } as never), ['status']],
    ];
    const before = await state();
    for (const [label, call, fields] of cases) {
      const seen = await outcome(call);
      expect({ label, code: seen.code, fields: seen.fields }).toEqual({ label, code: 'BAD_REQUEST', fields });
      expect(seen.message).not.toMatch(/postgres|syntax|relation|\bsql\b|\bstack\b|node_modules/i);
    }
    expect(await state()).toBe(before);
  });

  it('refuses malformed codes and batches with the field named, writing nothing', async () => {
    const codes = as('staff').admin.promotions.codes;
    const cases: Array<[string, () => Promise<unknown>, string[]]> = [
      ['a code with a space inside', () => codes.create({ promotionId, code: 'TEN OFF' }), ['code']],
      ['a code with quotes', () => codes.create({ promotionId, code: `TEN'OFF"` }), ['code']],
      ['SQL as a code', () => codes.create({ promotionId, code: SQL }), ['code']],
      ['a code of 41 characters', () => codes.create({ promotionId, code: 'A'.repeat(41) }), ['code']],
      ['a code of 2 characters', () => codes.create({ promotionId, code: 'AB' }), ['code']],
      ['an empty code', () => codes.create({ promotionId, code: '   ' }), ['code']],
      ['a non-ASCII code', () => codes.create({ promotionId, code: 'ÉTÉ-10' }), ['code']],
      ['emoji in a code', () => codes.create({ promotionId, code: 'SALE🎉' }), ['code']],
      ['a code usage limit of 0', () => codes.create({ promotionId, code: 'ZERO-LIMIT', usageLimit: 0 }), ['usageLimit']],
      ['a batch of 0', () => codes.generateBatch({ promotionId, count: 0 }), ['count']],
      ['a batch of 10,001', () => codes.generateBatch({ promotionId, count: 10_001 }), ['count']],
      ['a batch of 1.5', () => codes.generateBatch({ promotionId, count: 1.5 }), ['count']],
      ['a batch count as text', () => codes.generateBatch({ promotionId, count: '5' as never }), ['count']],
      ['a prefix with a hyphen', () => codes.generateBatch({ promotionId, count: 5, prefix: 'SPRING-' }), ['prefix']],
      ['a prefix of 17 characters', () => codes.generateBatch({ promotionId, count: 5, prefix: 'P'.repeat(17) }), ['prefix']],
      ['SQL as a prefix', () => codes.generateBatch({ promotionId, count: 5, prefix: SQL }), ['prefix']],
      ['a batch id that is not one', () => codes.exportBatch({ batchId: SQL }), ['batchId']],
      ['a 10 kB search', () => codes.list({ promotionId, search: TEN_KB }), ['search']],
    ];
    const before = await state();
    for (const [label, call, fields] of cases) {
      const seen = await outcome(call);
      expect({ label, code: seen.code, fields: seen.fields }).toEqual({ label, code: 'BAD_REQUEST', fields });
    }
    expect(await state()).toBe(before);
  });

  it('searches for SQL-looking text and LIKE wildcards literally', async () => {
    const staff = as('staff').admin.promotions;
    for (const search of [SQL, "' OR '1'='1", '%', '_', '\\', '📦']) {
      expect({ search, page: await staff.list({ search }) }).toEqual({ search, page: { rows: [], total: 0 } });
      expect({ search, page: await staff.codes.list({ promotionId, search }) }).toEqual({ search, page: { rows: [], total: 0 } });
    }
  });
});
