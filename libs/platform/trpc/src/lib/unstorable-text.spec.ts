import { findUnstorableText } from './unstorable-text';

describe('findUnstorableText', () => {
  it('finds a NUL in a nested string or key and names its path', () => {
    expect(findUnstorableText({ address: { lines: ['ok', 'b\u0000d'] } })).toEqual({ path: 'address.lines.1', message: expect.stringContaining('NUL') });
    expect(findUnstorableText({ 'ke\u0000y': 1 })?.path).toBe('ke\u0000y');
    expect(findUnstorableText('\u0000')?.path).toBe('');
  });

  it('passes everything else, including other control characters and deep nesting', () => {
    expect(findUnstorableText({ q: "it's & | ! :* \\ \u0001", n: 1, b: true, z: null })).toBeNull();
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 100; level++) deep = { deep };
    expect(findUnstorableText(deep)).toBeNull(); // beyond the depth any input schema allows; zod refuses it anyway
  });
});
