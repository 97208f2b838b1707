import { type Config, parseConfig } from '@emporium/platform-config';

/** The only place that reads `process.env`. Everything else receives the validated Config. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}
