export { checkoutMigrationSet } from './lib/checkout.migrations';
export { CHECKOUT_SCHEMA, checkoutDb, type CheckoutTables } from './lib/checkout.tables';
export { claimIdleAttempts, findAttempt, insertAttempt, latestAttempt, type NewAttempt, rememberPayment, renewLease, saveAttempt, type SaveOptions, type StoredAttempt, unfinishedAttemptsOfCart } from './lib/attempts';
