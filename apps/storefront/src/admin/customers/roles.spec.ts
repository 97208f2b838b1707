import { roleChangeBlock, roleLabel, roleNoun } from './roles';

describe('roleChangeBlock', () => {
  const admin = { id: 'a', role: 'admin' as const };

  it('lets an admin change someone else’s role', () => {
    expect(roleChangeBlock(admin, { id: 'b' })).toBeNull();
  });

  it('stops staff, and stops an admin changing their own role', () => {
    expect(roleChangeBlock({ id: 's', role: 'staff' }, { id: 'b' })).toMatch(/Only an administrator/);
    expect(roleChangeBlock(admin, { id: 'a' })).toMatch(/your own role/);
  });
});

describe('roleLabel', () => {
  it('names roles as people say them', () => {
    expect(roleLabel('admin')).toBe('Administrator');
    expect(roleLabel('customer')).toBe('Customer');
    expect(`is now ${roleNoun('admin')}`).toBe('is now an administrator');
    expect(`is now ${roleNoun('staff')}`).toBe('is now staff');
  });
});
