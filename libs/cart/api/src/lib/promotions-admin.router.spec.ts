import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { outcome, TEN_PERCENT, UNKNOWN_ID, usePricingHarness } from './cart-admin.harness.test';

describe('promotions admin router', () => {
  const harness = usePricingHarness();
  const { as, service, state } = harness;
  let promotionId: string;
  let codeId: string;
  let batchId: string;

  beforeAll(async () => {
    const admin = as('admin').admin.promotions;
    promotionId = (await admin.create({ ...TEN_PERCENT, name: 'Seeded' })).id;
    codeId = (await admin.codes.create({ promotionId, code: 'SEEDED-1' })).id;
    batchId = (await admin.codes.generateBatch({ promotionId, count: 3, prefix: 'SEED' })).id;
  });

  describe('who may run promotions', () => {
    /** One well-formed call of every procedure, as the given caller. */
    const everyProcedure = (promotions: ReturnType<typeof as>['admin']['promotions']) => ({
      list: () => promotions.list({}),
      get: () => promotions.get({ id: promotionId }),
      create: () => promotions.create({ ...TEN_PERCENT, name: 'Hijack' }),
      update: () => promotions.update({ id: promotionId, fields: { ...TEN_PERCENT, name: 'Hijacked' } }),
      setActive: () => promotions.setActive({ id: promotionId, active: false }),
      'codes.list': () => promotions.codes.list({ promotionId }),
      'codes.create': () => promotions.codes.create({ promotionId, code: 'HIJACK' }),
      'codes.setActive': () => promotions.codes.setActive({ id: codeId, active: false }),
      'codes.batches': () => promotions.codes.batches({ id: promotionId }),
      'codes.generateBatch': () => promotions.codes.generateBatch({ promotionId, count: 5, prefix: 'HIJACK' }),
      'codes.exportBatch': () => promotions.codes.exportBatch({ batchId }),
    });

    it('refuses anonymous callers and customers every procedure — even through a service — and nothing changes', async () => {
      const before = await state();
      for (const [caller, label, code] of [
        [as(null), 'anonymous', 'UNAUTHORIZED'],
        [service(null), 'anonymous service call', 'UNAUTHORIZED'],
        [as('customer'), 'customer', 'FORBIDDEN'],
        [service('customer'), 'customer via a service', 'FORBIDDEN'],
      ] as const) {
        for (const [name, call] of Object.entries(everyProcedure(caller.admin.promotions))) {
          expect({ label, name, code: (await outcome(call)).code }).toEqual({ label, name, code });
        }
      }
      expect(await state()).toBe(before);
    });

    it('refuses them before looking at the input', async () => {
      expect((await outcome(as(null).admin.promotions.create({ discount: { kind: 'nope' } } as never))).code).toBe('UNAUTHORIZED');
      expect((await outcome(as('customer').admin.promotions.codes.generateBatch({ count: -1 } as never))).code).toBe('FORBIDDEN');
    });
  });

  describe('as staff', () => {
    const staff = () => as('staff').admin.promotions;

    it('creates a promotion with defaults filled in, reads it back, lists and finds it', async () => {
      const created = await staff().create({
        name: '  Spring sale ',
        trigger: 'code',
        discount: { kind: 'fixed_amount', per: 'order', amounts: { usd: 500, EUR: 450 } },
        minimumSubtotal: { USD: 2500 },
        startsAt: '2026-03-01T00:00:00Z',
        endsAt: '2099-04-01T00:00:00+02:00',
        perCustomerLimit: 1,
      });
      expect(created).toEqual({
        id: expect.any(String),
        name: 'Spring sale',
        description: '',
        trigger: 'code',
        discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 500, EUR: 450 } },
        productIds: [],
        categoryIds: [],
        minimumSubtotal: { USD: 2500 },
        startsAt: '2026-03-01T00:00:00.000Z',
        endsAt: '2099-03-31T22:00:00.000Z',
        usageLimit: null,
        perCustomerLimit: 1,
        combinable: 'stackable',
        active: true,
        status: expect.any(String),
        usedCount: 0,
        codeCount: 0,
        batchCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(await staff().get({ id: created.id })).toEqual(created);
      const found = await staff().list({ search: 'spring' });
      expect(found).toEqual({ rows: [created], total: 1 });
      expect((await staff().list({ status: 'inactive', search: 'spring' })).total).toBe(0);
    });

    it('replaces every field on update and switches a promotion off', async () => {
      const created = await staff().create({ ...TEN_PERCENT, name: 'To change', description: 'Before', usageLimit: 10 });
      const updated = await staff().update({ id: created.id, fields: { name: 'Changed', trigger: 'automatic', discount: { kind: 'free_shipping' } } });
      expect(updated).toMatchObject({ name: 'Changed', description: '', trigger: 'automatic', discount: { kind: 'free_shipping' }, usageLimit: null });
      expect(await staff().setActive({ id: created.id, active: false })).toMatchObject({ active: false, status: 'inactive' });
    });

    it('answers NOT_FOUND for a promotion, code or batch that does not exist', async () => {
      const before = await state();
      const cases: Array<[() => Promise<unknown>, string]> = [
        [() => staff().get({ id: UNKNOWN_ID }), 'PROMOTION_NOT_FOUND'],
        [() => staff().update({ id: UNKNOWN_ID, fields: TEN_PERCENT }), 'PROMOTION_NOT_FOUND'],
        [() => staff().setActive({ id: UNKNOWN_ID, active: true }), 'PROMOTION_NOT_FOUND'],
        [() => staff().codes.list({ promotionId: UNKNOWN_ID }), 'PROMOTION_NOT_FOUND'],
        [() => staff().codes.batches({ id: UNKNOWN_ID }), 'PROMOTION_NOT_FOUND'],
        [() => staff().codes.create({ promotionId: UNKNOWN_ID, code: 'NOWHERE' }), 'PROMOTION_NOT_FOUND'],
        [() => staff().codes.generateBatch({ promotionId: UNKNOWN_ID, count: 5 }), 'PROMOTION_NOT_FOUND'],
        [() => staff().codes.setActive({ id: UNKNOWN_ID, active: true }), 'COUPON_CODE_NOT_FOUND'],
        [() => staff().codes.exportBatch({ batchId: UNKNOWN_ID }), 'COUPON_BATCH_NOT_FOUND'],
      ];
      for (const [call, reason] of cases) expect(await outcome(call)).toMatchObject({ code: 'NOT_FOUND', reason });
      expect(await state()).toBe(before);
    });

    it('creates codes normalized, refuses one already taken on the code field, and lists them', async () => {
      const promotion = await staff().create({ ...TEN_PERCENT, name: 'With codes' });
      expect(await staff().codes.create({ promotionId: promotion.id, code: ' welcome-10 ', usageLimit: 100 })).toMatchObject({
        code: 'WELCOME-10',
        usageLimit: 100,
        usedCount: 0,
        active: true,
        batchId: null,
      });
      const before = await state();
      expect(await outcome(staff().codes.create({ promotionId: promotion.id, code: 'Welcome-10' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['code'] });
      expect(await outcome(staff().codes.create({ promotionId, code: 'WELCOME-10' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['code'] });
      expect(await state()).toBe(before);
      expect(await staff().codes.list({ promotionId: promotion.id, search: 'welcome' })).toMatchObject({ rows: [{ code: 'WELCOME-10' }], total: 1 });
      expect(await staff().get({ id: promotion.id })).toMatchObject({ codeCount: 1 });
    });

    it('keeps automatic promotions and codes apart', async () => {
      const automatic = await staff().create({ ...TEN_PERCENT, name: 'Everyone', trigger: 'automatic' });
      const withCode = await staff().create({ ...TEN_PERCENT, name: 'Coded' });
      await staff().codes.create({ promotionId: withCode.id, code: 'CODED-1' });
      const before = await state();
      expect(await outcome(staff().codes.create({ promotionId: automatic.id, code: 'AUTO-1' }))).toMatchObject({ code: 'CONFLICT', reason: 'PROMOTION_IS_AUTOMATIC' });
      expect(await outcome(staff().codes.generateBatch({ promotionId: automatic.id, count: 2 }))).toMatchObject({ code: 'CONFLICT', reason: 'PROMOTION_IS_AUTOMATIC' });
      expect(await outcome(staff().update({ id: withCode.id, fields: { ...TEN_PERCENT, name: 'Coded', trigger: 'automatic' } }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'PROMOTION_HAS_CODES',
        details: { promotionId: withCode.id, codeCount: 1 },
      });
      expect(await state()).toBe(before);
    });

    it('switches a code off and on', async () => {
      expect(await staff().codes.setActive({ id: codeId, active: false })).toMatchObject({ code: 'SEEDED-1', active: false });
      expect(await staff().codes.setActive({ id: codeId, active: true })).toMatchObject({ code: 'SEEDED-1', active: true });
    });

    it('generates a batch and exports it as CSV with code, used and active', async () => {
      const promotion = await staff().create({ ...TEN_PERCENT, name: 'Giveaway' });
      const batch = await staff().codes.generateBatch({ promotionId: promotion.id, count: 4, prefix: 'gift' });
      expect(batch).toEqual({ id: expect.any(String), promotionId: promotion.id, prefix: 'GIFT', size: 4, createdAt: expect.any(String) });
      expect(await staff().codes.batches({ id: promotion.id })).toEqual([batch]);
      const exported = await staff().codes.exportBatch({ batchId: batch.id });
      expect(exported.filename).toBe(`coupons-GIFT-${batch.createdAt.slice(0, 10)}-${batch.id.slice(0, 8)}.csv`);
      const rows = parse(exported.csv, { columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).toEqual({ code: expect.stringMatching(/^GIFT-[A-HJ-NP-Z2-9]{8}$/), used: '0', active: 'true' });
      const listed = await staff().codes.list({ promotionId: promotion.id, limit: 200 });
      expect(listed.rows.map((code) => code.code).sort()).toEqual(rows.map((row) => row.code).sort());
      expect(listed.rows.every((code) => code.usageLimit === 1 && code.batchId === batch.id)).toBe(true);
    });

    it('generates a batch of 10,000 unique codes', async () => {
      const promotion = await staff().create({ ...TEN_PERCENT, name: 'Mass mailing' });
      const batch = await staff().codes.generateBatch({ promotionId: promotion.id, count: 10_000, prefix: 'MAIL' });
      const exported = await staff().codes.exportBatch({ batchId: batch.id });
      const codes = (parse(exported.csv, { columns: true }) as Array<{ code: string }>).map((row) => row.code);
      expect(codes).toHaveLength(10_000);
      expect(new Set(codes).size).toBe(10_000);
      const stored = await sql<{ count: number }>`SELECT count(DISTINCT code)::int AS count FROM cart.coupon_code WHERE batch_id = ${batch.id}::uuid`.execute(harness.database().db);
      expect(stored.rows[0]?.count).toBe(10_000);
    });
  });
});
