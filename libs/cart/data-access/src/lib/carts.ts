import type { Cart, CartLine } from '@emporium/cart-domain';
import type { CurrencyCode } from '@emporium/money';
import { sql } from 'kysely';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { cartDb } from './cart.tables';
import type { CartDestination, StoredCart } from './stored-cart';

/** The pool, or the transaction a change runs in. */
type Db = Database | DbTransaction;

interface CartRow {
  id: string;
  user_id: string | null;
  status: string;
  currency: string;
  country: string | null;
  region: string | null;
  postal_code: string | null;
  updated_at: Date;
  lines: Array<{ variant_id: string; sku: string; title: string; options: Record<string, string>; quantity: number; unit_amount: number; captured_at: string }>;
  codes: string[];
}

/**
 * A cart with its lines and codes in one statement (the cart page reads it on every visit). The cart row is the lock
 * of everything in the cart. Locking takes a statement of its own: under READ COMMITTED a statement that waited for
 * the lock would still read the lines as they were before it waited (its snapshot predates the wait), and a change
 * made by the holder of the lock would be lost.
 */
async function selectCart(db: Db, where: ReturnType<typeof sql>, forUpdate: boolean): Promise<CartRow | null> {
  if (forUpdate) {
    const locked = await sql<{ id: string }>`SELECT c.id FROM cart.cart c WHERE ${where} FOR UPDATE`.execute(db);
    const id = locked.rows[0]?.id;
    if (!id) return null;
    return selectCart(db, sql`c.id = ${id}::uuid`, false);
  }
  const { rows } = await sql<CartRow>`
    SELECT c.id, c.user_id, c.status, c.currency, c.country, c.region, c.postal_code, c.updated_at,
      coalesce((SELECT json_agg(json_build_object('variant_id', l.variant_id, 'sku', l.sku, 'title', l.title, 'options', l.options,
                  'quantity', l.quantity, 'unit_amount', l.unit_amount, 'captured_at', l.captured_at) ORDER BY l.position)
                FROM cart.cart_line l WHERE l.cart_id = c.id), '[]') AS lines,
      coalesce((SELECT json_agg(cc.code ORDER BY cc.position) FROM cart.cart_coupon cc WHERE cc.cart_id = c.id), '[]') AS codes
    FROM cart.cart c WHERE ${where}`.execute(db);
  return rows[0] ?? null;
}

function toStoredCart(row: CartRow): StoredCart {
  const currency = row.currency as CurrencyCode;
  return {
    id: row.id,
    userId: row.user_id,
    cart: {
      currency,
      lines: row.lines.map(
        (line): CartLine => ({
          variantId: line.variant_id,
          sku: line.sku,
          title: line.title,
          options: line.options,
          quantity: line.quantity,
          unitPrice: { amount: Number(line.unit_amount), currency },
          capturedAt: new Date(line.captured_at),
        }),
      ),
    },
    couponCodes: row.codes,
    destination: row.country ? { country: row.country, region: row.region, postalCode: row.postal_code } : null,
    updatedAt: row.updated_at,
  };
}

/** The active guest cart a cookie token (hashed) points at, or null. `forUpdate` locks it for the transaction. */
export async function findGuestCart(db: Db, tokenHash: Buffer, options: { forUpdate?: boolean } = {}): Promise<StoredCart | null> {
  const row = await selectCart(db, sql`c.token_hash = ${tokenHash} AND c.status = 'active' AND c.user_id IS NULL`, options.forUpdate ?? false);
  return row && toStoredCart(row);
}

/** The customer's active cart, or null. `forUpdate` locks it for the transaction. */
export async function findCustomerCart(db: Db, userId: string, options: { forUpdate?: boolean } = {}): Promise<StoredCart | null> {
  const row = await selectCart(db, sql`c.user_id = ${userId}::uuid AND c.status = 'active'`, options.forUpdate ?? false);
  return row && toStoredCart(row);
}

/** Any cart by id, whatever its state (the checkout names carts by id). */
export async function findCartById(db: Db, id: string): Promise<(StoredCart & { readonly status: string }) | null> {
  const row = await selectCart(db, sql`c.id = ${id}::uuid`, false);
  return row && { ...toStoredCart(row), status: row.status };
}

export async function createGuestCart(trx: DbTransaction, tokenHash: Buffer, currency: CurrencyCode): Promise<StoredCart> {
  const row = await cartDb(trx).insertInto('cart').values({ token_hash: tokenHash, currency }).returning(['id', 'updated_at']).executeTakeFirstOrThrow();
  return { id: row.id, userId: null, cart: { currency, lines: [] }, couponCodes: [], destination: null, updatedAt: row.updated_at };
}

