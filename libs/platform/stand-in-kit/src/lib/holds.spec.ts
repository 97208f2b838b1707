import { Holds } from './holds';

describe('Holds', () => {
  it('resolves true when the full time passed, false for everything still held at stop, and at once after', async () => {
    const holds = new Holds();
    expect(await holds.hold(1)).toBe(true);
    const long = holds.hold(60_000);
    holds.stop();
    expect(await long).toBe(false);
    expect(await holds.hold(60_000)).toBe(false);
  });
});
