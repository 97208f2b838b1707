import { cartRouter, expireGuestCartsJob } from '@emporium/cart-api';
import { cartMigrationSet, seedDemoPricing } from '@emporium/cart-data-access';
import { catalogEventHandlers, catalogRouter } from '@emporium/catalog-api';
import { catalogMigrationSet, seedDemoData } from '@emporium/catalog-data-access';
import { expireReservationsJob, inventoryEventHandlers, inventoryRouter } from '@emporium/inventory-api';
import { ensureDemoLocations, inventoryMigrationSet } from '@emporium/inventory-data-access';
import type { Config, ProcessRole, ServiceName } from '@emporium/platform-config';
import { inTransaction, type MigrationSet } from '@emporium/platform-db';
import { eventsMigrationSet, type EventHandler, type JobDefinition, purgeProcessedEventsJob } from '@emporium/platform-events';
import { createMailTransport, mailDeliveryJob, mailMigrationSet } from '@emporium/platform-mail';
import { orderEventHandlers, orderRouter } from '@emporium/order-api';
import { orderMigrationSet } from '@emporium/order-data-access';
import { router } from '@emporium/platform-trpc';
import { PAYMENT_WEBHOOK_PATH, paymentJobs, paymentRouter, receivePaymentWebhook } from '@emporium/payment-api';
import { paymentMigrationSet } from '@emporium/payment-data-access';
import { CARRIER_WEBHOOK_PATH, receiveCarrierWebhook, shippingRouter } from '@emporium/shipping-api';
import { seedDemoShipping, shippingMigrationSet } from '@emporium/shipping-data-access';
import { storefrontRouter } from '@emporium/storefront-api';
import { checkoutRecoveryTask } from '@emporium/checkout-api';
import { checkoutMigrationSet } from '@emporium/checkout-data-access';
import { purgeExpiredCredentialsJob, resendVerificationJob, seedDemoUsers, sendPasswordResetJob, userRouter } from '@emporium/user-api';
import { userMigrationSet } from '@emporium/user-data-access';
import type { ServiceDefinition } from './service-definition';

/** The services that exist so far. A new service adds its definition here and its router to `appRouter`. */
export const SERVICES: Partial<Record<ServiceName, ServiceDefinition>> = {
  catalog: {
    name: 'catalog',
    router: catalogRouter,
    migrations: [catalogMigrationSet],
    // Its staff procedures ask the user service who is calling.
    calls: ['user'],
    handlers: catalogEventHandlers,
    jobs: [],
    seedDemo: (db, options, events) => seedDemoData(db, { kind: options.catalog, size: options.size }, events),
  },
  user: {
    name: 'user',
    router: userRouter,
    migrations: [userMigrationSet],
    calls: [],
    handlers: [],
    jobs: [purgeExpiredCredentialsJob, sendPasswordResetJob, resendVerificationJob] as JobDefinition[],
    seedDemo: (db) => seedDemoUsers(db),
  },
  inventory: {
    name: 'inventory',
    router: inventoryRouter,
    migrations: [inventoryMigrationSet],
    // Its staff procedures ask the user service who is calling.
    calls: ['user'],
    handlers: inventoryEventHandlers,
    jobs: [expireReservationsJob],
    // Demo stock arrives with the catalog's `catalog.skus-registered` event; the warehouses exist from the start.
    seedDemo: (db) => inTransaction(db, ensureDemoLocations),
  },
  cart: {
    name: 'cart',
    router: cartRouter,
    migrations: [cartMigrationSet],
    // Prices and product facts come from the catalog, availability from the inventory, the shopper from the user service.
    calls: ['catalog', 'inventory', 'user'],
    handlers: [],
    jobs: [expireGuestCartsJob],
    seedDemo: (db) => inTransaction(db, seedDemoPricing),
  },
  shipping: {
    name: 'shipping',
    router: shippingRouter,
    migrations: [shippingMigrationSet],
    // Weights and prices come from the catalog, ship-from addresses from the inventory's locations; staff procedures
    // ask the user service who is calling.
    calls: ['catalog', 'inventory', 'user'],
    handlers: [],
    jobs: [],
    // Carriers post tracking events here (signed; not tRPC, so outside the CSRF guard).
    httpRoutes: [
      {
        method: 'POST',
        path: CARRIER_WEBHOOK_PATH,
        handle: (request, runtime) =>
          receiveCarrierWebhook(runtime, { slug: request.params['carrier'] ?? '', headers: request.headers, rawBody: request.rawBody, now: new Date() }),
      },
    ],
    seedDemo: (db) => inTransaction(db, seedDemoShipping),
  },
  payment: {
    name: 'payment',
    router: paymentRouter,
    migrations: [paymentMigrationSet],
    // Staff procedures ask the user service who is calling.
    calls: ['user'],
    handlers: [],
    jobs: paymentJobs,
    // Gateways post payment events here (signed; not tRPC, so outside the CSRF guard).
    httpRoutes: [
      {
        method: 'POST',
        path: PAYMENT_WEBHOOK_PATH,
        handle: (request, runtime) =>
          receivePaymentWebhook(runtime, { slug: request.params['gateway'] ?? '', headers: request.headers, rawBody: request.rawBody, now: new Date() }),
      },
    ],
  },
  order: {
    name: 'order',
    router: orderRouter,
    migrations: [orderMigrationSet],
    // Money moves through the payment service, stock through the inventory, labels through the shipping service;
    // staff and customer procedures ask the user service who is calling.
    calls: ['payment', 'inventory', 'shipping', 'user'],
    // Shipments move the order's lines to shipped and delivered.
    handlers: orderEventHandlers,
    jobs: [],
  },
  storefront: {
    name: 'storefront',
    router: storefrontRouter,
    // The checkout's attempts (schema `storefront`, table checkout_attempt): the saga state the recovery sweep finishes or undoes.
    migrations: [checkoutMigrationSet],
    // The home page reads the catalog; the checkout calls every service an order touches.
    calls: ['catalog', 'cart', 'inventory', 'payment', 'order', 'shipping'],
    handlers: [],
    jobs: [],
    background: [checkoutRecoveryTask],
  },
};

