export { createLogger, type Logger } from './lib/logger';
export { type CheckoutOutcome, createMetrics, type Metrics, PAYMENT_FAILURE_REASONS, type PaymentFailureReason, type PoolStats } from './lib/metrics';
export { installTraceHooks, type TraceHooks, traceHooks } from './lib/trace-hooks';
