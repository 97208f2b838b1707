/**
 * Talks to the API the way the SPA in a browser does: JSON over fetch, the shop's Origin on every mutation, and a
 * cookie jar that keeps what Set-Cookie says (Max-Age=0 deletes).
 */
export interface TrpcFailure {
  readonly status: number;
  readonly code: string;
  readonly reason?: string;
  readonly message: string;
  readonly fieldErrors?: ReadonlyArray<{ path: string; message: string }>;
  readonly headers: Headers;
}

export type TrpcResult<T> = { ok: true; data: T; headers: Headers } | { ok: false; error: TrpcFailure };

export class BrowserClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly options: { origin?: string | null; userAgent?: string } = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async query<T = unknown>(path: string, input?: unknown): Promise<TrpcResult<T>> {
    const url = `${this.baseUrl}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
    return this.send<T>(url, { method: 'GET', headers: this.headers() });
  }

  async mutate<T = unknown>(path: string, input?: unknown, init: { contentType?: string; body?: string } = {}): Promise<TrpcResult<T>> {
    const headers = this.headers();
    headers.set('content-type', init.contentType ?? 'application/json');
    const origin = this.options.origin === undefined ? new URL(this.baseUrl).origin : this.options.origin;
    if (origin) headers.set('origin', origin);
    return this.send<T>(`${this.baseUrl}/trpc/${path}`, { method: 'POST', headers, body: init.body ?? JSON.stringify(input ?? null) });
  }

  /** Like `query`/`mutate` but throws on failure: for steps that are not what the test is about. */
  async ok<T = unknown>(result: Promise<TrpcResult<T>>): Promise<T> {
    const settled = await result;
    if (!settled.ok) throw new Error(`expected success, got ${settled.error.status} ${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  }

  private headers(): Headers {
    const headers = new Headers({ 'user-agent': this.options.userAgent ?? 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36' });
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader);
    return headers;
  }

  private async send<T>(url: string, init: RequestInit): Promise<TrpcResult<T>> {
    const response = await fetch(url, init);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await response.json()) as { result?: { data: T }; error?: { message: string; data?: { code: string; reason?: string; fieldErrors?: TrpcFailure['fieldErrors'] } } };
    if (response.ok && body.result) return { ok: true, data: body.result.data, headers: response.headers };
    return {
      ok: false,
      error: {
        status: response.status,
        code: body.error?.data?.code ?? 'UNKNOWN',
        reason: body.error?.data?.reason,
        message: body.error?.message ?? '',
        fieldErrors: body.error?.data?.fieldErrors,
        headers: response.headers,
      },
    };
  }
}
