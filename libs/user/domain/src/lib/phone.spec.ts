import { isPlausiblePhone, PHONE_MAX_LENGTH } from './phone';

describe('isPlausiblePhone', () => {
  it('accepts numbers written the ways people write them', () => {
    for (const good of ['+44 20 7946 0958', '(415) 555-0132', '030/1234567', '06.12.34.56.78', '+1-202-555-0173', '0044 20 7946 0958'])
      expect(isPlausiblePhone(good), good).toBe(true);
  });

  it('refuses letters, misplaced plus signs, too few or too many digits, and more than 32 characters', () => {
    for (const bad of ['', 'call me', '555-CALL', '12+34567', '++4420794609', '1234', '1'.repeat(21), `+${'1 '.repeat(16)}`])
      expect(isPlausiblePhone(bad), bad).toBe(false);
    expect(`+${'1 '.repeat(16)}`.length).toBeGreaterThan(PHONE_MAX_LENGTH);
  });
});
