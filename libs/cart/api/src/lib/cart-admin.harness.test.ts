/**
 * Shared set-up of the promotion, tax and coupon router specs: one database per spec file, callers by role (and as
 * another service), what a client would see of a failure, and a digest of the pricing tables to prove a refused call
 * wrote nothing. Named `.test.ts` so it compiles with the specs while vitest (which runs `*.spec.ts`) does not run it
 * as a file of its own. The routers are mounted as the cart router mounts them (`admin`, `coupons`).
 */
import { sql } from 'kysely';
import { inject } from 'vitest';
import { cartMigrationSet } from '@emporium/cart-data-access';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { createCallerFactory, type Role, router } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { cartAdminRouter } from './cart-admin.router';
import { couponsRouter } from './coupons.router';

export { type Outcome, outcome } from '@emporium/platform-trpc/testing';

const pricingRouter = router({ admin: cartAdminRouter, coupons: couponsRouter });
export type PricingCaller = ReturnType<typeof pricingRouter.createCaller>;

export interface PricingHarness {
  readonly database: () => TestDatabase;
  /** As a signed-in user of this role (null: anonymous), called from a browser. */
  readonly as: (role: Role | null) => PricingCaller;
  /** As another Emporium service (the checkout), optionally on behalf of a user. */
  readonly service: (role?: Role | null) => PricingCaller;
  /** A digest of every promotion, code, redemption and tax table: equal before and after means nothing was written. */
  readonly state: () => Promise<string>;
}

const PRICING_TABLES = ['promotion', 'coupon_batch', 'coupon_code', 'coupon_redemption', 'tax_class', 'tax_region', 'tax_rate', 'currency_setting'];

/** Registers beforeAll/afterAll hooks: a fresh cart database for the spec file. Tests use their own names and codes. */
export function usePricingHarness(): PricingHarness {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterAll(async () => {
    await database?.destroy();
  });
  const current = () => {
    if (!database) throw new Error('The harness is used outside a test');
    return database;
  };
  const callerOf = (role: Role | null, fromService: boolean) => createCallerFactory(pricingRouter)(testContext({ db: current().db, role, fromService }));
  return {
    database: current,
    as: (role) => callerOf(role, false),
    service: (role = null) => callerOf(role, true),
    state: async () => {
      const digests = await Promise.all(
        PRICING_TABLES.map(async (table) => {
          const { rows } = await sql<{ digest: string | null; count: number }>`
            SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS count FROM ${sql.table(`cart.${table}`)} t`.execute(current().db);
          return `${table}:${rows[0]?.count}:${rows[0]?.digest ?? ''}`;
        }),
      );
      return digests.join(' ');
    },
  };
}

/** A well-formed id that names nothing. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The fields of a running 10 % off code promotion, as a client sends them. */
export const TEN_PERCENT = { name: 'Ten percent', trigger: 'code', discount: { kind: 'percentage', basisPoints: 1000 } } as const;
