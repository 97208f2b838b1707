/**
 * `DATABASE_URL=… npm run create-admin -- --email owner@shop.example`: creates the shop's first admin, or promotes an
 * existing account. The logic lives in @emporium/user-api (`provisionAdmin`); this is only the command line around it.
 */
import { createDatabase, migrateToLatest } from '@emporium/platform-db';
import { provisionAdmin } from '@emporium/user-api';
import { findCredentialsByEmail, userMigrationSet } from '@emporium/user-data-access';
import { normalizeEmail } from '@emporium/user-domain';
import { parseCli } from './cli-options';
import { readSecret } from './read-secret';

const cli = parseCli(process.argv.slice(2), process.env);
if (!cli.ok) {
  (cli.help ? console.log : console.error)(cli.message);
  process.exit(cli.help ? 0 : 2);
}

const handle = createDatabase({ connectionString: cli.options.databaseUrl, poolMax: 2, applicationName: 'create-admin' });
try {
  await migrateToLatest(handle.db, [userMigrationSet]);
  const exists = await findCredentialsByEmail(handle.db, normalizeEmail(cli.options.email));
  const password = exists ? undefined : (cli.options.password ?? (await readSecret(`Password for ${cli.options.email}: `)));
  const result = await provisionAdmin(handle.db, { email: cli.options.email, password });
  if (!result.ok) {
    console.error(`${result.field}: ${result.message}`);
    process.exitCode = 2;
  } else {
    const said = { created: 'Created admin', promoted: 'Made admin:', already_admin: 'Already an admin:' }[result.outcome];
    console.log(`${said} ${result.email}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
