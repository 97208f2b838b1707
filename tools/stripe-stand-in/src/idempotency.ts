import { StripeHttpError, type Reply } from './http-kit';

interface Entry {
  fingerprint: string;
  /** Unset while the first request with the key is at work. */
  reply?: Reply;
}

export type IdempotencyStart = { kind: 'new' } | { kind: 'replay'; reply: Reply };

/** Method, path and the parameters in a stable order: what Stripe compares a reused key against. */
export function fingerprintOf(method: string, path: string, rawBody: string): string {
  const params = [...new URLSearchParams(rawBody)].map(([name, value]) => `${name}=${value}`).sort();
  return `${method} ${path} ${params.join('&')}`;
}

/**
 * Stripe's idempotency as documented: the same key with the same parameters answers the saved result again (status
 * and body, errors included) and does nothing; with other parameters it is a 400 `idempotency_error`; while the first
 * is still running a 409. Results of 500 are not saved, so a retry does the work.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  begin(key: string, fingerprint: string): IdempotencyStart {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { fingerprint });
      return { kind: 'new' };
    }
    if (entry.fingerprint !== fingerprint) {
      throw new StripeHttpError(
        400,
        'idempotency_error',
        undefined,
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    if (!entry.reply) {
      throw new StripeHttpError(409, 'idempotency_error', 'idempotency_key_in_use', 'There is currently another in-progress request using this Idempotent Key. Please try again later.');
    }
    return { kind: 'replay', reply: entry.reply };
  }

  finish(key: string, reply: Reply): void {
    if (reply.status >= 500) this.entries.delete(key);
    else {
      const entry = this.entries.get(key);
      if (entry) entry.reply = reply;
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
