import { SERVICE_NAMES, type ServiceName } from '@emporium/platform-config';
import { SERVICE_TOKEN_HEADER } from '@emporium/platform-trpc';
// Default imports, read at call time: tracing patches the modules' `request` in place (a named import would keep the
// unpatched function, and the call would carry no traceparent).
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Context } from 'hono';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * The edge: the process that serves the SPA gets every tRPC call of the page, but when the services run in separate
 * processes most of them belong to another process. A call for a service this process does not mount, whose
 * `<SERVICE>_URL` it has, is passed on unchanged (method, query, body, cookies, Origin) and the answer handed back
 * (Set-Cookie included), so the browser sees one shop at one origin whatever the topology. The callee does its own
 * CSRF check, authorisation and rate limiting; the edge lends no trust of its own (a service token a client sent is
 * dropped) and tells the callee the client's address in X-Forwarded-For (the callee needs TRUST_PROXY).
 */

/** Marks a forwarded request, so a misconfigured pair of processes cannot pass one request back and forth. */
const FORWARDED_HEADER = 'x-emporium-forwarded';
/** How long the edge waits for the owning service; a dead process refuses at once, a hung one is cut off here. */
const FORWARD_TIMEOUT_MS = 10_000;
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host', 'content-length'];

/** Where a call goes, and how many procedure calls its path names (a batch's error answer has one entry per call). */
export type ForwardTarget =
  | { readonly kind: 'local' }
  | { readonly kind: 'forward'; readonly service: ServiceName; readonly url: string; readonly calls: number }
  | { readonly kind: 'mixed'; readonly calls: number };

/**
 * Where a tRPC call goes: here when every procedure it names belongs to a mounted service (or to no known one — the
 * local router answers "not found"); forwarded when all belong to one service with a URL; refused when a batch mixes
 * services of different processes (the SPA batches per service, see the storefront's service-batch-link).
 */
export function forwardTargetOf(pathSegment: string, mounted: readonly ServiceName[], urls: Partial<Record<ServiceName, string>>): ForwardTarget {
  // Read as tRPC will: `catalog.x%2Cinventory.y` is two calls.
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathSegment);
  } catch {
    return { kind: 'local' }; // malformed: tRPC answers it with a typed error
  }
  const paths = decoded.split(',');
  const services = new Set(paths.map((path) => path.split('.', 1)[0] ?? ''));
  const remote = [...services].filter((name): name is ServiceName => (SERVICE_NAMES as readonly string[]).includes(name) && !mounted.includes(name as ServiceName) && Boolean(urls[name as ServiceName]));
  if (remote.length === 0) return { kind: 'local' };
  const [service] = remote;
  if (remote.length > 1 || services.size > 1 || !service) return { kind: 'mixed', calls: paths.length };
  return { kind: 'forward', service, url: urls[service] as string, calls: paths.length };
}

/** Passes the request on to the owning service (same path and query) and returns its answer, or a 503 naming it. */
export async function forwardRequest(
  c: Context,
  target: { service: ServiceName; url: string; calls?: number },
  context: { requestId: string; clientIp: string | null },
): Promise<Response> {
  const isBatch = c.req.query('batch') === '1';
  const callCount = target.calls ?? 1;
  if (c.req.header(FORWARDED_HEADER)) {
    return trpcError(isBatch, callCount, 508, 'INTERNAL_SERVER_ERROR', `The ${target.service} service's address leads back to a process that does not mount it`);
  }
  const headers: Record<string, string> = {};
  c.req.raw.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.includes(name) && name !== SERVICE_TOKEN_HEADER && name !== 'x-forwarded-for') headers[name] = value;
  });
  const source = new URL(c.req.url);
  headers[FORWARDED_HEADER] = '1';
  headers[REQUEST_ID_HEADER] = context.requestId;
  if (context.clientIp) headers['x-forwarded-for'] = context.clientIp;
  headers['x-forwarded-host'] = c.req.header('host') ?? '';
  headers['x-forwarded-proto'] = source.protocol.replace(':', '');
  const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
  let answer: UpstreamAnswer;
  try {
    const body = hasBody ? Buffer.from(await c.req.arrayBuffer()) : undefined;
    if (body) headers['content-length'] = String(body.length);
    answer = await send(new URL(`${source.pathname}${source.search}`, target.url), c.req.method, headers, body);
  } catch {
    return trpcError(isBatch, callCount, 503, 'SERVICE_UNAVAILABLE', `The ${target.service} service is unavailable; please try again shortly`, 'DEPENDENCY_UNAVAILABLE');
  }
  const passedBack = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined || HOP_BY_HOP.includes(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) passedBack.append(name, item);
  }
  passedBack.set(REQUEST_ID_HEADER, context.requestId);
  return new Response(answer.body.length > 0 ? answer.body : null, { status: answer.status, headers: passedBack });
}

interface UpstreamAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Connections to the other processes are kept open: a new TCP connection per call would cost more than the call. */
const AGENTS = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/**
 * One request to the owning process over node:http with kept-alive connections — several times cheaper per call than
 * fetch — its answer read whole (tRPC answers are small). Rejects when the process cannot be reached or is too slow.
 */
function send(url: URL, method: string, headers: Record<string, string>, body: Buffer | undefined): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const request = (secure ? https.request : http.request)(url, { method, headers, agent: secure ? AGENTS.https : AGENTS.http }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.setTimeout(FORWARD_TIMEOUT_MS, () => request.destroy(new Error(`no answer from ${url.origin} in ${FORWARD_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** A refusal in tRPC's error shape (an array, one per call, for a batch), as the client parses any other error. */
export function trpcError(isBatch: boolean, callCount: number, status: number, code: string, message: string, reason?: string): Response {
  const error = { error: { message, code: status === 400 ? -32600 : -32603, data: { code, httpStatus: status, ...(reason ? { reason } : {}) } } };
  const body = isBatch ? Array.from({ length: callCount }, () => error) : error;
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
