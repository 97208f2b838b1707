import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

export type ErrorType = 'invalid_request_error' | 'card_error' | 'authentication_error' | 'idempotency_error' | 'api_error';

/** An answer other than 2xx: `{ error: { type, code, message, param?, ...extra } }` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The usual 400 of a request that cannot be done as asked. */
export const invalidRequest = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new HttpError(400, 'invalid_request_error', code, message, extra);

export const notFound = (code: string, message: string) => new HttpError(404, 'invalid_request_error', code, message);

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The work is done but the client never hears: hold the connection, then drop it. */
  dropAfterWork?: boolean;
}

export const reply = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'invalid_request_error', 'payload_too_large', 'Request bodies are limited to 1 MiB.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalidRequest('invalid_json', 'The request body is not valid JSON.');
  }
}

/** `{ "card.number": ["…"] }`: each failing field by its dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(body)';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Validates with zod; a failure is a 400 naming every bad field (`param` is the first). */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error);
  const param = Object.keys(fields)[0];
  throw invalidRequest('parameter_invalid', 'The request body is invalid.', { ...(param ? { param } : {}), fieldErrors: fields });
}

export function send(res: ServerResponse, { status, body, headers }: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store', ...headers });
  res.end(html);
}

export function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) {
    return reply(error.status, { error: { type: error.type, code: error.code, message: error.message, ...error.extra } });
  }
  return reply(500, { error: { type: 'api_error', code: 'internal_error', message: error instanceof Error ? error.message : String(error) } });
}

/** JSON with sorted keys: two bodies that differ only in key order are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** For HTML pages: text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
