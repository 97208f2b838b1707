import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import type { OrderSnapshot } from '@emporium/order-domain';
import { orderMigrationSet } from '@emporium/order-data-access';
import { parseConfig } from '@emporium/platform-config';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { inTransaction } from '@emporium/platform-db';
import type { DomainEvent, EventHandler } from '@emporium/platform-events';
import { mailMigrationSet } from '@emporium/platform-mail';
import { createCallerFactory } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { pino } from 'pino';
import { orderRouter } from './order.router';

const USD = 'USD' as CurrencyCode;
const usd = (amount: number) => ({ amount, currency: USD });

/** Test stand-ins for the payment, inventory and shipping services, answering as their internal procedures do. */
export function fakeServices() {
  const payments = new Map<string, { authorized: number; captured: number; refunded: number; closed: boolean }>();
  const calls: { service: string; op: string; input: Record<string, unknown> }[] = [];
  const keys = new Set<string>();
  const view = (paymentId: string) => {
    const payment = payments.get(paymentId);
    if (!payment) throw new Error(`no payment ${paymentId}`);
    const capturable = payment.closed ? 0 : payment.authorized - payment.captured;
    return {
      id: paymentId,
      status: 'authorized',
      amount: { amount: payment.authorized, currency: 'USD' },
      amounts: { authorized: payment.authorized, captured: payment.captured, refunded: payment.refunded, capturable, refundable: payment.captured - payment.refunded },
    };
  };
  const once = (key: string, move: () => void) => {
    if (keys.has(key)) return;
    keys.add(key);
    move();
  };
  const payment = {
    internal: {
      get: { query: async ({ paymentId }: { paymentId: string }) => view(paymentId) },
      capture: {
        mutate: async (input: { paymentId: string; amount: number; requestKey: string }) => {
          calls.push({ service: 'payment', op: 'capture', input });
          const entry = payments.get(input.paymentId);
          once(input.requestKey, () => entry && ((entry.captured += input.amount), (entry.closed = true)));
          return view(input.paymentId);
        },
      },
      void: {
        mutate: async (input: { paymentId: string; requestKey: string }) => {
          calls.push({ service: 'payment', op: 'void', input });
          const entry = payments.get(input.paymentId);
          once(input.requestKey, () => entry && (entry.closed = true));
          return view(input.paymentId);
        },
      },
      refund: {
        mutate: async (input: { paymentId: string; amount: number; requestKey: string }) => {
          calls.push({ service: 'payment', op: 'refund', input });
          const entry = payments.get(input.paymentId);
          if (entry && input.amount > entry.captured - entry.refunded) throw new Error('refund above captured reached the payment service');
          once(input.requestKey, () => entry && (entry.refunded += input.amount));
          return view(input.paymentId);
        },
      },
    },
  };
  const inventory = {
    reservation: { query: async ({ reservationId }: { reservationId: string }) => ({ id: reservationId, status: 'committed' }) },
    restock: { mutate: async (input: Record<string, unknown>) => (calls.push({ service: 'inventory', op: 'restock', input }), { replayed: false }) },
    release: { mutate: async (input: Record<string, unknown>) => (calls.push({ service: 'inventory', op: 'release', input }), {}) },
  };
  let tracking = 100_000_000_000;
  const shipping = {
    admin: {
      shipments: {
        create: { mutate: async (input: Record<string, unknown>) => (calls.push({ service: 'shipping', op: 'create', input }), { id: randomUUID(), ...input }) },
        cancelLabel: { mutate: async (input: { shipmentId: string }) => (calls.push({ service: 'shipping', op: 'cancelLabel', input }), { id: input.shipmentId, status: 'cancelled' }) },
        buyLabel: {
          mutate: async ({ shipmentId }: { shipmentId: string }) => {
            calls.push({ service: 'shipping', op: 'buyLabel', input: { shipmentId } });
            return { id: shipmentId, carrier: 'sandbox-carrier', service: 'ground', parcels: [{ trackingNumber: `SBX${tracking++}` }] };
          },
        },
      },
    },
  };
  const clients: Record<string, unknown> = { payment, inventory, shipping };
  return {
    calls,
    payments,
    authorise: (amount: number) => {
      const id = randomUUID();
      payments.set(id, { authorized: amount, captured: 0, refunded: 0, closed: false });
      return id;
    },
    services: { client: ((name: string) => clients[name]) as never },
  };
}

