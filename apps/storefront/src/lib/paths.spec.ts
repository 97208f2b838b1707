import { productPath, searchPath } from './paths';

describe('productPath', () => {
  it('puts the slug under /products', () => {
    expect(productPath('classic-white-tee')).toBe('/products/classic-white-tee');
  });

  it('encodes characters that would change the route', () => {
    expect(productPath('a/b?c')).toBe('/products/a%2Fb%3Fc');
  });
});

describe('searchPath', () => {
  it('carries the trimmed query in q', () => {
    expect(searchPath('  linen shirt ')).toBe('/search?q=linen+shirt');
    expect(searchPath('tee & socks')).toBe('/search?q=tee+%26+socks');
  });

  it('drops a blank query', () => {
    expect(searchPath('   ')).toBe('/search');
  });
});
