import { parseArgs } from 'node:util';

export const USAGE = `Usage: DATABASE_URL=postgres://… npm run create-admin -- --email owner@shop.example

Creates the shop's first admin (or makes an existing account an admin). A new account's password is read from
EMPORIUM_ADMIN_PASSWORD, or from standard input (typed at a hidden prompt, or piped) — never from the command line,
where it would end up in the shell history and the process list. Migrates the user schema first.`;

export interface CliOptions {
  readonly databaseUrl: string;
  readonly email: string;
  /** From the environment; otherwise read from standard input when the account does not exist yet. */
  readonly password: string | undefined;
}

export type ParsedCli = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly message: string; readonly help?: true };

/** Reads the command line and the environment; the only place the tool looks at either. */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedCli {
  let values: { email?: string; help?: boolean; password?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { email: { type: 'string' }, help: { type: 'boolean', short: 'h' }, password: { type: 'string' } }, strict: true }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { ok: false, message: USAGE, help: true };
  if (values.password !== undefined) return { ok: false, message: `Do not pass the password as an argument.\n\n${USAGE}` };
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) return { ok: false, message: `DATABASE_URL must be set to a postgres:// URL.\n\n${USAGE}` };
  if (!values.email) return { ok: false, message: `--email is required.\n\n${USAGE}` };
  return { ok: true, options: { databaseUrl, email: values.email, password: env['EMPORIUM_ADMIN_PASSWORD'] || undefined } };
}
