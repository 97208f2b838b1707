import type { APIRequestContext } from 'playwright-core';

/**
 * One tRPC call through a Playwright request context (its cookies are the page's, or a fresh shopper's), with the
 * shop's Origin as the SPA sends it. Answers the data, or throws with the status and body of a refusal.
 */
export async function trpcCall<T>(request: APIRequestContext, apiUrl: string, kind: 'query' | 'mutation', path: string, input: unknown): Promise<T> {
  const headers = { origin: apiUrl };
  const response =
    kind === 'mutation'
      ? await request.post(`${apiUrl}/trpc/${path}`, { data: input, headers })
      : await request.get(`${apiUrl}/trpc/${path}?${new URLSearchParams({ input: JSON.stringify(input) }).toString()}`, { headers });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (response.status() !== 200 || !body.result) throw new Error(`${path} answered ${response.status()}: ${JSON.stringify(body)}`);
  return body.result.data;
}
