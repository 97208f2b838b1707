export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** A bare fetch client for the sandbox's specs: `Bearer apiKey`, JSON in and out. */
export function sandboxClient(url: string, apiKey: string) {
  async function call<T>(method: string, path: string, body?: unknown, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<JsonResponse<T>> {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: init.signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }
  return {
    call,
    get: <T = Record<string, unknown>>(path: string, init?: { headers?: Record<string, string> }) => call<T>('GET', path, undefined, init),
    post: <T = Record<string, unknown>>(path: string, body?: unknown, init?: { headers?: Record<string, string>; signal?: AbortSignal }) =>
      call<T>('POST', path, body ?? {}, init),
  };
}

export const address = {
  warehouse: { name: 'Emporium Warehouse', line1: '1 Dock Road', city: 'Newark', region: 'NJ', postalCode: '07102', country: 'US' },
  shopper: { name: 'Ada Shopper', line1: '22 Elm Street', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
};

export const labelBody = (overrides: Record<string, unknown> = {}) => ({
  service: 'ground',
  shipFrom: address.warehouse,
  shipTo: address.shopper,
  parcels: [{ weightGrams: 1200, lengthCm: 30, widthCm: 20, heightCm: 10 }],
  reference: 'order-1001',
  ...overrides,
});
