import { parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('accepts a whole number in range, with spaces around it', () => {
    expect(parseQuantity('3', 1, 99)).toEqual({ ok: true, quantity: 3 });
    expect(parseQuantity(' 99 ', 1, 99)).toEqual({ ok: true, quantity: 99 });
  });

  it('refuses anything else with the range to use', () => {
    for (const text of ['', '0', '100', '2.5', '-1', '1e2', 'two']) {
      expect(parseQuantity(text, 1, 99)).toEqual({ ok: false, message: 'Enter a whole number from 1 to 99' });
    }
  });

  it('asks for the one possible number when the range has only one', () => {
    expect(parseQuantity('2', 1, 1)).toEqual({ ok: false, message: 'Enter 1' });
  });
});
