import type { Database } from '@emporium/platform-db';
import { hashPassword, insertAccount, userDb } from '@emporium/user-data-access';

/** Local use only: the README lists these so a fresh shop can be explored as staff and as a shopper. */
export const DEMO_USERS = [
  { email: 'admin@example.com', password: 'emporium-admin-demo', role: 'admin', name: 'Demo Admin' },
  { email: 'shopper@example.com', password: 'emporium-shopper-demo', role: 'customer', name: 'Demo Shopper' },
] as const;

/** Creates the demo admin and shopper in an empty user schema; a shop that already has accounts is left alone. */
export async function seedDemoUsers(db: Database): Promise<void> {
  const existing = await userDb(db).selectFrom('account').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  for (const user of DEMO_USERS) {
    await insertAccount(db, { email: user.email, passwordHash: await hashPassword(user.password), role: user.role, name: user.name, emailVerifiedAt: new Date() });
  }
}
