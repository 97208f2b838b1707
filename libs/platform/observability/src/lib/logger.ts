import { type DestinationStream, type LevelWithSilent, type LoggerOptions, pino, type Logger as PinoLogger } from 'pino';
import { traceHooks } from './trace-hooks';

export type Logger = PinoLogger;

/**
 * JSON logs to stdout, one object a line; secrets in well-known places are redacted. When tracing is on (its hooks
 * are installed before the first logger is made), every line also carries the active span's `traceId` and `spanId`;
 * when it is off the logger has no mixin at all, so a line costs what it did before. `destination` is for tests.
 */
export function createLogger(options: { level: LevelWithSilent; name?: string; destination?: DestinationStream }): Logger {
  const tracing = traceHooks();
  const settings: LoggerOptions = {
    level: options.level,
    name: options.name ?? 'emporium',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(tracing ? { mixin: () => tracing.logFields() } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', 'headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
