import { demoId } from '@emporium/catalog-data-access';
import { startSandboxCarrier, type SandboxCarrier } from '@emporium/sandbox-carrier';
import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';

interface Rates {
  options: Array<{ id: string; carrier: string; delivery: { shipsOn: string; earliest: string; latest: string }; name: string; amount: { amount: number; currency: string }; free: boolean; transitDays: { min: number; max: number } }>;
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

describe('live carrier rates beside the table rates, over HTTP', () => {
  const API_KEY = 'sk_test_live_rates';
  let api: TestApi;
  let sandbox: SandboxCarrier;
  const shopper = () => new BrowserClient(api.url);
  const tees = [{ variantId: demoId('CLASSIC-WHITE-TEE-M'), quantity: 2 }];
  const ratesTo = (destination: Record<string, string>) => shopper().ok(shopper().query<Rates>('shipping.rates', { destination, currency: 'USD', lines: tees }));

  beforeAll(async () => {
    sandbox = await startSandboxCarrier({ apiKey: API_KEY, port: 0 });
    api = await startTestApi({
      SANDBOX_CARRIER_URL: sandbox.url,
      SANDBOX_CARRIER_API_KEY: API_KEY,
      SANDBOX_CARRIER_WEBHOOK_SECRET: 'whsec_live_rates',
      SHIPPING_QUOTE_TIMEOUT_MS: '400',
    });
  });
  afterAll(async () => {
    await api?.close();
    await sandbox?.stop();
  });
  afterEach(() => {
    sandbox.control.setLatency(0);
    sandbox.control.clearFailures();
  });

  it("offers the sandbox carrier's services, priced from the main warehouse, with the table rates, cheapest first", async () => {
    const rates = await ratesTo({ country: 'US', postalCode: '94103' });
    expect(rates.notes).toEqual([]);
    expect(rates.options.map((option) => option.id)).toEqual(expect.arrayContaining(['sandbox-carrier:ground', 'sandbox-carrier:express']));
    expect(rates.options.filter((option) => option.carrier === 'table-rate').map((option) => option.name)).toEqual(['Standard', 'Express']);
    // Each says when it would arrive: working days (the demo's calendar is Monday to Friday), in order.
    for (const option of rates.options) {
      const { shipsOn, earliest, latest } = option.delivery;
      expect(shipsOn <= earliest && earliest <= latest).toBe(true);
      for (const date of [shipsOn, earliest, latest]) expect([1, 2, 3, 4, 5]).toContain(new Date(`${date}T12:00:00Z`).getUTCDay());
    }
    const amounts = rates.options.map((option) => option.amount.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    // Asked from the demo's main warehouse in Columbus, OH (43217) to 94103: 5 postal zones apart. Ground for 800 g:
    // (599 + 150 × 2 started half-kilos) × (1 + 0.08 × 5) = 1,258.6 → $12.59.
    expect(rates.options.find((option) => option.id === 'sandbox-carrier:ground')?.amount).toEqual({ amount: 1259, currency: 'USD' });
  });

  it('leaves out a carrier that does not answer in time, with a note for the shopper, and answers without waiting for it', async () => {
    sandbox.control.setLatency(3_000);
    const started = Date.now();
    const rates = await ratesTo({ country: 'US', postalCode: '94103' });
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(rates.options.map((option) => option.carrier)).toEqual(['table-rate', 'table-rate']);
    expect(rates.notes).toEqual(['Some delivery options are unavailable right now; the ones shown can be chosen.']);
  });

  it('leaves out a carrier that fails, and asks none by distance before the shopper gives a postcode', async () => {
    sandbox.control.failNext({ next: 3, mode: 'error_500', path: '/v1/rates' });
    const failing = await ratesTo({ country: 'US', postalCode: '94103' });
    expect([failing.options.length, failing.notes.length]).toEqual([2, 1]);
    sandbox.control.clearFailures();
    // A trap for the next rate request: still set afterwards, so the carrier was not asked.
    sandbox.control.failNext({ next: 1, mode: 'error_500', path: '/v1/rates' });
    const countryOnly = await ratesTo({ country: 'US' });
    expect(countryOnly.options.map((option) => option.carrier)).toEqual(['table-rate', 'table-rate']);
    expect(countryOnly.notes).toEqual(['Enter your postcode to see every delivery option.']);
    expect(sandbox.control.failures()).toMatchObject([{ next: 1, path: '/v1/rates' }]);
  });
});
