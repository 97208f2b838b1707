import { tokenFromFragment } from './link-token';

describe('tokenFromFragment', () => {
  it('reads the token of an e-mailed link', () => {
    expect(tokenFromFragment('#token=q7Xk-9_ab')).toBe('q7Xk-9_ab');
    expect(tokenFromFragment('token=abc&utm=mail')).toBe('abc');
  });

  it('has no token for an empty, blank or unrelated fragment', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#main')).toBeNull();
  });
});
