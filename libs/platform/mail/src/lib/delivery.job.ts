import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { JobDefinition } from '@emporium/platform-events';
import { mailDb, type MailStatus } from './mail.tables';
import { MAIL_DELIVERY_JOB } from './outbox';
import type { MailTransport } from './transport';

/**
 * Failed attempts after which a message is marked `failed`. pg-boss's retry limit is the same number of *retries*
 * (one more run than we need), so a delivery lost to a crashed worker still leaves room for the last attempt.
 */
const RETRY_LIMIT = 8;
const LAST_ERROR_MAX_LENGTH = 300;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One line, bounded, and without anything that looks like a credential: it is shown on the staff mailbox page. */
function describeError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error))
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@')
    .replace(/\b(pass(?:word)?|pwd|secret|token|api[-_]?key)(\s*[=:]\s*)\S+/gi, '$1$2***')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > LAST_ERROR_MAX_LENGTH ? `${text.slice(0, LAST_ERROR_MAX_LENGTH - 1)}…` : text || 'unknown error';
}

type Outcome =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'settled'; readonly status: MailStatus }
  | { readonly kind: 'kept' | 'sent' }
  | { readonly kind: 'retry' | 'failed'; readonly attempts: number; readonly error: string };

/**
 * The row stays locked while the transport runs, so a redelivered job (pg-boss is at-least-once) waits for the first
 * one and then finds the message settled instead of sending it again. A plain transaction on purpose: `inTransaction`
 * would re-run the delivery on a serialization retry.
 */
async function deliver(db: Database, messageId: string, transport: MailTransport, from: string): Promise<Outcome> {
  return db.transaction().execute(async (trx): Promise<Outcome> => {
    const messages = mailDb(trx);
    const message = await messages
      .selectFrom('message')
      .select(['recipient', 'subject', 'text_body', 'html_body', 'status', 'attempts'])
      .where('id', '=', messageId)
      .forUpdate()
      .executeTakeFirst();
    if (!message) return { kind: 'unknown' };
    if (message.status !== 'queued') return { kind: 'settled', status: message.status };
    if (transport.kind === 'mailbox') {
      await messages.updateTable('message').set({ status: 'kept' }).where('id', '=', messageId).execute();
      return { kind: 'kept' };
    }
    try {
      await transport.deliver({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.text_body,
        ...(message.html_body === null ? {} : { html: message.html_body }),
      });
    } catch (failure) {
      const attempts = message.attempts + 1;
      const error = describeError(failure);
      const gaveUp = attempts >= RETRY_LIMIT;
      await messages
        .updateTable('message')
        .set({ attempts, last_error: error, status: gaveUp ? 'failed' : 'queued' })
        .where('id', '=', messageId)
        .execute();
      return { kind: gaveUp ? 'failed' : 'retry', attempts, error };
    }
    await messages.updateTable('message').set({ status: 'sent', delivered_at: sql<Date>`now()` }).where('id', '=', messageId).execute();
    return { kind: 'sent' };
  });
}

/**
 * Delivers one queued message through `transport`. A failure is recorded on the message and rethrown, so pg-boss
 * retries with exponential backoff; after `RETRY_LIMIT` failures the message is `failed` and the job ends.
 */
export function mailDeliveryJob(transport: MailTransport, from: string): JobDefinition<{ messageId: string }> {
  return {
    name: MAIL_DELIVERY_JOB.name,
    retryLimit: RETRY_LIMIT,
    async handle(data, { db, logger }) {
      const messageId = data?.messageId;
      if (typeof messageId !== 'string' || !UUID_PATTERN.test(messageId)) {
        logger.warn({ job: MAIL_DELIVERY_JOB.name, data }, 'mail delivery job without a valid message id; skipped');
        return;
      }
      const outcome = await deliver(db, messageId, transport, from);
      switch (outcome.kind) {
        case 'unknown':
          logger.warn({ messageId }, 'mail message to deliver does not exist; skipped');
          return;
        case 'settled':
          logger.debug({ messageId, status: outcome.status }, 'mail message already settled; redelivery skipped');
          return;
        case 'kept':
        case 'sent':
          logger.info({ messageId, status: outcome.kind, transport: transport.kind }, 'mail delivered');
          return;
        case 'failed':
          logger.error({ messageId, attempts: outcome.attempts, error: outcome.error }, 'mail delivery failed for good');
          return;
        case 'retry':
          logger.warn({ messageId, attempts: outcome.attempts, error: outcome.error }, 'mail delivery failed; pg-boss will retry');
          // The sanitized text, not the original error: pg-boss stores what is thrown in its job table.
          throw new Error(`Mail ${messageId}: delivery attempt ${outcome.attempts} failed: ${outcome.error}`);
      }
    },
  };
}
