import { expandList, parseForm } from './form';

describe('parseForm', () => {
  it('reads bracket notation the way the Stripe SDK writes it', () => {
    const form = parseForm('amount=1000&currency=usd&metadata[reference]=order%201&metadata[return_url]=https%3A%2F%2Fshop.example%2Fr&expand[0]=latest_charge');
    expect(form).toEqual({
      amount: '1000',
      currency: 'usd',
      metadata: { reference: 'order 1', return_url: 'https://shop.example/r' },
      expand: ['latest_charge'],
    });
    expect(expandList(form)).toEqual(['latest_charge']);
  });

  it('appends with empty brackets and nests deeper', () => {
    expect(parseForm('expand[]=a&expand[]=b&a[b][c]=d')).toEqual({ expand: ['a', 'b'], a: { b: { c: 'd' } } });
    expect(parseForm('')).toEqual({});
  });
});