/**
 * The customer's active cart, created when there is none, locked for the transaction. Two first requests of one
 * customer racing each other meet at the unique index; the loser reads the winner's cart.
 */
export async function lockOrCreateCustomerCart(trx: DbTransaction, userId: string, currency: CurrencyCode): Promise<StoredCart> {
  await cartDb(trx)
    .insertInto('cart')
    .values({ user_id: userId, currency })
    .onConflict((conflict) => conflict.column('user_id').where('status', '=', 'active').where('user_id', 'is not', null).doNothing())
    .execute();
  const cart = await findCustomerCart(trx, userId, { forUpdate: true });
  if (!cart) throw new Error(`The active cart of user ${userId} vanished inside its transaction`);
  return cart;
}

/** Writes the cart's lines and currency as they now are (a cart holds at most a hundred lines: rewritten whole). */
export async function saveCartLines(trx: DbTransaction, cartId: string, cart: Cart): Promise<void> {
  await cartDb(trx).deleteFrom('cart_line').where('cart_id', '=', cartId).execute();
  if (cart.lines.length > 0) {
    await cartDb(trx)
      .insertInto('cart_line')
      .values(
        cart.lines.map((line, position) => ({
          cart_id: cartId,
          variant_id: line.variantId,
          sku: line.sku,
          title: line.title,
          options: JSON.stringify(line.options),
          quantity: line.quantity,
          unit_amount: line.unitPrice.amount,
          captured_at: line.capturedAt,
          position,
        })),
      )
      .execute();
  }
  await cartDb(trx).updateTable('cart').set({ currency: cart.currency, updated_at: new Date() }).where('id', '=', cartId).execute();
}

/** Replaces the codes applied to the cart (in the order given). */
export async function saveCartCoupons(trx: DbTransaction, cartId: string, codes: readonly string[]): Promise<void> {
  await cartDb(trx).deleteFrom('cart_coupon').where('cart_id', '=', cartId).execute();
  if (codes.length > 0) {
    await cartDb(trx)
      .insertInto('cart_coupon')
      .values(codes.map((code, position) => ({ cart_id: cartId, code, position })))
      .execute();
  }
  await cartDb(trx).updateTable('cart').set({ updated_at: new Date() }).where('id', '=', cartId).execute();
}

export async function saveCartDestination(trx: DbTransaction, cartId: string, destination: CartDestination | null): Promise<void> {
  await cartDb(trx)
    .updateTable('cart')
    .set({ country: destination?.country ?? null, region: destination?.region ?? null, postal_code: destination?.postalCode ?? null, updated_at: new Date() })
    .where('id', '=', cartId)
    .execute();
}

/** A guest cart folded into a customer's: kept for a trace of where its lines went, no longer found by its token. */
export async function markCartMerged(trx: DbTransaction, guestCartId: string, intoCartId: string | null): Promise<void> {
  await cartDb(trx).updateTable('cart').set({ status: 'merged', merged_into: intoCartId, token_hash: null, updated_at: new Date() }).where('id', '=', guestCartId).execute();
}

/**
 * Deletes guest carts nobody touched since `before` (abandoned), and merged guest carts, oldest first, at most
 * `limit` per call. Customer carts are kept: they belong to an account.
 */
/**
 * The checkout placed an order from the cart: it is no longer anyone's active cart (the next add opens a new one).
 * True the first time; a cart already completed (a retried step) changes nothing.
 */
export async function markCartCompleted(db: Db, cartId: string): Promise<{ readonly found: boolean; readonly changed: boolean }> {
  const changed = await cartDb(db).updateTable('cart').set({ status: 'completed', updated_at: sql<Date>`now()` }).where('id', '=', cartId).where('status', '=', 'active').executeTakeFirst();
  if (Number(changed.numUpdatedRows) > 0) return { found: true, changed: true };
  const exists = await cartDb(db).selectFrom('cart').select('status').where('id', '=', cartId).executeTakeFirst();
  return { found: exists !== undefined, changed: false };
}

export async function deleteAbandonedGuestCarts(db: Db, before: Date, limit: number): Promise<number> {
  const result = await cartDb(db)
    .deleteFrom('cart')
    .where('id', 'in', (select) =>
      select.selectFrom('cart').select('id').where('user_id', 'is', null).where('status', '!=', 'completed').where('updated_at', '<', before).orderBy('updated_at').limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
