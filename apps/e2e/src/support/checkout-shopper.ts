import { demoId } from '@emporium/catalog-data-access';

export const ADDRESS = { firstName: 'Ada', lastName: 'Lovelace', line1: '12 Analytical Row', city: 'New York', region: 'NY', postalCode: '10001', countryCode: 'US' };
export const DESTINATION = { country: 'US', region: 'NY', postalCode: '10001' };


export interface CallResult<T> {
  readonly status: number;
  readonly data?: T;
  readonly error?: { message: string; data?: { reason?: string; code?: string } };
}

/**
 * A shopper's browser as far as the API sees it: JSON over fetch, the shop's Origin, a cookie jar. With the services
 * split over processes, `route` names the process that serves a procedure (what an ingress does by path); cookies
 * are per host, so one jar serves them all.
 */
export class Shopper {
  private readonly cookies = new Map<string, string>();
  private readonly route: (path: string) => string;
  constructor(baseUrl: string | ((path: string) => string)) {
    this.route = typeof baseUrl === 'string' ? () => baseUrl : baseUrl;
  }

  async call<T>(kind: 'query' | 'mutation', path: string, input: unknown): Promise<CallResult<T>> {
    const baseUrl = this.route(path);
    const headers: Record<string, string> = { origin: new URL(baseUrl).origin };
    if (this.cookies.size > 0) headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const url = `${baseUrl}/trpc/${path}`;
    const response =
      kind === 'mutation'
        ? await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) })
        : await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const body = (await response.json()) as { result?: { data: T }; error?: CallResult<T>['error'] };
    return { status: response.status, ...(body.result ? { data: body.result.data } : {}), ...(body.error ? { error: body.error } : {}) };
  }

  async ok<T>(kind: 'query' | 'mutation', path: string, input: unknown): Promise<T> {
    const result = await this.call<T>(kind, path, input);
    if (result.data === undefined) throw new Error(`${path} answered ${result.status}: ${JSON.stringify(result.error)}`);
    return result.data;
  }

  /** Fills the cart, picks the cheapest delivery and answers what `place` needs, as the checkout page would. */
  async readyToPlace(lines: ReadonlyArray<{ sku: string; quantity: number }>, couponCode?: string) {
    for (const line of lines) await this.ok('mutation', 'cart.add', { variantId: demoId(line.sku), quantity: line.quantity });
    if (couponCode) await this.ok('mutation', 'cart.applyCoupon', { code: couponCode });
    const { options } = await this.ok<{ options: Array<{ id: string }> }>('query', 'storefront.checkout.options', { destination: DESTINATION });
    const shippingOptionId = options[0]?.id ?? '';
    const review = await this.ok<{ totals: { total: { amount: number; currency: string } } }>('query', 'storefront.checkout.review', { destination: DESTINATION, shippingOptionId });
    return { email: 'ada@example.com', shippingAddress: ADDRESS, shippingOptionId, reviewedTotal: review.totals.total };
  }
}
