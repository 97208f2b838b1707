import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './support/browser';
import { collectPageErrors, useShopInBrowser } from './support/shop-in-browser';

/** Seeded by the demo data (`DEMO_USERS` in user-api). */
const SHOPPER = { email: 'shopper@example.com', password: 'emporium-shopper-demo' };
/** California's sales tax in the demo shop's tax regions (seedDemoPricing in cart-data-access). */
const CALIFORNIA_SALES_TAX_BASIS_POINTS = 725;
/** The demo shop's dollar settings: a 5.99 shipping estimate, free from 75.00. */
const USD_SHIPPING = 599;
const USD_FREE_SHIPPING_FROM = 7500;

/** "$1,234.50" → 123450; "-$7.20" and "−$7.20" → -720. */
function cents(text: string): number {
  const match = /([-−])?\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`no dollar amount in "${text}"`);
  const value = Number(match[2]?.replaceAll(',', '')) * 100 + Number(match[3]);
  return match[1] ? -value : value;
}

/** Half-up, as the demo shop rounds: the shopper gets the half cent of a discount, the shop the half cent of a tax. */
const roundHalfUp = (value: number) => Math.floor(value + 0.5);

describe('the cart in a real browser', () => {
  const shop = useShopInBrowser();
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];

  beforeEach(() => {
    consoleErrors.length = 0;
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /** A fresh browser profile (its own cookies, so its own guest cart), whose console errors fail the test. */
  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await shop.browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    collectPageErrors(page, consoleErrors, { withUrl: true });
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `cart-${name}.png`), fullPage: true });

  async function signIn(page: Page, credentials: { email: string; password: string }) {
    await page.getByLabel('E-mail address').fill(credentials.email);
    await page.getByLabel('Password', { exact: true }).fill(credentials.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Opens a product without options and adds `quantity` of it from its page. */
  async function addToCart(page: Page, slug: string, quantity = 1) {
    await page.goto(`${shop.api.url}/products/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Quantity' }).fill(String(quantity));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('main').getByRole('link', { name: 'View cart' }).waitFor();
  }

  /** The cart page's lines: unit price and quantity as shown. */
  async function shownLines(page: Page) {
    const lines = page.locator('.cart-lines > li');
    return Promise.all(
      (await lines.all()).map(async (line) => ({
        title: await line.getByRole('heading', { level: 3 }).innerText(),
        unitPrice: cents(await line.locator('.cart-line__unit').innerText()),
        quantity: Number(await line.getByRole('textbox', { name: /^Quantity of/ }).inputValue()),
      })),
    );
  }

  /** The order summary as label → amount text. */
  async function summary(page: Page): Promise<Map<string, string>> {
    const rows = page.getByRole('region', { name: 'Order summary' }).locator('.cart-totals__row');
    const entries = await Promise.all((await rows.all()).map(async (row) => [await row.locator('dt').innerText(), await row.locator('dd').innerText()] as const));
    return new Map(entries);
  }

  it('merges a guest’s cart, coupon included, into the shopper’s own at sign-in, with totals that add up', { timeout: 180_000 }, async () => {
    // The demo shopper already has a cart on their account: a cutting board, added from another browser.
    const elsewhere = await newPage();
    await elsewhere.goto(`${shop.api.url}/account/sign-in`);
    await signIn(elsewhere, SHOPPER);
    await elsewhere.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    await addToCart(elsewhere, 'bamboo-cutting-board');
    await elsewhere.getByRole('button', { name: 'Cart, 1 item' }).waitFor();

    // A visitor adds a beanie and two mugs; the header counts three items.
    const page = await newPage();
    await addToCart(page, 'wool-beanie');
    await page.getByRole('button', { name: 'Cart, 1 item' }).waitFor();
    await addToCart(page, 'stoneware-mug', 2);
    await page.getByRole('button', { name: 'Cart, 3 items' }).waitFor();

    // The quick view lists both products and links to the cart.
    await page.getByRole('button', { name: 'Cart, 3 items' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Wool Beanie' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Stoneware Mug' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('main').getByRole('link', { name: 'View cart' }).click();
    await page.getByRole('heading', { level: 1, name: /Your cart/ }).waitFor();
    expect((await shownLines(page)).map((line) => [line.title, line.quantity])).toEqual([
      ['Wool Beanie', 1],
      ['Stoneware Mug', 2],
    ]);

    // A code that does not exist is refused under the field; WELCOME10 takes 10 % off.
    const code = page.getByRole('textbox', { name: 'Coupon code' });
    await code.fill('NOSUCHCODE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/recognise the code NOSUCHCODE/).waitFor();
    await code.fill('welcome10');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Remove coupon WELCOME10' }).waitFor();
    const guestSubtotal = 2800 + 2 * 2200;
    await expect.poll(async () => (await summary(page)).get('WELCOME10')).toBe(`-$${(roundHalfUp(guestSubtotal / 10) / 100).toFixed(2)}`);
    await shot(page, 'guest');

    // Signing in from the header comes back to the cart, now the account's: its board and the visitor's two lines.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/account/sign-in?next=%2Fcart');
    await signIn(page, SHOPPER);
    await page.waitForURL(`${shop.api.url}/cart`);
    // The merge is the cart's own doing, so the shopper is told (the API's notice, shown as a toast).
    await page.getByText(/guest cart are now in your account/).waitFor();
    await page.getByRole('button', { name: 'Cart, 4 items' }).waitFor();
    await expect.poll(async () => (await shownLines(page)).length).toBe(3);
    const lines = await shownLines(page);
    expect(lines.map((line) => line.title).sort()).toEqual(['Bamboo Cutting Board', 'Stoneware Mug', 'Wool Beanie']);

    // Estimate for California, then check every figure of the summary against the lines.
    await page.getByText('Estimate for another place').click();
    await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
    await page.getByRole('combobox', { name: 'State' }).selectOption('CA');
    await page.getByRole('button', { name: 'Update estimate' }).click();
    await page.getByText('Tax and shipping for California, United States').waitFor();

    const amounts = lines.map((line) => line.unitPrice * line.quantity);
    const subtotal = amounts.reduce((sum, amount) => sum + amount, 0);
    const discount = roundHalfUp(subtotal / 10);
    // Every line here costs a whole number of dimes, so the 10 % falls on each line exactly, and each line is taxed
    // on what is left of it, rounded on its own.
    expect(amounts.every((amount) => amount % 10 === 0)).toBe(true);
    const lineTaxes = amounts.map((amount) => roundHalfUp(((amount - amount / 10) * CALIFORNIA_SALES_TAX_BASIS_POINTS) / 10_000));
    const shipping = subtotal - discount >= USD_FREE_SHIPPING_FROM ? 0 : USD_SHIPPING;
    const shippingTax = roundHalfUp((shipping * CALIFORNIA_SALES_TAX_BASIS_POINTS) / 10_000);
    const tax = lineTaxes.reduce((sum, lineTax) => sum + lineTax, 0) + shippingTax;
    const total = subtotal - discount + shipping + tax;

    const shown = await summary(page);
    expect(cents(shown.get('Subtotal') ?? '')).toBe(subtotal);
    expect(cents(shown.get('WELCOME10') ?? '')).toBe(-discount);
    expect(shown.get('Shipping')).toBe(shipping === 0 ? 'Free' : `$${(shipping / 100).toFixed(2)}`);
    expect(cents(shown.get('Sales tax 7.25 %') ?? '')).toBe(tax);
    expect(cents(shown.get('Total') ?? '')).toBe(total);
    await shot(page, 'merged');
    // The one failed request is the unknown code's NOT_FOUND, which the browser logs.
    expect(consoleErrors.filter((message) => !/Failed to load resource: the server responded with a status of 404/.test(message))).toEqual([]);
  });
});
