import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { configSchema } from './config';
import {
  CONFIG_REFERENCE_COMMAND,
  CONFIG_REFERENCE_END,
  CONFIG_REFERENCE_START,
  configReference,
  configSettings,
  withConfigReference,
} from './config-reference';

const OPERATIONS_DOC = join(import.meta.dirname, '../../../../../docs/operations.md');

describe('configSettings', () => {
  it('describes every setting of the schema', () => {
    const undescribed = configSettings().filter((setting) => !setting.description).map((setting) => setting.name);
    expect(undescribed, `give these configSchema fields a .describe('…') (the docs are generated from it): ${undescribed.join(', ')}`).toEqual([]);
  });

  it('lists every setting in the schema order, one per <SERVICE>_URL included', () => {
    const names = configSettings().map((setting) => setting.name);
    expect(names).toEqual(Object.keys(configSchema.shape));
    expect(names).toContain('CATALOG_URL');
    expect(configSettings().find((setting) => setting.name === 'CATALOG_URL')?.description).toContain('`catalog` service');
  });

  it('shows a default as written in the environment, a documented default in words, or (unset)', () => {
    const byName = Object.fromEntries(configSettings().map((setting) => [setting.name, setting.default]));
    expect(byName).toMatchObject({
      PORT: '`3000`',
      MIGRATE_ON_START: '`true`',
      TRUST_PROXY: '`false`',
      SERVICES: '`all`',
      TRUSTED_ORIGINS: '(none)',
      SHIPPING_HOLIDAYS: '(none)',
      PUBLIC_URL: '`http://localhost:<port>`',
      SANDBOX_CARRIER_TIMEOUT_MS: '`5000`',
      TEST_GATEWAY_PUBLIC_URL: '`TEST_GATEWAY_URL`',
      DATABASE_URL: '(unset)',
    });
  });

  it('derives the allowed values from the schema: enums, boolean words, ranges, URLs, patterns and lengths', () => {
    const schema = z.object({
      MODE: z.enum(['fast', 'safe']).default('safe').describe('Mode.'),
      FLAG: z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true').default(true).describe('Flag.'),
      COUNT: z.coerce.number().int().min(1).max(250_000).default(10).describe('Count.'),
      WAIT_MS: z.coerce.number().int().min(100).default(1_000).describe('Wait.'),
      ENDPOINT: z.url().optional().describe('Endpoint.'),
      CODE: z.string().regex(/^[A-Z]{3}$/).optional().describe('Code.'),
      SECRET: z.string().min(32).describe('Secret.'),
      FREE: z.string().optional(),
    });
    expect(Object.fromEntries(configSettings(schema).map((setting) => [setting.name, setting.allowed]))).toEqual({
      MODE: 'one of `fast`, `safe`',
      FLAG: 'a boolean, `true`/`false`, `1`/`0` or `yes`/`no`',
      COUNT: 'a whole number from 1 to 250,000',
      WAIT_MS: 'a whole number of at least 100',
      ENDPOINT: 'a URL',
      CODE: 'matching `^[A-Z]{3}$`',
      SECRET: 'at least 32 characters',
      FREE: undefined,
    });
    expect(configSettings(schema).find((setting) => setting.name === 'SECRET')?.default).toBe('**required**');
    expect(configSettings(schema).find((setting) => setting.name === 'FREE')?.description).toBeUndefined();
  });
});

describe('configReference', () => {
  it('renders one table row per setting: variable, default, meaning ending in the allowed values', () => {
    const table = configReference(z.object({ PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('TCP port.') }));
    expect(table).toBe('| Variable | Default | Meaning |\n|---|---|---|\n| `PORT` | `3000` | TCP port. Allowed: a whole number from 0 to 65,535. |\n');
  });

  it('escapes pipes and joins lines so a description cannot break the table', () => {
    const table = configReference(z.object({ TIME: z.string().regex(/^(a|b)$/).optional().describe('One\nor | the other.') }));
    expect(table).toContain('| `TIME` | (unset) | One or \\| the other. Allowed: matching `^(a\\|b)$`. |');
  });
});

describe('withConfigReference', () => {
  const doc = `# Ops\n\nProse before.\n\n${CONFIG_REFERENCE_START}\nold table\n${CONFIG_REFERENCE_END}\n\nProse after.\n`;

  it('replaces only the block between the markers', () => {
    const updated = withConfigReference(doc, '| new |\n');
    expect(updated.startsWith(`# Ops\n\nProse before.\n\n${CONFIG_REFERENCE_START}\n`)).toBe(true);
    expect(updated.endsWith(`| new |\n${CONFIG_REFERENCE_END}\n\nProse after.\n`)).toBe(true);
    expect(updated).not.toContain('old table');
    expect(withConfigReference(updated, '| new |\n')).toBe(updated);
  });

  it('refuses a document whose markers are missing, repeated or out of order', () => {
    expect(() => withConfigReference('# Ops\n', '| new |\n')).toThrow(/config-reference:start/);
    expect(() => withConfigReference(`${doc}${CONFIG_REFERENCE_START}\n`, '| new |\n')).toThrow();
    expect(() => withConfigReference(`${CONFIG_REFERENCE_END}\n${CONFIG_REFERENCE_START}\n`, '| new |\n')).toThrow();
  });
});

describe('docs/operations.md', () => {
  it(`holds the configuration reference generated from configSchema (after changing a setting, run ${CONFIG_REFERENCE_COMMAND})`, () => {
    const doc = readFileSync(OPERATIONS_DOC, 'utf8');
    expect(doc.includes(CONFIG_REFERENCE_START) && doc.includes(CONFIG_REFERENCE_END), `docs/operations.md lost its ${CONFIG_REFERENCE_START} / ${CONFIG_REFERENCE_END} markers`).toBe(true);
    expect(doc, `docs/operations.md's configuration reference differs from configSchema: run \`${CONFIG_REFERENCE_COMMAND}\` and commit the result`).toBe(withConfigReference(doc));
  });
});
