export { paymentMigrationSet } from './lib/payment.migrations';
export { PAYMENT_SCHEMA, paymentDb, type PaymentTables } from './lib/payment.tables';
export {
  authorizedBefore,
  clientSecretMatches,
  createPayment,
  getPayment,
  hashClientSecret,
  listPayments,
  lockPayment,
  lockPaymentByIntent,
  type NewPayment,
  type Payment,
  type PaymentCard,
  type PaymentChanges,
  type PaymentFilter,
  updatePayment,
} from './lib/payments';
export {
  type AttemptOperation,
  findAttemptByRequestKey,
  listAttempts,
  type NewAttempt,
  openAttempt,
  paymentsWithUnsettledAttempts,
  settleAttempt,
  type StoredAttempt,
} from './lib/attempts';
export { appendLedger, loadLedger, type StoredLedgerEntry } from './lib/ledger';
export { listWebhookEvents, recordWebhookEvent } from './lib/webhook-events';
