import { cartSubtotal } from './mini-cart-lines';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('cartSubtotal', () => {
  it('takes the API’s subtotal when the cart could be priced', () => {
    expect(cartSubtotal({ currency: 'USD', totals: { subtotal: usd(4200) }, lines: [{ subtotal: usd(1), flags: [] }] })).toEqual(usd(4200));
  });

  it('adds up the lines that can be bought when it could not', () => {
    const lines = [
      { subtotal: usd(1500), flags: [] },
      { subtotal: usd(2500), flags: [{ type: 'price_changed' }] },
      { subtotal: usd(900), flags: [{ type: 'unavailable' }] },
    ];
    expect(cartSubtotal({ currency: 'USD', totals: null, lines })).toEqual(usd(4000));
  });

  it('has nothing to say for a cart with nothing to buy', () => {
    expect(cartSubtotal({ currency: 'USD', totals: null, lines: [] })).toBeNull();
  });
});
