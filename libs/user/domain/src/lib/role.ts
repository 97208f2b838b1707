export const ROLES = ['customer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_NOUNS: Readonly<Record<Role, string>> = { customer: 'a customer', staff: 'a staff member', admin: 'an administrator' };

export type RoleChangeDecision =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'not_admin' | 'own_role' | 'last_admin' | 'unchanged'; readonly message: string };

/**
 * Whether `actor` may give `target` the role `newRole`. Only admins change roles; nobody changes their own (an
 * admin cannot lock themselves out by accident, and nobody promotes themselves); the last admin cannot be
 * demoted, so the shop always has someone who can. `adminCount` is the number of admins now, counted by the
 * caller in the same transaction that writes the change.
 */
export function decideRoleChange(input: {
  readonly actor: { readonly id: string; readonly role: Role };
  readonly target: { readonly id: string; readonly role: Role };
  readonly newRole: Role;
  readonly adminCount: number;
}): RoleChangeDecision {
  const { actor, target, newRole, adminCount } = input;
  if (actor.role !== 'admin') return { ok: false, reason: 'not_admin', message: 'Only an administrator can change roles' };
  if (actor.id === target.id) return { ok: false, reason: 'own_role', message: 'You cannot change your own role' };
  if (target.role === newRole) return { ok: false, reason: 'unchanged', message: `This person is already ${ROLE_NOUNS[newRole]}` };
  if (target.role === 'admin' && adminCount <= 1) {
    return { ok: false, reason: 'last_admin', message: 'The shop needs at least one administrator' };
  }
  return { ok: true };
}
