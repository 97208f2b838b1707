import { join } from 'node:path';
import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, freePort, startApiProcess } from './support/api-process';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { collectPageErrors } from './support/shop-in-browser';

const SHOPPER = { email: 'ada.e2e@example.com', password: 'copper kettle on the hob', name: 'Ada Lovelace' };
/** Seeded by the demo data (`DEMO_USERS` in user-api). */
const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };

describe('a shopper’s account in a real browser', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    // The e-mailed links point at PUBLIC_URL, so it is the address the browser uses.
    const port = await freePort();
    api = await startApiProcess({ DATABASE_URL: database.url, NODE_ENV: 'production', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    browser = await launchBrowser();
  });
  beforeEach(() => {
    consoleErrors.length = 0;
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.destroy();
  });

  /** A fresh browser profile (its own cookies), whose console errors fail the test. */
  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    collectPageErrors(page, consoleErrors, { withUrl: true });
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `account-${name}.png`), fullPage: true });

  it('registers, confirms the address from the e-mail, signs in, saves an address and signs out', { timeout: 180_000 }, async () => {
    const shopper = await newPage();

    // Register. The password field is checked on leaving it, with the API's own schema and message.
    await shopper.goto(`${api.url}/account/register`);
    await shopper.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await shopper.getByLabel('E-mail address').fill(SHOPPER.email);
    const password = shopper.getByLabel('Password', { exact: true });
    await password.fill('short');
    await password.blur();
    await shopper.getByText('Use at least 8 characters').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await password.fill(SHOPPER.password);
    expect(await shopper.getByText('Use at least 8 characters').count()).toBe(0);
    await shopper.getByLabel('Your name (optional)').fill(SHOPPER.name);
    await shopper.getByRole('button', { name: 'Create account' }).click();
    await shopper.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    expect(await shopper.locator('main').innerText()).toContain(SHOPPER.email);
    await shot(shopper, 'registered');

    // Staff read the verification e-mail in the dev mailbox, in a browser profile of their own.
    const link = await linkFromMailbox(SHOPPER.email, 'Confirm your e-mail address', '/account/verify');
    expect(link).toMatch(/\/account\/verify#token=[\w-]+/);

    // The shopper follows the link: the token is spent once and leaves the address bar.
    const { pathname, hash } = new URL(link);
    await shopper.goto(`${api.url}${pathname}${hash}`);
    await shopper.getByRole('heading', { level: 1, name: 'E-mail address confirmed' }).waitFor();
    expect(new URL(shopper.url()).hash).toBe('');
    await shot(shopper, 'verified');

    // Sign in, coming back to the address book as asked by ?next=.
    await shopper.goto(`${api.url}/account/addresses`);
    await shopper.waitForURL('**/account/sign-in?next=%2Faccount%2Faddresses');
    await signIn(shopper, SHOPPER);
    await shopper.waitForURL('**/account/addresses');
    await shopper.getByRole('heading', { level: 1, name: 'Addresses' }).waitFor();
    await shopper.getByRole('button', { name: /Account: Ada/ }).waitFor();

    // Add a US address, first without a state: the form says what is missing, under the field, and focuses it.
    await shopper.getByRole('link', { name: 'Add a shipping address' }).click();
    await shopper.getByRole('heading', { level: 1, name: 'New address' }).waitFor();
    await shopper.getByLabel('Country').selectOption('US');
    await shopper.getByLabel('First name').fill('Ada');
    await shopper.getByLabel('Last name').fill('Lovelace');
    await shopper.getByLabel('Address', { exact: true }).fill('1 Market Street');
    await shopper.getByLabel('Town or city').fill('San Francisco');
    await shopper.getByLabel('ZIP code').fill('94103');
    await shopper.getByRole('button', { name: 'Save address' }).click();
    const state = shopper.getByLabel('State', { exact: true });
    await shopper.locator('.ui-field__error', { hasText: 'Select your state' }).waitFor();
    expect(await state.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => isFocused(state)).toBe(true);
    expect(await shopper.getByRole('link', { name: 'State: Select your state' }).count()).toBe(1);
    await shot(shopper, 'address-missing-state');
    await state.selectOption('CA');
    await shopper.getByRole('button', { name: 'Save address' }).click();

    // Listed, as the default shipping address (the first of its kind).
    await shopper.waitForURL('**/account/addresses');
    const card = shopper.locator('.address-card', { hasText: '1 Market Street' });
    await card.waitFor();
    expect(await card.innerText()).toContain('San Francisco, CA 94103');
    expect(await card.getByText('Default shipping').count()).toBe(1);
    await shopper.getByText('Your address has been saved.').waitFor();
    await shot(shopper, 'addresses');

    // Sign out from the header menu; the account is then behind the sign-in page again.
    await shopper.getByRole('button', { name: /Account: Ada/ }).click();
    await shopper.getByRole('button', { name: 'Sign out' }).click();
    await shopper.waitForURL(`${api.url}/`);
    await shopper.getByText('You have signed out.').waitFor();
    await shopper.getByRole('link', { name: 'Sign in' }).waitFor();
    await shopper.goto(`${api.url}/account`);
    await shopper.waitForURL('**/account/sign-in?next=%2Faccount');
    await shopper.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await shot(shopper, 'signed-out');

    expect(consoleErrors).toEqual([]);
  });

  it('explains refused sign-ins in the form, offers a new confirmation link, and fits a 360 px phone', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await page.goto(`${api.url}/account/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // Nothing entered: each field says what it needs, and focus goes to the first.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.ui-field__error', { hasText: 'Enter your e-mail address' }).waitFor();
    await expect.poll(() => isFocused(page.getByLabel('E-mail address'))).toBe(true);

    // A wrong password gets one message that does not say which part was wrong.
    await signIn(page, { email: 'nobody@example.com', password: 'not the password' });
    await page.getByText('The e-mail address or password is not right. Check them and try again.').waitFor();

    // An address that is not confirmed yet cannot sign in, and is offered a new link.
    const newcomer = { email: 'grace.e2e@example.com', password: 'tea towels and teapots' };
    await page.goto(`${api.url}/account/register`);
    await page.getByLabel('E-mail address').fill(newcomer.email);
    await page.getByLabel('Password', { exact: true }).fill(newcomer.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await signIn(page, newcomer);
    await page.getByText(/confirm your e-mail address first/i).waitFor();
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText(`We have sent a new link to ${newcomer.email}.`, { exact: false }).waitFor();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'sign-in-360');
    // The refusals are 401 and 403 answers, which the browser logs as failed resources; anything else is a real error.
    expect(consoleErrors.filter((message) => !/Failed to load resource: the server responded with a status of 40[13]/.test(message))).toEqual([]);
  });

  it('explains unusable links, adapts the address form to the country, moves the default and deletes with confirmation', { timeout: 120_000 }, async () => {
    const page = await newPage();

    // Links that cannot work say so and offer the way on.
    await page.goto(`${api.url}/account/verify#token=not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'This link can no longer be used' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.getByRole('button', { name: 'Send a new link' }).count()).toBe(1);
    await page.goto(`${api.url}/account/reset-password`);
    await page.getByRole('heading', { level: 1, name: 'This link is incomplete' }).waitFor();

    await page.goto(`${api.url}/account/sign-in?next=%2Faccount%2Faddresses`);
    await signIn(page, { email: 'shopper@example.com', password: 'emporium-shopper-demo' });
    await page.waitForURL('**/account/addresses');

    // The header menu opens from the keyboard and Escape closes it, giving focus back to its button.
    const menuButton = page.getByRole('button', { name: /Account: Demo/ });
    // The header may re-render as the signed-in state settles, dropping focus; press again until the menu is open.
    await expect
      .poll(async () => {
        if ((await menuButton.getAttribute('aria-expanded')) !== 'true') {
          await menuButton.focus();
          await page.keyboard.press('Enter');
        }
        return menuButton.getAttribute('aria-expanded');
      })
      .toBe('true');
    await page.getByRole('link', { name: 'Your account' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => isFocused(menuButton)).toBe(true);

    // A British address: the form asks for a county (optional, free text) and a postcode, with their own names.
    await page.getByRole('link', { name: 'Add a shipping address' }).click();
    await page.getByLabel('Country').selectOption('GB');
    await page.getByLabel('County (optional)').fill('Greater London');
    await page.getByLabel('First name').fill('Demo');
    await page.getByLabel('Last name').fill('Shopper');
    await page.getByLabel('Address', { exact: true }).fill('10 Downing Street');
    await page.getByLabel('Town or city').fill('London');
    await page.getByLabel('Postcode').fill('not a postcode');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.locator('.ui-field__error', { hasText: 'Enter a valid postcode, like SW1A 1AA' }).waitFor();
    await page.getByLabel('Postcode').fill('sw1a 2aa');
    await page.getByLabel('Label (optional)').fill('Office');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.waitForURL('**/account/addresses');
    const office = page.locator('.address-card', { hasText: 'Office' });
    await office.waitFor();
    expect(await office.innerText()).toContain('London SW1A 2AA');

    // A second one, in Hong Kong, which has neither postcode nor region.
    await page.getByRole('link', { name: 'Add a shipping address' }).click();
    await page.getByLabel('Country').selectOption('HK');
    expect(await page.getByLabel(/Postcode|Postal code/).count()).toBe(0);
    await page.getByLabel('First name').fill('Demo');
    await page.getByLabel('Last name').fill('Shopper');
    await page.getByLabel('Address', { exact: true }).fill('1 Harbour Road');
    await page.getByLabel('Town or city').fill('Wan Chai');
    await page.getByLabel('Label (optional)').fill('Holiday flat');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.waitForURL('**/account/addresses');
    const flat = page.locator('.address-card', { hasText: 'Holiday flat' });
    await flat.waitFor();
    expect(await flat.getByText('Default shipping').count()).toBe(0);

    // Make it the default, then edit the office.
    await flat.getByRole('button', { name: 'Make default' }).click();
    await flat.getByText('Default shipping').waitFor();
    expect(await office.getByText('Default shipping').count()).toBe(0);
    await office.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit address' }).waitFor();
    expect(await page.getByLabel('Postcode').inputValue()).toBe('SW1A 2AA');
    await page.getByLabel('Apartment, suite, floor (optional)').fill('Second floor');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL('**/account/addresses');
    await office.getByText('Second floor').waitFor();

    // Deleting asks first; Cancel keeps it, and deleting the default hands it to the other address.
    await flat.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this address?' });
    await dialog.waitFor();
    await shot(page, 'address-delete-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await flat.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete address' }).click();
    await page.getByText('The address has been deleted.').waitFor();
    await expect.poll(() => page.locator('.address-card').count()).toBe(1);
    await office.getByText('Default shipping').waitFor();
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 1, name: 'Addresses' }))).toBe(true);

    // Signing out ends this session, so the demo shopper has no other sessions in the next test.
    await menuButton.click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();

    // The made-up verification token was refused with a 400, which the browser logs as a failed resource.
    expect(consoleErrors.filter((message) => !/Failed to load resource: the server responded with a status of 400/.test(message))).toEqual([]);
  });

  it('edits the profile, signs out another device, resets a forgotten password and deletes the account', { timeout: 180_000 }, async () => {
    const demo = { email: 'shopper@example.com', password: 'emporium-shopper-demo' };
    const newPassword = 'a brand new teapot';
    const laptop = await newPage();
    await laptop.goto(`${api.url}/account/sign-in`);
    await signIn(laptop, demo);
    await laptop.waitForURL(`${api.url}/account`);
    await laptop.getByRole('heading', { level: 1, name: 'Hello, Demo' }).waitFor();
    await shot(laptop, 'overview');
    const accountNav = laptop.getByRole('navigation', { name: 'Your account' });

    // Profile: the phone number is checked on leaving the field, then saved; the header greets by the new name.
    await accountNav.getByRole('link', { name: 'Profile' }).click();
    await laptop.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await laptop.getByLabel('Name', { exact: true }).fill('Dee Shopper');
    const phoneNumber = laptop.getByLabel('Phone number');
    await phoneNumber.fill('call me');
    await phoneNumber.blur();
    await laptop.locator('.ui-field__error', { hasText: 'Enter a valid phone number' }).waitFor();
    await phoneNumber.fill('+1 415 555 0100');
    await laptop.getByRole('checkbox', { name: 'Send me news about new products and offers' }).check();
    await laptop.getByRole('button', { name: 'Save changes' }).click();
    await laptop.getByText('Your profile has been saved.').waitFor();
    await laptop.getByRole('button', { name: /Account: Dee/ }).waitFor();
    await laptop.reload();
    expect(await laptop.getByLabel('Phone number').inputValue()).toBe('+1 415 555 0100');
    await shot(laptop, 'profile');

    // A second device signs in; the first sees both and signs the other out.
    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto(`${api.url}/account/sign-in`);
    await signIn(phone, demo);
    await phone.waitForURL(`${api.url}/account`);
    await accountNav.getByRole('link', { name: 'Sign-in & security' }).click();
    const sessions = laptop.locator('.session-item');
    await expect.poll(() => sessions.count()).toBe(2);
    expect(await sessions.first().innerText()).toContain('This device');
    await sessions.nth(1).getByRole('button', { name: 'Sign out' }).click();
    await laptop.getByText('You are not signed in anywhere else.').waitFor();
    await shot(laptop, 'security');
    await phone.goto(`${api.url}/account/profile`);
    await phone.waitForURL('**/account/sign-in?next=%2Faccount%2Fprofile');

    // The phone's owner has forgotten the password: the reset link comes by e-mail.
    await phone.getByRole('link', { name: 'Forgot your password?' }).click();
    // The sign-in form has an "E-mail address" too: fill the reset form's, once it is there.
    await phone.getByRole('button', { name: 'Send the reset link' }).waitFor();
    await phone.getByLabel('E-mail address').fill(demo.email);
    await phone.getByRole('button', { name: 'Send the reset link' }).click();
    await phone.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    const link = new URL(await linkFromMailbox(demo.email, 'Reset your password', '/account/reset-password'));
    await phone.goto(`${api.url}${link.pathname}${link.hash}`);
    await phone.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(new URL(phone.url()).hash).toBe('');
    await phone.getByLabel('New password', { exact: true }).fill(newPassword);
    await phone.getByLabel('New password again').fill('a brand new teacup');
    await phone.getByRole('button', { name: 'Save new password' }).click();
    await phone.locator('.ui-field__error', { hasText: 'The passwords do not match' }).waitFor();
    await expect.poll(() => isFocused(phone.getByLabel('New password again'))).toBe(true);
    await phone.getByLabel('New password again').fill(newPassword);
    await phone.getByRole('button', { name: 'Save new password' }).click();
    await phone.getByRole('heading', { name: 'Your new password is set' }).waitFor();
    await shot(phone, 'password-reset');

    // Resetting ended every session, the laptop's too: it signs in again with the new password.
    await laptop.reload();
    await laptop.waitForURL('**/account/sign-in?next=%2Faccount%2Fsecurity');
    await signIn(laptop, { email: demo.email, password: newPassword });
    await laptop.waitForURL('**/account/security');

    // Deleting the account asks for the password and a typed DELETE, then signs out and says so on the home page.
    await accountNav.getByRole('link', { name: 'Delete account' }).click();
    await laptop.getByRole('heading', { level: 1, name: 'Delete your account' }).waitFor();
    await laptop.getByRole('button', { name: 'Delete my account' }).click();
    await laptop.locator('.ui-field__error', { hasText: 'Type DELETE to confirm' }).waitFor();
    await laptop.getByLabel('Your password').fill(newPassword);
    await laptop.getByLabel('Type DELETE to confirm').fill('DELETE');
    await shot(laptop, 'delete');
    await laptop.getByRole('button', { name: 'Delete my account' }).click();
    await laptop.waitForURL(`${api.url}/`);
    await laptop.getByText('Your account has been deleted.', { exact: false }).waitFor();
    await laptop.getByRole('link', { name: 'Sign in' }).waitFor();
    await laptop.goto(`${api.url}/account`);
    await laptop.waitForURL('**/account/sign-in?next=%2Faccount');

    expect(consoleErrors).toEqual([]);
  });

  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

  async function signIn(page: Page, credentials: { email: string; password: string }) {
    await page.getByLabel('E-mail address').fill(credentials.email);
    await page.getByLabel('Password', { exact: true }).fill(credentials.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /**
   * Signs the demo admin in and opens the newest message to `recipient` with `subject` in the admin's dev mailbox
   * (/admin/mailbox), returning its link to `path`. Reset and re-verification e-mails are written by a background
   * job, so the mailbox is reloaded until the message is there.
   */
  async function linkFromMailbox(recipient: string, subject: string, path: string): Promise<string> {
    const admin = await newPage();
    const mailbox = `/admin/mailbox?${new URLSearchParams({ to: recipient }).toString()}`;
    await admin.goto(`${api.url}/account/sign-in?${new URLSearchParams({ next: mailbox }).toString()}`);
    await signIn(admin, ADMIN);
    await admin.waitForURL(`**${mailbox}`);
    await admin.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    const message = admin.getByRole('link', { name: subject }).first();
    for (let attempt = 1; !(await message.waitFor({ timeout: 2_000 }).then(() => true, () => false)); attempt++) {
      if (attempt === 10) throw new Error(`no "${subject}" e-mail to ${recipient} in the mailbox`);
      await admin.reload();
    }
    await message.click();
    const link = admin.locator(`a[href*="${path}#token="]`).first();
    await link.waitFor();
    await shot(admin, `mailbox-${path.split('/').at(-1)}`);
    return (await link.getAttribute('href')) ?? '';
  }
});
