import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface CliOptions {
  readonly databaseUrl: string;
  readonly products: number;
  readonly seed: number;
  readonly batchSize: number;
}

export const USAGE = `Usage: DATABASE_URL=postgres://… npx tsx tools/catalog-generator/src/main.ts [--products 10000] [--seed 42] [--batch-size 500]

Generates a deterministic demo catalog and loads it into DATABASE_URL's (empty) catalog, migrating the catalog schema first.`;

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`);

const schema = z.object({
  databaseUrl: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be set to a postgres:// URL' }),
  products: wholeNumber('--products', 0, 200_000),
  seed: wholeNumber('--seed', 0, 2 ** 32 - 1),
  batchSize: wholeNumber('--batch-size', 1, 5_000),
});

export type ParsedCli = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly message: string; readonly help?: true };

/** Reads the command line and the environment; the only place the tool looks at either. */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedCli {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        products: { type: 'string', default: '10000' },
        seed: { type: 'string', default: '42' },
        'batch-size': { type: 'string', default: '500' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { ok: false, message: USAGE, help: true };
  const parsed = schema.safeParse({ databaseUrl: env['DATABASE_URL'], products: values.products, seed: values.seed, batchSize: values['batch-size'] });
  if (!parsed.success) return { ok: false, message: `${parsed.error.issues.map((issue) => issue.message).join('\n')}\n\n${USAGE}` };
  return { ok: true, options: parsed.data };
}
