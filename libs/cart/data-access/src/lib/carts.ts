import type { Cart, CartLine } from '@emporium/cart-domain';
import type { CurrencyCode } from '@emporium/money';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { cartDb } from './cart.tables';
import type { CartDestination, StoredCart } from './stored-cart';

/** The pool, or the transaction a change runs in. */
type Db = Database | DbTransaction;

interface CartRow {
  id: string;
  user_id: string | null;
  currency: string;
  country: string | null;
  region: string | null;
  postal_code: string | null;
  updated_at: Date;
}

const CART_COLUMNS = ['id', 'user_id', 'currency', 'country', 'region', 'postal_code', 'updated_at'] as const;

async function loadCart(db: Db, row: CartRow): Promise<StoredCart> {
  const [lines, coupons] = await Promise.all([
    cartDb(db).selectFrom('cart_line').selectAll().where('cart_id', '=', row.id).orderBy('position').execute(),
    cartDb(db).selectFrom('cart_coupon').select('code').where('cart_id', '=', row.id).orderBy('position').execute(),
  ]);
  const currency = row.currency as CurrencyCode;
  return {
    id: row.id,
    userId: row.user_id,
    cart: {
      currency,
      lines: lines.map(
        (line): CartLine => ({
          variantId: line.variant_id,
          sku: line.sku,
          title: line.title,
          options: line.options,
          quantity: line.quantity,
          unitPrice: { amount: Number(line.unit_amount), currency },
          capturedAt: line.captured_at,
        }),
      ),
    },
    couponCodes: coupons.map((coupon) => coupon.code),
    destination: row.country ? { country: row.country, region: row.region, postalCode: row.postal_code } : null,
    updatedAt: row.updated_at,
  };
}

/** The active guest cart a cookie token (hashed) points at, or null. `forUpdate` locks it for the transaction. */
export async function findGuestCart(db: Db, tokenHash: Buffer, options: { forUpdate?: boolean } = {}): Promise<StoredCart | null> {
  let query = cartDb(db).selectFrom('cart').select(CART_COLUMNS).where('token_hash', '=', tokenHash).where('status', '=', 'active').where('user_id', 'is', null);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? loadCart(db, row) : null;
}

/** The customer's active cart, or null. `forUpdate` locks it for the transaction. */
export async function findCustomerCart(db: Db, userId: string, options: { forUpdate?: boolean } = {}): Promise<StoredCart | null> {
  let query = cartDb(db).selectFrom('cart').select(CART_COLUMNS).where('user_id', '=', userId).where('status', '=', 'active');
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? loadCart(db, row) : null;
}

/** Any cart by id, whatever its state (the checkout names carts by id). */
export async function findCartById(db: Db, id: string): Promise<(StoredCart & { readonly status: string }) | null> {
  const row = await cartDb(db).selectFrom('cart').select([...CART_COLUMNS, 'status']).where('id', '=', id).executeTakeFirst();
  return row ? { ...(await loadCart(db, row)), status: row.status } : null;
}

export async function createGuestCart(trx: DbTransaction, tokenHash: Buffer, currency: CurrencyCode): Promise<StoredCart> {
  const row = await cartDb(trx).insertInto('cart').values({ token_hash: tokenHash, currency }).returning(CART_COLUMNS).executeTakeFirstOrThrow();
  return loadCart(trx, row);
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
export async function deleteAbandonedGuestCarts(db: Db, before: Date, limit: number): Promise<number> {
  const result = await cartDb(db)
    .deleteFrom('cart')
    .where('id', 'in', (select) =>
      select.selectFrom('cart').select('id').where('user_id', 'is', null).where('status', '!=', 'completed').where('updated_at', '<', before).orderBy('updated_at').limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
