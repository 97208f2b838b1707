import fc from 'fast-check';
import { checkDigit, formatOrderNumber, parseOrderNumber } from './order-number';

describe('order numbers', () => {
  it('appends the Damm check digit', () => {
    // Damm's worked example: 572 → 4.
    expect(checkDigit('572')).toBe(4);
    expect(formatOrderNumber(572)).toBe('572-4');
    expect(formatOrderNumber(1042)).toBe('1042-9');
  });

  it.each([0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1])('throws for a sequence of %s', (sequence) => {
    expect(() => formatOrderNumber(sequence)).toThrow(RangeError);
  });

  it.each(['1042-9', ' 1042-9 ', '#1042-9', '# 1042 9', '10429'])('reads %j as 1042', (input) => {
    expect(parseOrderNumber(input)).toEqual({ ok: true, value: 1042 });
  });

  it.each(['', 'EMP', '1042-', '-9', '0042-1', '1042-99', '12a4-1'])('refuses %j as not an order number', (input) => {
    expect(parseOrderNumber(input)).toEqual({ ok: false, error: { type: 'InvalidOrderNumber', input, reason: 'format' } });
  });

  it('refuses a number whose check digit does not match', () => {
    expect(parseOrderNumber('1042-8')).toEqual({ ok: false, error: { type: 'InvalidOrderNumber', input: '1042-8', reason: 'check_digit' } });
  });

  it('reads back every number it formats', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (sequence) => {
      expect(parseOrderNumber(formatOrderNumber(sequence))).toEqual({ ok: true, value: sequence });
    }));
  });

  it('catches every single wrong digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.nat(), fc.integer({ min: 1, max: 9 }), (sequence, at, shift) => {
        const digits = formatOrderNumber(sequence).replace('-', '');
        const index = at % digits.length;
        const typo = `${digits.slice(0, index)}${(Number(digits[index]) + shift) % 10}${digits.slice(index + 1)}`;
        const parsed = parseOrderNumber(typo);
        expect(parsed.ok && parsed.value === sequence).toBe(false);
      }),
    );
  });

  it('catches every swap of two different neighbouring digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 10 ** 12 }), fc.nat(), (sequence, at) => {
        const digits = formatOrderNumber(sequence).replace('-', '');
        const index = at % (digits.length - 1);
        fc.pre(digits[index] !== digits[index + 1]);
        const swapped = `${digits.slice(0, index)}${digits[index + 1]}${digits[index]}${digits.slice(index + 2)}`;
        const parsed = parseOrderNumber(swapped);
        expect(parsed.ok && parsed.value === sequence).toBe(false);
      }),
    );
  });
});
