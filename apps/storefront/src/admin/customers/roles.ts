import type { Role } from '../admin-types';

export const ROLE_OPTIONS: ReadonlyArray<{ readonly value: Role; readonly label: string }> = [
  { value: 'customer', label: 'Customer' },
  { value: 'staff', label: 'Staff' },
  { value: 'admin', label: 'Administrator' },
];

export function roleLabel(role: Role): string {
  return ROLE_OPTIONS.find((option) => option.value === role)?.label ?? role;
}

const ROLE_NOUNS: Readonly<Record<Role, string>> = { customer: 'a customer', staff: 'staff', admin: 'an administrator' };

/** "a customer", "staff", "an administrator": the role in a sentence ("… is now staff"). */
export function roleNoun(role: Role): string {
  return ROLE_NOUNS[role] ?? role;
}

/**
 * Whether the viewer may pick a new role for this person, and if not why — said next to the disabled menu rather
 * than left as a puzzle. The server decides again under a lock (and adds last_admin, which needs the count).
 */
export function roleChangeBlock(viewer: { readonly id: string; readonly role: Role }, target: { readonly id: string }): string | null {
  if (viewer.role !== 'admin') return 'Only an administrator can change roles.';
  if (viewer.id === target.id) return 'You cannot change your own role; another administrator can.';
  return null;
}
