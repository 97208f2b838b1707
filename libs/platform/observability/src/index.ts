export { createLogger, type Logger } from './lib/logger';
export { type CheckoutOutcome, createMetrics, type Metrics, PAYMENT_FAILURE_REASONS, type PaymentFailureReason, type PoolStats } from './lib/metrics';
