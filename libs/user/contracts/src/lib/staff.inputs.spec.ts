import { customerSearchInput, setRoleInput, userIdInput } from './staff.inputs';

const userId = '7d2b7c4e-2f4a-4b6e-9c1d-3e5f7a9b1c2d';

describe('customerSearchInput', () => {
  it('defaults the page size to 25', () => {
    expect(customerSearchInput.parse({})).toEqual({ limit: 25 });
    expect(customerSearchInput.parse({ query: ' ada ', role: 'staff', cursor: 'c1', limit: 100 })).toEqual({
      query: 'ada',
      role: 'staff',
      cursor: 'c1',
      limit: 100,
    });
  });

  it('refuses bad limits, roles and long text', () => {
    for (const [input, path] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ limit: 2.5 }, 'limit'],
      [{ role: 'owner' }, 'role'],
      [{ query: 'x'.repeat(201) }, 'query'],
      [{ cursor: 'x'.repeat(201) }, 'cursor'],
    ] as const) {
      expect(customerSearchInput.safeParse(input).error?.issues[0]?.path, JSON.stringify(input)).toEqual([path]);
    }
  });
});

describe('userIdInput and setRoleInput', () => {
  it('take a UUID and a known role', () => {
    expect(userIdInput.parse({ userId })).toEqual({ userId });
    expect(userIdInput.safeParse({ userId: '42' }).error?.issues[0]?.path).toEqual(['userId']);
    expect(setRoleInput.parse({ userId, role: 'admin' })).toEqual({ userId, role: 'admin' });
    expect(setRoleInput.safeParse({ userId, role: 'root' }).error?.issues[0]?.path).toEqual(['role']);
    expect(setRoleInput.safeParse({ userId, role: 'staff', adminCount: 9 }).success).toBe(false);
  });
});
