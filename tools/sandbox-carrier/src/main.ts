/**
 * `npx tsx tools/sandbox-carrier/src/main.ts`: the sandbox carrier as its own process, for dev and end-to-end tests.
 * Settings come from SANDBOX_CARRIER_* variables (see README.md); prints its URL, stops on SIGTERM or SIGINT.
 */
import { stopOnSignals } from '@emporium/stand-in-kit';
import { optionsFromEnv } from './env';
import { startSandboxCarrier } from './sandbox-carrier';

const parsed = optionsFromEnv(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const carrier = await startSandboxCarrier({ ...parsed.options, log: parsed.quiet ? undefined : (line) => console.log(line) });
const { webhook } = parsed.options;
console.log(`Sandbox carrier listening on ${carrier.url}` + (webhook ? ` (webhooks to ${webhook.url})` : ' (no webhook URL: events are only recorded)'));

stopOnSignals(() => carrier.stop());
