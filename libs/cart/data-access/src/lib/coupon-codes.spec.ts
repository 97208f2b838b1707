import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenCouponCode, givenPromotion } from '../testing/pricing-fixtures';
import { cartMigrationSet } from './cart.migrations';
import {
  BATCH_CODE_ALPHABET,
  batchCode,
  batchCodes,
  createCouponCode,
  generateCouponBatch,
  listCouponBatches,
  listCouponCodes,
  type RandomInt,
  setCouponCodeActive,
} from './coupon-codes';

/** A source of "randomness" that plays back the given codes' characters, then real random ones. */
function scripted(...codes: string[]): RandomInt {
  const queue = codes.flatMap((code) => [...code].map((character) => BATCH_CODE_ALPHABET.indexOf(character)));
  return (max) => queue.shift() ?? Math.floor(Math.random() * max);
}

describe('coupon codes', () => {
  let database: TestDatabase;
  const codeCount = async () => (await sql<{ count: number }>`SELECT count(*)::int AS count FROM cart.coupon_code`.execute(database.db)).rows[0]?.count;
  const batchCount = async () => (await sql<{ count: number }>`SELECT count(*)::int AS count FROM cart.coupon_batch`.execute(database.db)).rows[0]?.count;

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('creates a code for a promotion, with its own limit', async () => {
    const promotion = await givenPromotion(database.db);
    expect(await createCouponCode(database.db, { promotionId: promotion.id, code: 'SPRING-10', usageLimit: 50 })).toEqual({
      ok: true,
      value: { id: expect.any(String), promotionId: promotion.id, code: 'SPRING-10', usageLimit: 50, usedCount: 0, active: true, batchId: null, createdAt: expect.any(Date) },
    });
  });

  it('refuses a code already taken, by this promotion or another', async () => {
    const first = await givenPromotion(database.db);
    const second = await givenPromotion(database.db);
    await givenCouponCode(database.db, first.id, 'TAKEN');
    for (const promotionId of [first.id, second.id]) {
      expect(await createCouponCode(database.db, { promotionId, code: 'TAKEN', usageLimit: null })).toEqual({ ok: false, error: { type: 'CodeTaken', code: 'TAKEN' } });
    }
    expect(await codeCount()).toBe(1);
  });

  it('refuses codes for an automatic promotion and for an unknown one', async () => {
    const automatic = await givenPromotion(database.db, { trigger: 'automatic' });
    expect(await createCouponCode(database.db, { promotionId: automatic.id, code: 'AUTO', usageLimit: null })).toEqual({
      ok: false,
      error: { type: 'AutomaticHasNoCodes', promotionId: automatic.id },
    });
    expect(await generateCouponBatch(database.db, { promotionId: automatic.id, count: 5, prefix: '' })).toEqual({
      ok: false,
      error: { type: 'AutomaticHasNoCodes', promotionId: automatic.id },
    });
    const nowhere = randomUUID();
    expect(await createCouponCode(database.db, { promotionId: nowhere, code: 'LOST', usageLimit: null })).toEqual({ ok: false, error: { type: 'UnknownPromotion', promotionId: nowhere } });
    expect(await generateCouponBatch(database.db, { promotionId: nowhere, count: 5, prefix: '' })).toEqual({ ok: false, error: { type: 'UnknownPromotion', promotionId: nowhere } });
    expect([await codeCount(), await batchCount()]).toEqual([0, 0]);
  });

  it('lists a promotion’s codes, searching literally and paging, and refuses an unknown promotion', async () => {
    const promotion = await givenPromotion(database.db);
    const other = await givenPromotion(database.db);
    for (const code of ['ALPHA-1', 'ALPHA-2', 'BETA_1', 'GAMMA']) await givenCouponCode(database.db, promotion.id, code, 3);
    await givenCouponCode(database.db, other.id, 'ALPHA-OTHER');
    const page = await listCouponCodes(database.db, { promotionId: promotion.id, limit: 2, offset: 0 });
    expect(page.ok && page.value.total).toBe(4);
    expect(page.ok && page.value.rows.map((row) => row.code)).toEqual(['GAMMA', 'BETA_1']);
    const search = async (text: string) => {
      const found = await listCouponCodes(database.db, { promotionId: promotion.id, search: text, limit: 50, offset: 0 });
      return found.ok ? found.value.rows.map((row) => row.code).sort() : found.error;
    };
    expect(await search('alpha')).toEqual(['ALPHA-1', 'ALPHA-2']);
    expect(await search('_')).toEqual(['BETA_1']);
    expect(await search('%')).toEqual([]);
    const nowhere = randomUUID();
    expect(await listCouponCodes(database.db, { promotionId: nowhere, limit: 50, offset: 0 })).toEqual({ ok: false, error: { type: 'UnknownPromotion', promotionId: nowhere } });
  });

  it('switches a code off and on', async () => {
    const promotion = await givenPromotion(database.db);
    const code = await givenCouponCode(database.db, promotion.id, 'TOGGLE');
    expect(await setCouponCodeActive(database.db, code.id, false)).toEqual({ ok: true, value: { ...code, active: false } });
    expect(await setCouponCodeActive(database.db, code.id, true)).toEqual({ ok: true, value: code });
    const nowhere = randomUUID();
    expect(await setCouponCodeActive(database.db, nowhere, true)).toEqual({ ok: false, error: { type: 'UnknownCouponCode', codeId: nowhere } });
  });

  describe('batches', () => {
    it('draws codes from the unambiguous alphabet, with or without a prefix', () => {
      expect(BATCH_CODE_ALPHABET).toHaveLength(32);
      expect(BATCH_CODE_ALPHABET).not.toMatch(/[01IO]/);
      expect(batchCode('SPRING', scripted('ABCDEFGH'))).toBe('SPRING-ABCDEFGH');
      expect(batchCode('', scripted('23456789'))).toBe('23456789');
    });

    it('generates single-use codes of the form PREFIX-XXXXXXXX, all in the batch', async () => {
      const promotion = await givenPromotion(database.db);
      const generated = await generateCouponBatch(database.db, { promotionId: promotion.id, count: 25, prefix: 'SPRING' });
      expect(generated).toEqual({ ok: true, value: { id: expect.any(String), promotionId: promotion.id, prefix: 'SPRING', size: 25, createdAt: expect.any(Date) } });
      if (!generated.ok) return;
      const exported = await batchCodes(database.db, generated.value.id);
      expect(exported.ok && exported.value.batch).toEqual(generated.value);
      const codes = exported.ok ? exported.value.codes : [];
      expect(codes).toHaveLength(25);
      expect(new Set(codes.map((code) => code.code)).size).toBe(25);
      for (const code of codes) {
        expect(code.code).toMatch(/^SPRING-[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
        expect(code).toMatchObject({ usedCount: 0, active: true });
      }
      const listed = await listCouponCodes(database.db, { promotionId: promotion.id, limit: 1, offset: 0 });
      expect(listed.ok && listed.value.rows[0]).toMatchObject({ usageLimit: 1, batchId: generated.value.id });
      expect(await listCouponBatches(database.db, promotion.id)).toEqual([generated.value]);
    });

    it('draws again when a code is taken already (elsewhere, or twice in one draw) until the batch is full', async () => {
      const promotion = await givenPromotion(database.db);
      await givenCouponCode(database.db, promotion.id, 'AAAAAAAA');
      const generated = await generateCouponBatch(database.db, { promotionId: promotion.id, count: 3, prefix: '' }, scripted('AAAAAAAA', 'BBBBBBBB', 'BBBBBBBB', 'CCCCCCCC'));
      expect(generated.ok).toBe(true);
      if (!generated.ok) return;
      const exported = await batchCodes(database.db, generated.value.id);
      const codes = exported.ok ? exported.value.codes.map((code) => code.code) : [];
      expect(codes).toHaveLength(3);
      expect(codes).toEqual(expect.arrayContaining(['BBBBBBBB', 'CCCCCCCC']));
      expect(codes).not.toContain('AAAAAAAA');
    });

    it('writes nothing when it cannot fill the batch', async () => {
      const promotion = await givenPromotion(database.db);
      await givenCouponCode(database.db, promotion.id, 'AAAAAAAA');
      await expect(generateCouponBatch(database.db, { promotionId: promotion.id, count: 2, prefix: '' }, () => 0)).rejects.toThrow(/could not draw/);
      expect([await codeCount(), await batchCount()]).toEqual([1, 0]);
    });

    it('generates 10,000 unique codes in well under a few seconds', async () => {
      const promotion = await givenPromotion(database.db);
      const started = performance.now();
      const generated = await generateCouponBatch(database.db, { promotionId: promotion.id, count: 10_000, prefix: 'BULK' });
      const elapsed = performance.now() - started;
      expect(generated.ok).toBe(true);
      expect(elapsed).toBeLessThan(3_000);
      const counted = await sql<{ total: number; distinct: number }>`
        SELECT count(*)::int AS total, count(DISTINCT code)::int AS distinct FROM cart.coupon_code WHERE promotion_id = ${promotion.id}::uuid`.execute(database.db);
      expect(counted.rows[0]).toEqual({ total: 10_000, distinct: 10_000 });
    });

    it('refuses to export an unknown batch', async () => {
      const nowhere = randomUUID();
      expect(await batchCodes(database.db, nowhere)).toEqual({ ok: false, error: { type: 'UnknownCouponBatch', batchId: nowhere } });
    });
  });
});
