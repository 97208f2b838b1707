/**
 * `npx tsx tools/test-gateway/src/main.ts`: the test gateway as its own process, for dev and end-to-end tests.
 * Settings come from TEST_GATEWAY_* variables (see README.md); prints its URL, stops on SIGTERM or SIGINT.
 */
import { stopOnSignals } from '@emporium/stand-in-kit';
import { optionsFromEnv } from './env';
import { startTestGateway } from './test-gateway';

const parsed = optionsFromEnv(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const gateway = await startTestGateway({ ...parsed.options, log: parsed.quiet ? undefined : (line) => console.log(line) });
const { webhook } = parsed.options;
const targets = webhook ? [webhook.url].flat().join(', ') : '';
console.log(`Test gateway listening on ${gateway.url}` + (webhook ? ` (webhooks to ${targets})` : ' (no webhook URL: events are only recorded)'));

stopOnSignals(() => gateway.close());
