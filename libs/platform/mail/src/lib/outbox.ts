import type { DbTransaction } from '@emporium/platform-db';
import type { EventBus, JobDefinition } from '@emporium/platform-events';
import { mailDb } from './mail.tables';

/** A transactional e-mail as a service composes it; the mail lib renders nothing itself. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** What kind of mail it is, e.g. `user.password-reset`. */
  readonly template: string;
}

/** The pg-boss queue that delivers queued messages; its worker is `mailDeliveryJob`. */
export const MAIL_DELIVERY_JOB = { name: 'mail.deliver' } as const satisfies Pick<JobDefinition, 'name'>;

/**
 * Writes the message and its delivery job inside the caller's transaction: a transaction that rolls back leaves
 * neither, one that commits is delivered by the worker later (never inside the request that queued it).
 */
export async function queueMail(trx: DbTransaction, events: EventBus, mail: OutgoingMail): Promise<{ id: string }> {
  const { id } = await mailDb(trx)
    .insertInto('message')
    .values({ recipient: mail.to, subject: mail.subject, text_body: mail.text, html_body: mail.html ?? null, template: mail.template })
    .returning('id')
    .executeTakeFirstOrThrow();
  const jobId = await events.enqueue<{ messageId: string }>(MAIL_DELIVERY_JOB, { messageId: id }, { trx });
  // pg-boss inserts nothing into a queue that was never created; failing here keeps a message from waiting forever.
  if (jobId === null) throw new Error(`Could not queue mail: queue "${MAIL_DELIVERY_JOB.name}" does not exist (is mailDeliveryJob registered?)`);
  return { id };
}
