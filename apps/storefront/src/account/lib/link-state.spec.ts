import { emailFromState } from './link-state';

describe('emailFromState', () => {
  it('reads the address a previous page passed on', () => {
    expect(emailFromState({ email: 'ada@example.com' })).toBe('ada@example.com');
  });

  it('is empty for a visit without state or with something else in it', () => {
    expect(emailFromState(null)).toBe('');
    expect(emailFromState(undefined)).toBe('');
    expect(emailFromState({ email: 42 })).toBe('');
    expect(emailFromState('ada@example.com')).toBe('');
  });
});
