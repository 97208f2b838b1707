import type { IncomingMessage } from 'node:http';
import { parseJsonBody, readBody as readLimited, reply, type Reply, validateBody } from '@emporium/stand-in-kit';
import type { z } from 'zod';

export { canonicalJson, escapeHtml, fieldErrors, type Reply, reply, send, sendHtml } from '@emporium/stand-in-kit';

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

export const readBody = (req: IncomingMessage): Promise<string> =>
  readLimited(req, { bytes: 1024 * 1024, error: () => new HttpError(413, 'invalid_request_error', 'payload_too_large', 'Request bodies are limited to 1 MiB.') });

export const parseJson = (raw: string): unknown => parseJsonBody(raw, () => invalidRequest('invalid_json', 'The request body is not valid JSON.'));

/** Validates with zod; a failure is a 400 naming every bad field (`param` is the first). */
export const validate = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> =>
  validateBody(schema, value, (fields) => {
    const param = Object.keys(fields)[0];
    return invalidRequest('parameter_invalid', 'The request body is invalid.', { ...(param ? { param } : {}), fieldErrors: fields });
  });

export function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) {
    return reply(error.status, { error: { type: error.type, code: error.code, message: error.message, ...error.extra } });
  }
  return reply(500, { error: { type: 'api_error', code: 'internal_error', message: error instanceof Error ? error.message : String(error) } });
}
