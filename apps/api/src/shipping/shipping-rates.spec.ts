import { demoId } from '@emporium/catalog-data-access';
import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';

interface Rates {
  options: Array<{ name: string; amount: { amount: number; currency: string }; free: boolean; transitDays: { min: number; max: number } }>;
  notes: string[];
}

describe('shipping rates for a cart, over HTTP', () => {
  let api: TestApi;
  const shopper = () => new BrowserClient(api.url);
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('prices the cart contents from the catalog: weights and subtotal decide the band and the free threshold', async () => {
    // Two T-shirts (400 g each, $19.00): 800 g, $38.00 → US Standard's first band, $5.99; Express flat $19.99.
    const small = await shopper().ok(
      shopper().query<Rates>('shipping.rates', { destination: { country: 'us', postalCode: '94103' }, currency: 'USD', lines: [{ variantId: demoId('CLASSIC-WHITE-TEE-M'), quantity: 2 }] }),
    );
    expect(small.options.map((option) => [option.name, option.amount.amount, option.free])).toEqual([
      ['Standard', 599, false],
      ['Express', 1999, false],
    ]);
    // Six T-shirts: 2,400 g → the second band ($8.99); $114.00 is over $75.00 → free.
    const large = await shopper().ok(
      shopper().query<Rates>('shipping.rates', { destination: { country: 'US' }, currency: 'USD', lines: [{ variantId: demoId('CLASSIC-WHITE-TEE-M'), quantity: 6 }] }),
    );
    expect(large.options[0]).toMatchObject({ name: 'Standard', amount: { amount: 0 }, free: true });
  });

  it('answers an address nobody ships to with a note, and a bad one with BAD_REQUEST at the field', async () => {
    const line = [{ variantId: demoId('WOOL-BEANIE'), quantity: 1 }];
    expect(await shopper().ok(shopper().query<Rates>('shipping.rates', { destination: { country: 'BR' }, currency: 'USD', lines: line }))).toEqual({
      options: [],
      notes: ['We do not ship to BR yet'],
    });
    const unknown = await shopper().query('shipping.rates', { destination: { country: 'ZZ' }, currency: 'USD', lines: line });
    expect(unknown.ok ? 'answered' : [unknown.error.status, unknown.error.fieldErrors?.map((error) => error.path)]).toEqual([400, ['destination.country']]);
    const mismatch = await shopper().query('shipping.rates', { destination: { country: 'DE', postalCode: '1234' }, currency: 'EUR', lines: line });
    expect(mismatch.ok ? 'answered' : mismatch.error.fieldErrors?.map((error) => error.path)).toEqual(['destination.postalCode']);
    const noLines = await shopper().query('shipping.rates', { destination: { country: 'US' }, currency: 'USD', lines: [] });
    expect(noLines.ok ? 'answered' : noLines.error.status).toBe(400);
  });
});
