export { createLogger, type Logger } from './lib/logger';
export { createMetrics, type Metrics, type PoolStats } from './lib/metrics';
