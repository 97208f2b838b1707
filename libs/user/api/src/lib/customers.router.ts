import { inTransaction } from '@emporium/platform-db';
import { adminProcedure, domainError, router, staffProcedure } from '@emporium/platform-trpc';
import { customerSearchInput, setRoleInput, userIdInput } from '@emporium/user-contracts';
import { findAccount, listAddresses, listUserSessions, lockAccountsForRoleChange, searchAccounts, setRole } from '@emporium/user-data-access';
import { decideRoleChange } from '@emporium/user-domain';
import { decodeCustomerCursor, encodeCustomerCursor } from './customer-cursor';
import { toAddressView, toProfile } from './user-views';

/** Staff look customers up; only admins change roles. */
export const customersRouter = router({
  list: staffProcedure.input(customerSearchInput).query(async ({ ctx, input }) => {
    const after = input.cursor ? decodeCustomerCursor(input.cursor) : undefined;
    const rows = await searchAccounts(ctx.db, { query: input.query?.trim() || undefined, role: input.role, limit: input.limit + 1, after });
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role, emailVerified: row.emailVerified, createdAt: row.createdAt.toISOString() })),
      nextCursor: rows.length > input.limit && last ? encodeCustomerCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }),

  get: staffProcedure.input(userIdInput).query(async ({ ctx, input }) => {
    const account = await findAccount(ctx.db, input.userId);
    if (!account) throw domainError('NOT_FOUND', 'customer_not_found', 'No such customer');
    const [addresses, sessions] = await Promise.all([listAddresses(ctx.db, account.id), listUserSessions(ctx.db, account.id, new Date())]);
    return { ...toProfile(account), addresses: addresses.map(toAddressView), activeSessions: sessions.length };
  }),

  /**
   * Grants or revokes staff/admin. The admin rows are locked before the decision, so two admins demoting each other
   * at the same moment cannot leave the shop without one.
   */
  setRole: adminProcedure.input(setRoleInput).mutation(async ({ ctx, input }) => {
    return inTransaction(ctx.db, async (trx) => {
      const { target, adminIds } = await lockAccountsForRoleChange(trx, input.userId);
      if (!target) throw domainError('NOT_FOUND', 'customer_not_found', 'No such customer');
      // Whether the caller is still an admin, read under the lock: one demoted a moment ago no longer is.
      const actor = { id: ctx.user.id, role: adminIds.includes(ctx.user.id) ? ('admin' as const) : ('staff' as const) };
      const decision = decideRoleChange({ actor, target, newRole: input.role, adminCount: adminIds.length });
      if (!decision.ok) throw domainError(decision.reason === 'not_admin' ? 'FORBIDDEN' : 'CONFLICT', decision.reason, decision.message);
      await setRole(trx, target.id, input.role);
      return { userId: target.id, role: input.role };
    });
  }),
});
