import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { promotionStatus } from '@emporium/cart-domain';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenCouponCode, givenPromotion } from '../testing/pricing-fixtures';
import { cartMigrationSet } from './cart.migrations';
import { generateCouponBatch } from './coupon-codes';
import type { PromotionFields } from './promotion-row';
import { createPromotion, getPromotion, listPromotions, setPromotionActive, updatePromotion } from './promotions';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;

const fields = (overrides: Partial<PromotionFields> = {}): PromotionFields => ({
  name: 'Ten off',
  description: 'Ten off orders from fifty',
  trigger: 'code',
  discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 1000, EUR: 900 } },
  productIds: [randomUUID()],
  categoryIds: [],
  minimumSubtotal: { USD: 5000 },
  startsAt: new Date(NOW.getTime() - DAY),
  endsAt: new Date(NOW.getTime() + DAY),
  usageLimit: 100,
  perCustomerLimit: 1,
  combinable: 'exclusive',
  active: true,
  ...overrides,
});

describe('promotions', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('creates a promotion and reads back every field, with its status and counts', async () => {
    const given = fields();
    const created = await createPromotion(database.db, given, NOW);
    expect(created).toEqual({
      ...given,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'active',
      usedCount: 0,
      codeCount: 0,
      batchCount: 0,
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
    expect(await getPromotion(database.db, created.id, NOW)).toEqual(created);
    expect(await getPromotion(database.db, randomUUID(), NOW)).toBeNull();
  });

  it('counts codes, batches and redemptions', async () => {
    const promotion = await givenPromotion(database.db);
    await givenCouponCode(database.db, promotion.id, 'COUNT-ONE');
    await generateCouponBatch(database.db, { promotionId: promotion.id, count: 3, prefix: 'CNT' });
    await sql`UPDATE cart.promotion SET used_count = 2 WHERE id = ${promotion.id}::uuid`.execute(database.db);
    expect(await getPromotion(database.db, promotion.id, NOW)).toMatchObject({ codeCount: 4, batchCount: 1, usedCount: 2 });
  });

  it('replaces every field on update, and refuses an unknown promotion', async () => {
    const created = await createPromotion(database.db, fields());
    const replacement = fields({
      name: 'Buy two get one',
      description: '',
      discount: { kind: 'buy_x_get_y', buy: 2, get: 1, basisPointsOff: 10_000 },
      productIds: [],
      categoryIds: [randomUUID()],
      minimumSubtotal: {},
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      combinable: 'stackable',
    });
    const updated = await updatePromotion(database.db, created.id, replacement, NOW);
    expect(updated).toEqual({ ok: true, value: { ...created, ...replacement, status: 'active', updatedAt: expect.any(Date) } });
    expect(updated.ok && updated.value.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    const nowhere = randomUUID();
    expect(await updatePromotion(database.db, nowhere, replacement)).toEqual({ ok: false, error: { type: 'UnknownPromotion', promotionId: nowhere } });
  });

  it('refuses to make a promotion with codes automatic, leaving it as it was', async () => {
    const promotion = await givenPromotion(database.db, { name: 'Has codes' });
    await givenCouponCode(database.db, promotion.id, 'KEEP-ME');
    const refused = await updatePromotion(database.db, promotion.id, fields({ name: 'Now automatic', trigger: 'automatic' }));
    expect(refused).toEqual({ ok: false, error: { type: 'HasCodes', promotionId: promotion.id, codeCount: 1 } });
    expect(await getPromotion(database.db, promotion.id)).toMatchObject({ name: 'Has codes', trigger: 'code' });
    // One without codes may switch.
    const bare = await givenPromotion(database.db);
    expect(await updatePromotion(database.db, bare.id, fields({ trigger: 'automatic' }))).toMatchObject({ ok: true, value: { trigger: 'automatic' } });
  });

  it('switches a promotion off and on', async () => {
    const promotion = await givenPromotion(database.db);
    expect(await setPromotionActive(database.db, promotion.id, false, NOW)).toMatchObject({ ok: true, value: { active: false, status: 'inactive' } });
    expect(await setPromotionActive(database.db, promotion.id, true, NOW)).toMatchObject({ ok: true, value: { active: true, status: 'active' } });
    const nowhere = randomUUID();
    expect(await setPromotionActive(database.db, nowhere, true)).toEqual({ ok: false, error: { type: 'UnknownPromotion', promotionId: nowhere } });
  });

  it('leaves the on/off switch alone when an edit is saved from a form opened before it was switched', async () => {
    const promotion = await givenPromotion(database.db);
    await setPromotionActive(database.db, promotion.id, false, NOW);
    const saved = await updatePromotion(database.db, promotion.id, fields({ name: 'Renamed', active: true }), NOW);
    expect(saved).toMatchObject({ ok: true, value: { name: 'Renamed', active: false, status: 'inactive' } });
  });

  describe('listing', () => {
    const at = (days: number) => new Date(NOW.getTime() + days * DAY);

    async function givenOneOfEach() {
      const made = {
        running: await givenPromotion(database.db, { name: 'Running', startsAt: at(-1), endsAt: at(1) }),
        open: await givenPromotion(database.db, { name: 'Open-ended' }),
        startsNow: await givenPromotion(database.db, { name: 'Starts now', startsAt: NOW }),
        scheduled: await givenPromotion(database.db, { name: 'Scheduled', startsAt: at(2) }),
        ended: await givenPromotion(database.db, { name: 'Ended', endsAt: at(-1) }),
        endsNow: await givenPromotion(database.db, { name: 'Ends now', endsAt: NOW }),
        spent: await givenPromotion(database.db, { name: 'Spent', usageLimit: 2 }),
        off: await givenPromotion(database.db, { name: 'Switched off', active: false, startsAt: at(2) }),
      };
      await sql`UPDATE cart.promotion SET used_count = 2 WHERE id = ${made.spent.id}::uuid`.execute(database.db);
      return made;
    }

    it('filters by status exactly as promotionStatus tells it, at the given instant', async () => {
      await givenOneOfEach();
      const names = async (status: 'all' | 'active' | 'scheduled' | 'expired' | 'inactive') =>
        (await listPromotions(database.db, { status, limit: 50, offset: 0 }, NOW)).rows.map((row) => row.name).sort();
      expect(await names('active')).toEqual(['Open-ended', 'Running', 'Starts now']);
      expect(await names('scheduled')).toEqual(['Scheduled']);
      expect(await names('expired')).toEqual(['Ended', 'Ends now', 'Spent']);
      expect(await names('inactive')).toEqual(['Switched off']);
      const all = await listPromotions(database.db, { status: 'all', limit: 50, offset: 0 }, NOW);
      expect(all.total).toBe(8);
      for (const row of all.rows) expect({ name: row.name, status: row.status }).toEqual({ name: row.name, status: promotionStatus(row, row.usedCount, NOW) });
    });

    it('pages newest first with the total, and searches names literally in any case', async () => {
      await givenOneOfEach();
      await givenPromotion(database.db, { name: '100% off_everything' });
      const first = await listPromotions(database.db, { status: 'all', limit: 3, offset: 0 }, NOW);
      const second = await listPromotions(database.db, { status: 'all', limit: 3, offset: 3 }, NOW);
      expect(first.total).toBe(9);
      expect(first.rows.map((row) => row.name)).toEqual(['100% off_everything', 'Switched off', 'Spent']);
      expect(second.rows.map((row) => row.name)).toEqual(['Ends now', 'Ended', 'Scheduled']);
      expect((await listPromotions(database.db, { status: 'all', limit: 3, offset: 100 }, NOW)).total).toBe(9);

      const search = async (text: string) => (await listPromotions(database.db, { status: 'all', search: text, limit: 50, offset: 0 }, NOW)).rows.map((row) => row.name);
      expect(await search('ENDS')).toEqual(['Ends now']);
      expect(await search('%')).toEqual(['100% off_everything']);
      expect(await search('_')).toEqual(['100% off_everything']);
      expect(await search("' OR 1=1 --")).toEqual([]);
      expect((await listPromotions(database.db, { status: 'active', search: 'run', limit: 50, offset: 0 }, NOW)).total).toBe(1);
    });
  });
});
