import { canonicalJson, HttpError, type Reply } from './http-kit';

interface Entry {
  fingerprint: string;
  /** Unset while the first request with the key is still at work. */
  reply?: Reply;
}

export type IdempotencyStart = { kind: 'new' } | { kind: 'replay'; reply: Reply };

/** What makes two requests "the same": method, path and body, key order aside. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${canonicalJson(body)}`;
}

/**
 * Remembers the answer given to each `Idempotency-Key`: the same key and request answer it again and do nothing;
 * the same key with another request is a 409. Answers of 500 and over are not kept, so a retry does the work.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  begin(key: string, fingerprint: string): IdempotencyStart {
    if (key.length > 255) throw new HttpError(400, 'idempotency_error', 'idempotency_key_invalid', 'An Idempotency-Key is at most 255 characters.');
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { fingerprint });
      return { kind: 'new' };
    }
    if (entry.fingerprint !== fingerprint) {
      throw new HttpError(409, 'idempotency_error', 'idempotency_key_reused', 'This Idempotency-Key was used with a different request.');
    }
    if (!entry.reply) {
      throw new HttpError(409, 'idempotency_error', 'idempotency_key_in_use', 'A request with this Idempotency-Key is still in progress; retry later.');
    }
    return { kind: 'replay', reply: entry.reply };
  }

  /** Keeps the answer for replays (without any injected drop: a replay is answered at once). */
  finish(key: string, answer: Reply): void {
    if (answer.status >= 500) {
      this.entries.delete(key);
      return;
    }
    const entry = this.entries.get(key);
    if (entry) entry.reply = { status: answer.status, body: answer.body, headers: answer.headers };
  }

  /** The request never got to its work (dropped before it): the key is free again. */
  abandon(key: string): void {
    if (!this.entries.get(key)?.reply) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
