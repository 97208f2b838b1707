import { pageTitle } from './page-title';

describe('pageTitle', () => {
  it('names the page, then the shop', () => {
    expect(pageTitle('Your cart')).toBe('Your cart · Emporium');
  });

  it('is the shop alone when there is no page title', () => {
    expect(pageTitle()).toBe('Emporium');
    expect(pageTitle('  ')).toBe('Emporium');
  });
});
