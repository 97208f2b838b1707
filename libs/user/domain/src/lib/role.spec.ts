import fc from 'fast-check';
import { decideRoleChange, type Role, ROLES } from './role';

const admin = { id: 'a1', role: 'admin' as const };

describe('decideRoleChange', () => {
  it('lets an admin promote a customer to staff', () => {
    expect(decideRoleChange({ actor: admin, target: { id: 'u1', role: 'customer' }, newRole: 'staff', adminCount: 1 })).toEqual({ ok: true });
  });

  it('lets an admin demote another admin while one remains', () => {
    expect(decideRoleChange({ actor: admin, target: { id: 'a2', role: 'admin' }, newRole: 'staff', adminCount: 2 }).ok).toBe(true);
  });

  it('refuses anyone but an admin', () => {
    for (const role of ['customer', 'staff'] as const) {
      const decision = decideRoleChange({ actor: { id: 's1', role }, target: { id: 'u1', role: 'customer' }, newRole: 'staff', adminCount: 1 });
      expect(decision).toMatchObject({ ok: false, reason: 'not_admin' });
    }
  });

  it('refuses changing your own role', () => {
    expect(decideRoleChange({ actor: admin, target: admin, newRole: 'customer', adminCount: 3 })).toMatchObject({ ok: false, reason: 'own_role' });
  });

  it('refuses demoting the last admin', () => {
    const decision = decideRoleChange({ actor: admin, target: { id: 'a2', role: 'admin' }, newRole: 'customer', adminCount: 1 });
    expect(decision).toEqual({ ok: false, reason: 'last_admin', message: 'The shop needs at least one administrator' });
  });

  it('reports a change to the same role as unchanged', () => {
    expect(decideRoleChange({ actor: admin, target: { id: 'u1', role: 'staff' }, newRole: 'staff', adminCount: 1 })).toEqual({
      ok: false,
      reason: 'unchanged',
      message: 'This person is already a staff member',
    });
  });

  it('never leaves the shop without an admin', () => {
    const role = fc.constantFrom<Role>(...ROLES);
    fc.assert(
      fc.property(role, role, role, fc.integer({ min: 1, max: 5 }), fc.boolean(), (actorRole, targetRole, newRole, adminCount, self) => {
        const actor = { id: 'actor', role: actorRole };
        const target = self ? actor : { id: 'target', role: targetRole };
        const decision = decideRoleChange({ actor, target, newRole, adminCount });
        if (decision.ok) {
          expect(actor.role).toBe('admin');
          expect(target.id).not.toBe(actor.id);
          expect(target.role).not.toBe(newRole);
          const after = adminCount - (target.role === 'admin' ? 1 : 0) + (newRole === 'admin' ? 1 : 0);
          expect(after).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
