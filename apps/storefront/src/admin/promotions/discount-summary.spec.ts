import { amountsLabel, discountSummary, moneyLabel } from './discount-summary';

describe('discountSummary', () => {
  it('says a percentage as a rate off', () => {
    expect(discountSummary({ kind: 'percentage', basisPoints: 1000 })).toBe('10 % off');
    expect(discountSummary({ kind: 'percentage', basisPoints: 1250 })).toBe('12.5 % off');
  });

  it('says a fixed amount per currency, per order or per item', () => {
    expect(discountSummary({ kind: 'fixed_amount', per: 'order', amounts: { USD: 500 } })).toBe('USD 5.00 off per order');
    expect(discountSummary({ kind: 'fixed_amount', per: 'unit', amounts: { USD: 500, EUR: 450 } })).toBe('USD 5.00 or EUR 4.50 off per item');
  });

  it('says a fixed price per item', () => {
    expect(discountSummary({ kind: 'fixed_price', unitPrices: { EUR: 999 } })).toBe('EUR 9.99 per item');
  });

  it('says buy X get Y, free at 100 % off', () => {
    expect(discountSummary({ kind: 'buy_x_get_y', buy: 2, get: 1, basisPointsOff: 10_000 })).toBe('Buy 2 get 1 free');
    expect(discountSummary({ kind: 'buy_x_get_y', buy: 3, get: 2, basisPointsOff: 5000 })).toBe('Buy 3 get 2 at 50 % off');
  });

  it('says free shipping', () => {
    expect(discountSummary({ kind: 'free_shipping' })).toBe('Free shipping');
  });
});

describe('money labels', () => {
  it('follow each currency’s decimals', () => {
    expect(moneyLabel(1500, 'JPY')).toBe('JPY 1500');
    expect(moneyLabel(2000, 'KWD')).toBe('KWD 2.000');
    expect(amountsLabel({})).toBe('no amount');
    expect(amountsLabel({ USD: 0 })).toBe('USD 0.00');
  });
});
