import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';

export type Logger = PinoLogger;

/** JSON logs to stdout, one object a line; secrets in well-known places are redacted. */
export function createLogger(options: { level: LevelWithSilent; name?: string }): Logger {
  return pino({
    level: options.level,
    name: options.name ?? 'emporium',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', 'headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}
