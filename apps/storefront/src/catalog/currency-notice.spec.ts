import { priceFilterDroppedMessage } from './currency-notice';

describe('priceFilterDroppedMessage', () => {
  it('names both currencies as a sentence would', () => {
    expect(priceFilterDroppedMessage('USD', 'EUR')).toBe('The price filter was in US dollars, so it was removed: prices now show in euros.');
  });

  it('falls back to the code for a currency the shop does not offer (an old or edited link)', () => {
    expect(priceFilterDroppedMessage('GBP', 'USD')).toBe('The price filter was in GBP, so it was removed: prices now show in US dollars.');
  });
});
