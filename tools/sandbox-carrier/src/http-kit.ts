import type { IncomingMessage } from 'node:http';
import { parseJsonBody, readBody as readLimited, reply, type Reply, validateBody } from '@emporium/stand-in-kit';
import type { z } from 'zod';

export { canonicalJson, type Reply, reply, send } from '@emporium/stand-in-kit';

/** An answer other than 2xx: `{ error: code, message, ...extra }` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const readBody = (req: IncomingMessage): Promise<string> =>
  readLimited(req, { bytes: 1024 * 1024, error: () => new HttpError(413, 'payload_too_large', 'Request bodies are limited to 1 MiB.') });

export const parseJson = (raw: string): unknown => parseJsonBody(raw, () => new HttpError(400, 'invalid_json', 'The request body is not valid JSON.'));

/** Validates with zod; a failure is a 400 naming every bad field. */
export const validate = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> =>
  validateBody(schema, value, (fieldErrors) => new HttpError(400, 'invalid_request', 'The request body is invalid.', { fieldErrors }));

export function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) return reply(error.status, { error: error.code, message: error.message, ...error.extra });
  return reply(500, { error: 'internal_error', message: error instanceof Error ? error.message : String(error) });
}
