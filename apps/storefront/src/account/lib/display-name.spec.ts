import { firstName } from './display-name';

describe('firstName', () => {
  it('uses the first word of the name', () => {
    expect(firstName({ name: 'Ada Lovelace', email: 'ada@example.com' })).toBe('Ada');
    expect(firstName({ name: '  Grace  ', email: 'g@example.com' })).toBe('Grace');
  });

  it('falls back to the e-mail address before the @', () => {
    expect(firstName({ name: null, email: 'ada.l@example.com' })).toBe('ada.l');
    expect(firstName({ name: '   ', email: 'ada@example.com' })).toBe('ada');
  });
});
