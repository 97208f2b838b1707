import { parsePercent, percentInputValue, percentLabel } from './percent-input';

describe('parsePercent', () => {
  it('reads a percentage into exact basis points', () => {
    expect(parsePercent('7.25')).toEqual({ ok: true, basisPoints: 725 });
    expect(parsePercent('12.5')).toEqual({ ok: true, basisPoints: 1250 });
    expect(parsePercent('19')).toEqual({ ok: true, basisPoints: 1900 });
    expect(parsePercent('0.29')).toEqual({ ok: true, basisPoints: 29 });
    expect(parsePercent('100')).toEqual({ ok: true, basisPoints: 10_000 });
    expect(parsePercent('0')).toEqual({ ok: true, basisPoints: 0 });
  });

  it('takes the ways people write a rate', () => {
    expect(parsePercent(' 7.25 % ')).toEqual({ ok: true, basisPoints: 725 });
    expect(parsePercent('7,25')).toEqual({ ok: true, basisPoints: 725 });
    expect(parsePercent('.5')).toEqual({ ok: true, basisPoints: 50 });
    expect(parsePercent('20.')).toEqual({ ok: true, basisPoints: 2000 });
    expect(parsePercent('020')).toEqual({ ok: true, basisPoints: 2000 });
  });

  it('refuses a third decimal instead of rounding it away', () => {
    expect(parsePercent('7.255')).toEqual({ ok: false, message: 'Use at most 2 decimal places, like 7.25' });
  });

  it('refuses more than 100 % and what is not a percentage', () => {
    expect(parsePercent('100.01')).toMatchObject({ ok: false, message: 'Enter at most 100 %' });
    expect(parsePercent('12345')).toMatchObject({ ok: false, message: 'Enter at most 100 %' });
    for (const text of ['', ' ', '%', '.', '-5', 'ten', '1e2', '1.2.3', '5%5']) expect(parsePercent(text).ok).toBe(false);
  });
});

describe('percentInputValue', () => {
  it('writes basis points as the shortest percentage', () => {
    expect(percentInputValue(1250)).toBe('12.5');
    expect(percentInputValue(725)).toBe('7.25');
    expect(percentInputValue(1900)).toBe('19');
    expect(percentInputValue(5)).toBe('0.05');
    expect(percentInputValue(0)).toBe('0');
  });

  it('round-trips with parsePercent for every basis point', () => {
    for (let basisPoints = 0; basisPoints <= 10_000; basisPoints += 1) {
      expect(parsePercent(percentInputValue(basisPoints))).toEqual({ ok: true, basisPoints });
    }
  });
});

describe('percentLabel', () => {
  it('says the rate with its sign', () => {
    expect(percentLabel(1900)).toBe('19 %');
    expect(percentLabel(725)).toBe('7.25 %');
  });
});
