import { registerPath, safeNextPath, signInPath } from './safe-next';

describe('safeNextPath', () => {
  it('returns to a page of this shop, query included', () => {
    expect(safeNextPath('/account/addresses')).toBe('/account/addresses');
    expect(safeNextPath('/search?q=linen+shirt&page=2')).toBe('/search?q=linen+shirt&page=2');
  });

  it('goes to the account when there is no next page', () => {
    expect(safeNextPath(null)).toBe('/account');
    expect(safeNextPath('')).toBe('/account');
    expect(safeNextPath(undefined, '/')).toBe('/');
  });

  it('refuses every way of pointing at another site', () => {
    for (const outside of [
      'https://evil.example/account',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      ['javascript', 'alert(1)'].join(':'),
      ' /account',
      '/\t/evil.example',
      'account',
    ]) {
      expect(safeNextPath(outside)).toBe('/account');
    }
  });

  it('drops the fragment, which may hold a token', () => {
    expect(safeNextPath('/account/profile#token=abc')).toBe('/account/profile');
  });

  it('does not return to the sign-in, registration or e-mailed-link pages', () => {
    expect(safeNextPath('/account/sign-in?next=/x')).toBe('/account');
    expect(safeNextPath('/account/register')).toBe('/account');
    expect(safeNextPath('/account/reset-password/')).toBe('/account');
    expect(safeNextPath('/account/verify')).toBe('/account');
  });
});

describe('signInPath and registerPath', () => {
  it('carry a safe return path in ?next=', () => {
    expect(signInPath('/account/addresses')).toBe('/account/sign-in?next=%2Faccount%2Faddresses');
    expect(signInPath('/account')).toBe('/account/sign-in?next=%2Faccount');
    expect(registerPath('/search?q=tee')).toBe('/account/register?next=%2Fsearch%3Fq%3Dtee');
  });

  it('leave out a return path that would not be followed', () => {
    expect(signInPath()).toBe('/account/sign-in');
    expect(signInPath('https://evil.example')).toBe('/account/sign-in');
    expect(registerPath('/account/sign-in')).toBe('/account/register');
  });
});
