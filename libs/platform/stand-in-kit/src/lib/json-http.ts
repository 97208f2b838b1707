import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The work is done but the client never hears: hold the connection, then drop it. */
  dropAfterWork?: boolean;
}

export const reply = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

/** The whole body as text; past `limit.bytes` it throws what `limit.error` makes (the stand-in's own 413). */
export async function readBody(req: IncomingMessage, limit?: { bytes: number; error: () => Error }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (limit && size > limit.bytes) throw limit.error();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as JSON (undefined when empty); text that is not JSON throws what `invalid` makes (the stand-in's own 400). */
export function parseJsonBody(raw: string, invalid: () => Error): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalid();
  }
}

/** Validates with zod; a failure throws what `invalid` makes of every bad field (the stand-in's own 400). */
export function validateBody<T extends z.ZodType>(schema: T, value: unknown, invalid: (fields: Record<string, string[]>) => Error): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(fieldErrors(result.error));
}

/** `{ "shipTo.postalCode": ["Too small…"] }`: each failing field by its dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(body)';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Writes `reply` as JSON; `defaults` are headers the reply's own override. Nothing happens on a finished response. */
export function send(res: ServerResponse, { status, body, headers }: Reply, defaults: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...defaults, ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store', ...headers });
  res.end(html);
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
