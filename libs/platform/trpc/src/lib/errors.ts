import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '@emporium/platform-db';

/** A field-level problem with the input, as clients receive it. */
export interface FieldError {
  /** Dotted path into the input, e.g. `lines.0.quantity`; empty for the input as a whole. */
  readonly path: string;
  readonly message: string;
}

/** The reason behind an expected failure, stable for clients to switch on (e.g. `PRODUCT_NOT_FOUND`). */
export class DomainFailure extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainFailure';
  }
}

/** Input that has the right shape but breaks a business rule (priceMin above priceMax): reported like zod's. */
export class InvalidInput extends Error {
  constructor(readonly fieldErrors: readonly FieldError[]) {
    super(fieldErrors.map((fieldError) => `${fieldError.path}: ${fieldError.message}`).join('; '));
    this.name = 'InvalidInput';
  }
}

/** A BAD_REQUEST carrying field paths and messages, for rules zod schemas do not express. */
export function invalidInput(fieldErrors: readonly FieldError[]): TRPCError {
  const cause = new InvalidInput(fieldErrors);
  return new TRPCError({ code: 'BAD_REQUEST', message: `Invalid input: ${cause.message}`, cause });
}

/** Routers turn a domain error value into this: an HTTP-ish code plus a typed reason and details. */
export function domainError(code: TRPC_ERROR_CODE_KEY, reason: string, message: string, details?: Record<string, unknown>): TRPCError {
  return new TRPCError({ code, message, cause: new DomainFailure(reason, message, details) });
}

interface ZodLikeIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

function zodIssues(cause: unknown): readonly ZodLikeIssue[] | null {
  if (cause instanceof Error && cause.name === 'ZodError' && Array.isArray((cause as unknown as { issues?: unknown }).issues)) {
    return (cause as unknown as { issues: ZodLikeIssue[] }).issues;
  }
  return null;
}

export interface ErrorData {
  readonly code: TRPC_ERROR_CODE_KEY;
  readonly httpStatus: number;
  readonly path?: string;
  readonly fieldErrors?: readonly FieldError[];
  readonly reason?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

interface DefaultShape {
  readonly message: string;
  readonly code: number;
  readonly data: { readonly code: TRPC_ERROR_CODE_KEY; readonly httpStatus: number; readonly path?: string };
}

/**
 * What a client sees of an error: validation problems with field paths, a domain reason when there is one,
 * and for anything unexpected a bare "Internal server error" — never a stack trace, a SQL text or a driver message.
 */
export function formatError({ shape, error }: { shape: DefaultShape; error: TRPCError }): { message: string; code: number; data: ErrorData } {
  const base = { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path };
  const issues = zodIssues(error.cause);
  if (error.code === 'BAD_REQUEST' && issues) {
    const fieldErrors = issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    const summary = fieldErrors.map((fieldError) => (fieldError.path ? `${fieldError.path}: ${fieldError.message}` : fieldError.message)).join('; ');
    return { message: `Invalid input: ${summary}`, code: shape.code, data: { ...base, fieldErrors } };
  }
  if (error.cause instanceof InvalidInput) {
    return { message: error.message, code: shape.code, data: { ...base, fieldErrors: error.cause.fieldErrors } };
  }
  if (error.cause instanceof DomainFailure) {
    return { message: error.message, code: shape.code, data: { ...base, reason: error.cause.reason, details: error.cause.details } };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Internal server error', code: shape.code, data: base };
  }
  return { message: shape.message, code: shape.code, data: base };
}

interface ClientErrorLike {
  readonly name: 'TRPCClientError';
  readonly message: string;
  readonly data?: { readonly code?: TRPC_ERROR_CODE_KEY; readonly reason?: string; readonly details?: Record<string, unknown> } | null;
}

function isClientError(value: unknown): value is ClientErrorLike {
  return value instanceof Error && value.name === 'TRPCClientError';
}

/**
 * A failed call to another service surfaces as a TRPCClientError. Re-raise it as the error the callee meant
 * (same code and reason), or, when the callee could not be reached at all, as SERVICE_UNAVAILABLE — so a caller's
 * client sees "try again" rather than an opaque internal error.
 */
export function translateServiceCallError(cause: unknown): TRPCError | null {
  if (!isClientError(cause)) return null;
  const data = cause.data;
  if (!data?.code) {
    return domainError('SERVICE_UNAVAILABLE', 'DEPENDENCY_UNAVAILABLE', 'A service this request needs is unavailable; please try again shortly');
  }
  if (data.code === 'INTERNAL_SERVER_ERROR') return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });
  return data.reason ? domainError(data.code, data.reason, cause.message, data.details) : new TRPCError({ code: data.code, message: cause.message });
}

/** A procedure that failed because the database is down answers 503 "try again", not 500. */
export function translateInfrastructureError(cause: unknown): TRPCError | null {
  if (!isDatabaseUnavailable(cause)) return null;
  return domainError('SERVICE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'The shop is briefly unavailable; please try again shortly');
}
