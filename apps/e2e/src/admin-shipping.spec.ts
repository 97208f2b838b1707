import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './support/browser';
import { collectPageErrors, isRefusalLog, useShopInBrowser } from './support/shop-in-browser';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
const ZONE = 'Canada e2e';

interface StoredZone {
  readonly id: string;
  readonly name: string;
  readonly countries: readonly string[];
  readonly methods: ReadonlyArray<{ readonly name: string; readonly pricing: unknown; readonly freeFrom: unknown; readonly active: boolean }>;
}

describe('shipping zones, methods and the rate preview in the admin, in a real browser', () => {
  const shop = useShopInBrowser();
  let page: Page;
  let consoleErrors: string[];

  beforeEach(async () => {
    consoleErrors = [];
    page = await shop.browser.newPage({ viewport: { width: 1280, height: 900 } });
    collectPageErrors(page, consoleErrors);
  });
  afterEach(() => page.close());

  async function signInOverHttp(account: { email: string; password: string }) {
    const response = await page.context().request.post(`${shop.api.url}/trpc/user.auth.login`, { data: account, headers: { origin: shop.api.url } });
    expect(response.status()).toBe(200);
  }

  async function zones(): Promise<StoredZone[]> {
    const response = await page.context().request.get(`${shop.api.url}/trpc/shipping.admin.zones.list`, { headers: { origin: shop.api.url } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { result: { data: StoredZone[] } }).result.data;
  }

  async function toast(text: string | RegExp) {
    await page.getByRole('region', { name: 'Notifications' }).getByText(text).first().waitFor();
  }

  it('staff set up a zone and a weight-band method, and the preview rates a matching address and explains a missing one', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${shop.api.url}/admin/shipping`);
    await page.getByRole('heading', { level: 1, name: 'Shipping' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Shipping' }).getAttribute('aria-current')).toBe('page');
    // The demo zones, with their countries.
    const list = page.getByRole('table', { name: 'Shipping zones' });
    for (const name of ['United States', 'Europe', 'United Kingdom']) await list.getByRole('link', { name, exact: true }).waitFor();
    await list.getByRole('row').filter({ hasText: 'Europe' }).getByText('DE', { exact: true }).waitFor();

    // A new zone; a code that is not a country is refused at its field before anything is sent.
    await page.getByRole('link', { name: 'New zone' }).click();
    await page.getByRole('heading', { level: 1, name: 'New shipping zone' }).waitFor();
    const zoneForm = page.getByRole('form', { name: 'New shipping zone' });
    await zoneForm.getByLabel('Name').fill(ZONE);
    await zoneForm.getByLabel('Countries').fill('ca, xx');
    await zoneForm.getByRole('button', { name: 'Create zone' }).click();
    await zoneForm.getByText('XX is not a country code; use two letters, like CA or GB').waitFor();
    await zoneForm.getByLabel('Countries').fill('ca');
    await zoneForm.getByLabel('Regions of Canada').waitFor();
    await zoneForm.getByRole('button', { name: 'Create zone' }).click();
    await toast(`Zone “${ZONE}” created.`);
    await page.getByRole('heading', { level: 1, name: ZONE }).waitFor();
    expect(page.url()).toMatch(/\/admin\/shipping\/zones\/[0-9a-f-]{36}$/);

    // A weight-band method: a falling bound comes back from the server under its row.
    await page.getByRole('button', { name: 'Add method' }).click();
    const dialog = page.getByRole('dialog', { name: `New method for ${ZONE}` });
    await dialog.getByLabel('Name', { exact: true }).fill('Canada Post');
    await dialog.getByLabel('Service', { exact: true }).fill('standard');
    await dialog.getByLabel('Band 1 up to grams').fill('2000');
    await dialog.getByLabel('Band 1 price in USD').fill('9.99');
    await dialog.getByRole('button', { name: 'Add weight band' }).click();
    await dialog.getByLabel('Band 2 up to grams').fill('1500');
    await dialog.getByLabel('Band 2 price in USD').fill('19.99');
    await dialog.getByRole('button', { name: 'Add method' }).click();
    await dialog.getByText("is below the previous band's bound 2000; list bands from lightest to heaviest").waitFor();
    expect(await dialog.getByLabel('Band 2 up to grams').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Band 2 up to grams').fill('');
    await dialog.getByLabel('Free from in USD').fill('150');
    await dialog.getByRole('button', { name: 'Add method' }).click();
    await toast('Method “Canada Post” added.');
    await dialog.waitFor({ state: 'hidden' });
    const methods = page.getByRole('table', { name: `Shipping methods of ${ZONE}` });
    const row = methods.getByRole('row').filter({ hasText: 'Canada Post' });
    await row.getByText('Up to 2 kg $9.99 · above $19.99').waitFor();
    await row.getByText('$150.00').waitFor();

    const stored = (await zones()).find((zone) => zone.name === ZONE);
    expect(stored).toMatchObject({
      countries: ['CA'],
      methods: [
        {
          name: 'Canada Post',
          pricing: { kind: 'weight_bands', bands: [{ upToGrams: 2000, amounts: { USD: 999 } }, { upToGrams: null, amounts: { USD: 1999 } }] },
          freeFrom: { USD: 15000 },
          active: true,
        },
      ],
    });

    // The preview follows the fields: a Canadian address gets the band's rate, then free shipping from 150.
    const preview = page.getByRole('form', { name: 'Rate preview' });
    const options = page.getByRole('list', { name: 'Shipping options' });
    await preview.getByLabel('Postcode').fill('K1A 0B1');
    await preview.getByLabel('Subtotal (USD)').fill('50');
    await preview.getByLabel('Weight (grams)').fill('2500');
    await options.getByRole('listitem').filter({ hasText: 'Canada Post' }).getByText('$19.99').waitFor();
    await preview.getByLabel('Weight (grams)').fill('1200');
    await options.getByRole('listitem').filter({ hasText: 'Canada Post' }).getByText('$9.99').waitFor();
    expect(await page.getByTestId('preview-zone').textContent()).toBe(`Zone ${ZONE} (by country)`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-shipping-preview.png`, fullPage: true });
    await preview.getByLabel('Subtotal (USD)').fill('150');
    await options.getByText('Free', { exact: true }).waitFor();

    // An address no zone covers gets a note, not an error; a postcode that cannot be Canadian is shown at its field.
    await preview.getByLabel('Postcode').fill('');
    await preview.getByLabel('Country').selectOption('BR');
    await page.getByText('We do not ship to BR yet').waitFor();
    expect(await options.count()).toBe(0);
    await preview.getByLabel('Country').selectOption('CA');
    await preview.getByLabel('Postcode').fill('12345');
    await preview.getByText('"12345" is not a valid postcode for CA').waitFor();

    // Deleting the zone asks first and takes its method with it.
    await page.getByRole('button', { name: 'Delete zone' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete ${ZONE}?` });
    await confirm.getByText('Its shipping method goes with it.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Delete zone' }).click();
    await toast(`${ZONE} deleted.`);
    await page.getByRole('heading', { level: 1, name: 'Shipping' }).waitFor();
    expect((await zones()).map((zone) => zone.name)).not.toContain(ZONE);

    expect(consoleErrors.filter((message) => !isRefusalLog(message, 400))).toEqual([]);
  });
});
