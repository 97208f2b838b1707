export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

type Init = { headers?: Record<string, string>; signal?: AbortSignal };

/** A bare fetch client for a stand-in's specs: `Bearer key`, JSON in and out. */
export function jsonClient(url: string, key: string) {
  async function call<T>(method: string, path: string, body?: unknown, init: Init = {}): Promise<JsonResponse<T>> {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: init.signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }
  return {
    call,
    get: <T = Record<string, unknown>>(path: string, init?: Init) => call<T>('GET', path, undefined, init),
    post: <T = Record<string, unknown>>(path: string, body?: unknown, init?: Init) => call<T>('POST', path, body ?? {}, init),
  };
}
