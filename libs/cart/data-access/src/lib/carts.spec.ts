import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import type { Cart } from '@emporium/cart-domain';
import type { CurrencyCode } from '@emporium/money';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { cartMigrationSet } from './cart.migrations';
import { hashCartToken, isWellFormedCartToken, newCartToken } from './cart-token';
import {
  createGuestCart,
  deleteAbandonedGuestCarts,
  findCustomerCart,
  findGuestCart,
  lockOrCreateCustomerCart,
  markCartMerged,
  saveCartCoupons,
  saveCartDestination,
  saveCartLines,
} from './carts';

const USD = 'USD' as CurrencyCode;
const captured = new Date('2026-11-01T10:00:00Z');
const cartWith = (...lines: Array<[string, number, number]>): Cart => ({
  currency: USD,
  lines: lines.map(([sku, quantity, amount]) => ({ variantId: randomUUID(), sku, title: `${sku} title`, options: { Size: 'M' }, quantity, unitPrice: { amount, currency: USD }, capturedAt: captured })),
});

describe('stored carts', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('issues unguessable guest tokens and keeps only their hash', async () => {
    const token = newCartToken();
    expect(isWellFormedCartToken(token)).toBe(true);
    expect(newCartToken()).not.toBe(token);
    const created = await inTransaction(database.db, (trx) => createGuestCart(trx, hashCartToken(token), USD));
    expect((await findGuestCart(database.db, hashCartToken(token)))?.id).toBe(created.id);
    const stored = await sql<{ token_hash: Buffer }>`SELECT token_hash FROM cart.cart`.execute(database.db);
    expect(stored.rows[0]?.token_hash.toString('base64url')).not.toContain(token);
    expect(await findGuestCart(database.db, hashCartToken(newCartToken()))).toBeNull();
  });

  it('round-trips lines in order with their snapshot, the codes in order and the destination', async () => {
    const cart = cartWith(['TEE-M', 2, 1900], ['CAP', 1, 2800]);
    await inTransaction(database.db, async (trx) => {
      const created = await createGuestCart(trx, hashCartToken(newCartToken()), USD);
      await saveCartLines(trx, created.id, cart);
      await saveCartCoupons(trx, created.id, ['WELCOME10', 'FREESHIP']);
      await saveCartDestination(trx, created.id, { country: 'US', region: 'CA', postalCode: '94103' });
      return created;
    });
    const [row] = (await sql<{ token_hash: Buffer }>`SELECT token_hash FROM cart.cart`.execute(database.db)).rows;
    const reread = await findGuestCart(database.db, row!.token_hash);
    expect(reread).toMatchObject({ cart, couponCodes: ['WELCOME10', 'FREESHIP'], destination: { country: 'US', region: 'CA', postalCode: '94103' }, userId: null });
  });

  it('gives a customer one active cart even when two first requests race', async () => {
    const userId = randomUUID();
    const carts = await Promise.all(Array.from({ length: 8 }, () => inTransaction(database.db, (trx) => lockOrCreateCustomerCart(trx, userId, USD))));
    expect(new Set(carts.map((cart) => cart.id)).size).toBe(1);
    expect((await findCustomerCart(database.db, userId))?.id).toBe(carts[0]?.id);
  });

  it('reads the lines as the holder of the lock left them, after waiting for it', async () => {
    const userId = randomUUID();
    const first = cartWith(['TEE-M', 1, 1900]);
    await inTransaction(database.db, async (trx) => saveCartLines(trx, (await lockOrCreateCustomerCart(trx, userId, USD)).id, first));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = inTransaction(database.db, async (trx) => {
      const cart = await findCustomerCart(trx, userId, { forUpdate: true });
      await held;
      await saveCartLines(trx, cart!.id, { ...first, lines: [{ ...first.lines[0]!, quantity: 5 }] });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiter = inTransaction(database.db, async (trx) => (await findCustomerCart(trx, userId, { forUpdate: true }))?.cart.lines[0]?.quantity);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await holder;
    expect(await waiter).toBe(5);
  });

  it('hides a merged guest cart from its token', async () => {
    const token = newCartToken();
    const userId = randomUUID();
    await inTransaction(database.db, async (trx) => {
      const guest = await createGuestCart(trx, hashCartToken(token), USD);
      const customer = await lockOrCreateCustomerCart(trx, userId, USD);
      await markCartMerged(trx, guest.id, customer.id);
    });
    expect(await findGuestCart(database.db, hashCartToken(token))).toBeNull();
  });

  it('deletes guest carts untouched for the given time, and never a customer cart', async () => {
    const oldGuest = await inTransaction(database.db, (trx) => createGuestCart(trx, hashCartToken(newCartToken()), USD));
    const recentGuest = await inTransaction(database.db, (trx) => createGuestCart(trx, hashCartToken(newCartToken()), USD));
    const oldCustomer = await inTransaction(database.db, (trx) => lockOrCreateCustomerCart(trx, randomUUID(), USD));
    await inTransaction(database.db, (trx) => saveCartLines(trx, oldGuest.id, cartWith(['TEE-M', 1, 1900])));
    await sql`UPDATE cart.cart SET updated_at = now() - interval '31 days' WHERE id IN (${oldGuest.id}, ${oldCustomer.id})`.execute(database.db);

    const cutoff = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    expect(await deleteAbandonedGuestCarts(database.db, cutoff, 100)).toBe(1);
    const left = await sql<{ id: string }>`SELECT id FROM cart.cart ORDER BY id`.execute(database.db);
    expect(left.rows.map((row) => row.id).sort()).toEqual([recentGuest.id, oldCustomer.id].sort());
    const lines = await sql<{ count: string }>`SELECT count(*) AS count FROM cart.cart_line`.execute(database.db);
    expect(Number(lines.rows[0]?.count)).toBe(0);
  });
});
