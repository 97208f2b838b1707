import { formatWeight } from './format';

describe('formatWeight', () => {
  it.each([
    [1250, '1.25 kg'],
    [480, '0.48 kg'],
    [1005, '1.01 kg'],
    [20000, '20.00 kg'],
    [4, '0.00 kg'],
  ])('prints %i g as %s', (grams, printed) => {
    expect(formatWeight(grams)).toBe(printed);
  });
});