/** The whole API as one router: the type the SPA and typed clients infer from. */
export const appRouter = router({
  cart: cartRouter,
  catalog: catalogRouter,
  inventory: inventoryRouter,
  order: orderRouter,
  payment: paymentRouter,
  shipping: shippingRouter,
  storefront: storefrontRouter,
  user: userRouter,
});
export type AppRouter = typeof appRouter;

/** Platform schemas every process needs (events and the job queue, the mail outbox). */
export const PLATFORM_MIGRATIONS: readonly MigrationSet[] = [eventsMigrationSet, mailMigrationSet];

/** Platform jobs; mail delivery needs the configured transport (SMTP, or the dev mailbox). */
export function platformJobs(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): JobDefinition[] {
  return [purgeProcessedEventsJob, mailDeliveryJob(createMailTransport({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }), config.MAIL_FROM) as JobDefinition];
}

export function definedServices(): ServiceDefinition[] {
  return Object.values(SERVICES).filter((definition): definition is ServiceDefinition => definition !== undefined);
}

/** The definitions of the services a process mounts (`SERVICES=catalog,storefront`). */
export function mountedServices(roles: readonly ProcessRole[]): ServiceDefinition[] {
  return definedServices().filter((definition) => roles.includes(definition.name));
}

/** Every migration set, platform first: what `migrate` applies and what test templates contain. */
export function allMigrationSets(): MigrationSet[] {
  return [...PLATFORM_MIGRATIONS, ...definedServices().flatMap((definition) => definition.migrations)];
}

export function allHandlers(): EventHandler[] {
  return definedServices().flatMap((definition) => definition.handlers);
}

export function allJobs(config: Config): JobDefinition[] {
  return [...platformJobs(config), ...definedServices().flatMap((definition) => (typeof definition.jobs === 'function' ? definition.jobs(config) : definition.jobs))];
}

/** A router with only the mounted services' namespaces, for the process's `/trpc` endpoint. */
export function routerFor(definitions: readonly ServiceDefinition[]) {
  return router(Object.fromEntries(definitions.map((definition) => [definition.name, definition.router])));
}
