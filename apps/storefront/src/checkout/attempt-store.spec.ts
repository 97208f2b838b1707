import { forgetAttempt, recallAttempt, recallOrderAccess, rememberAttempt, rememberOrderAccess } from './attempt-store';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('attempt store', () => {
  it('keeps the attempt’s tokens until it is forgotten', () => {
    const storage = memoryStorage();
    expect(recallAttempt(storage)).toBeNull();
    rememberAttempt(storage, { attemptToken: 'checkout:c:f:1', accessToken: 'a'.repeat(40) });
    expect(recallAttempt(storage)).toEqual({ attemptToken: 'checkout:c:f:1', accessToken: 'a'.repeat(40) });
    forgetAttempt(storage);
    expect(recallAttempt(storage)).toBeNull();
  });

  it('ignores what it did not write', () => {
    const storage = memoryStorage();
    storage.setItem('emporium.checkout-attempt', '{not json');
    expect(recallAttempt(storage)).toBeNull();
    storage.setItem('emporium.checkout-attempt', JSON.stringify({ attemptToken: 'x' }));
    expect(recallAttempt(storage)).toBeNull();
  });

  it('keeps a guest’s access to each order apart', () => {
    const storage = memoryStorage();
    rememberOrderAccess(storage, 'order-1', 't1');
    expect(recallOrderAccess(storage, 'order-1')).toBe('t1');
    expect(recallOrderAccess(storage, 'order-2')).toBeNull();
  });

  it('works without storage', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    expect(() => rememberAttempt(broken, { attemptToken: 'a', accessToken: 'b' })).not.toThrow();
    expect(recallAttempt(broken)).toBeNull();
    expect(recallAttempt(null)).toBeNull();
  });
});
