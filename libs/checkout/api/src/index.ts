export { type CheckoutRouter, checkoutRouter } from './lib/checkout.router';
export { checkoutRecoveryTask, recoverAttempt, sweepCheckouts } from './lib/checkout-recovery';
export type { CheckoutView } from './lib/checkout-view';