/** A database with the order and mail schemas, the fakes, captured events and callers for each kind of caller. */
export function orderHarness() {
  const state = {} as { database: TestDatabase; fakes: ReturnType<typeof fakeServices>; published: { type: string; payload: Record<string, unknown> }[] };
  beforeEach(async () => {
    state.database = await createTestDatabase(inject('pgAdminUrl'), [mailMigrationSet, orderMigrationSet]);
    state.fakes = fakeServices();
    state.published = [];
  });
  afterEach(() => state.database.destroy());

  const events = {
    publish: async (_trx: unknown, type: string, payload: unknown) => {
      state.published.push({ type, payload: payload as Record<string, unknown> });
      return undefined;
    },
    enqueue: async () => randomUUID(),
  };
  const config = parseConfig({ NODE_ENV: 'test' });
  const caller = (overrides: Parameters<typeof testContext>[0]) =>
    createCallerFactory(orderRouter)(testContext({ db: state.database.db, events: events as never, services: state.fakes.services, config, ...overrides }));
  const signedIn = (id: string, role: 'customer' | 'staff') => caller({ identify: async () => ({ user: { id, email: `${role}@example.com`, role }, sessionId: 's' }) });

  return {
    state,
    service: (settings: Partial<typeof config> = {}) => caller({ fromService: true, transport: 'local', config: { ...config, ...settings } }),
    customer: (id: string) => signedIn(id, 'customer'),
    staff: () => signedIn(randomUUID(), 'staff'),
    anonymous: () => caller({}),
    /** An anonymous caller from another client address, whose response headers (Retry-After) the test can read. */
    anonymousFrom: (ip: string, responseHeaders = new Headers()) => caller({ client: { ip, userAgent: 'vitest' }, responseHeaders }),
    /** Delivers a shipping event to the order service's handler as the worker would (its own transaction). */
    deliver: (handler: EventHandler, payload: Record<string, unknown>) =>
      inTransaction(state.database.db, (trx) =>
        handler.handle({ id: randomUUID(), type: handler.event, payload, occurredAt: new Date().toISOString() } as unknown as DomainEvent, trx, {
          db: state.database.db,
          logger: pino({ level: 'silent' }),
          events: events as never,
        }),
      ),
    mails: async () => (await state.database.db.withSchema('mail').selectFrom('message' as never).select(['template' as never, 'recipient' as never]).orderBy('created_at' as never).execute()) as { template: string; recipient: string }[],
  };
}

export const address = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Oakland', region: 'CA', postalCode: '94612', country: 'US' };

/**
 * One line of 3 × 9.99 with a 10% coupon (3.00 off the line) and 10% tax added on top, plus 5.00 shipping untaxed:
 * subtotal 29.97, discount 3.00, line total 26.97, tax 2.70 (of 26.97, rounded), total 29.97 − 3.00 + 5.00 + 2.70 = 34.67.
 */
export function couponSnapshot(): OrderSnapshot {
  return {
    currency: USD,
    taxMode: 'exclusive',
    lines: [
      {
        lineId: 'line-1',
        productId: 'mug',
        sku: 'MUG-BLUE',
        title: 'Blue mug',
        options: [{ name: 'Colour', value: 'Blue' }],
        quantity: 3,
        unitPrice: usd(999),
        subtotal: usd(2997),
        discounts: [{ code: 'TENOFF', kind: 'percentage', amount: usd(300) }],
        discount: usd(300),
        total: usd(2697),
        taxes: [{ basisPoints: 1000, taxableBase: usd(2697), tax: usd(270) }],
        tax: usd(270),
      },
    ],
    shipping: { method: { id: 'ground', name: 'Ground' }, charge: usd(500), discount: usd(0), tax: usd(0) },
    discounts: [{ code: 'TENOFF', kind: 'percentage', amount: usd(300), shipping: usd(0) }],
    taxes: [{ basisPoints: 1000, taxableBase: usd(2697), tax: usd(270) }],
    totals: { subtotal: usd(2997), discountTotal: usd(300), shipping: usd(500), taxTotal: usd(270), total: usd(3467) },
  };
}

export const TOKEN = 'guest-access-token-0123456789abcdef0123456789';

export function createInput(overrides: { checkoutAttempt?: string; customerId?: string | null; paymentId: string }) {
  return {
    checkoutAttempt: overrides.checkoutAttempt ?? `checkout:${randomUUID()}:fp:1`,
    customerId: overrides.customerId ?? null,
    email: 'ada@example.com',
    shippingAddress: address,
    billingAddress: address,
    snapshot: couponSnapshot(),
    paymentId: overrides.paymentId,
    reservationId: randomUUID(),
    accessToken: TOKEN,
  };
}
