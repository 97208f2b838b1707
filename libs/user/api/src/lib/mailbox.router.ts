import { getMail, listMail } from '@emporium/platform-mail';
import { domainError, invalidInput, type RequestContext, router, staffProcedure } from '@emporium/platform-trpc';
import { z } from 'zod';

/**
 * The dev mailbox: e-mails kept instead of sent when no SMTP_URL is configured. With SMTP configured it is closed —
 * staff reading customers' reset links in production would be a way into their accounts.
 */
function assertMailboxOpen(ctx: RequestContext): void {
  if (ctx.config.SMTP_URL) throw domainError('NOT_FOUND', 'mailbox_disabled', 'The dev mailbox is off: e-mail is sent over SMTP');
}

export const mailboxRouter = router({
  list: staffProcedure
    .input(z.object({ recipient: z.string().trim().max(254).optional(), cursor: z.string().max(200).optional(), limit: z.number().int().min(1).max(100).default(25) }).strict())
    .query(async ({ ctx, input }) => {
      assertMailboxOpen(ctx);
      const page = await listMail(ctx.db, { limit: input.limit, cursor: input.cursor, recipient: input.recipient || undefined }).catch((error: unknown) => {
        if (error instanceof RangeError) throw invalidInput([{ path: 'cursor', message: 'The cursor is not valid' }]);
        throw error;
      });
      return {
        items: page.items.map((item) => ({ id: item.id, to: item.to, subject: item.subject, template: item.template, status: item.status as string, createdAt: item.createdAt.toISOString() })),
        nextCursor: page.nextCursor,
      };
    }),

  get: staffProcedure.input(z.object({ id: z.uuid() }).strict()).query(async ({ ctx, input }) => {
    assertMailboxOpen(ctx);
    const mail = await getMail(ctx.db, input.id);
    if (!mail) throw domainError('NOT_FOUND', 'mail_not_found', 'No such message');
    return {
      id: mail.id,
      to: mail.to,
      subject: mail.subject,
      template: mail.template,
      status: mail.status as string,
      text: mail.text,
      html: mail.html,
      attempts: mail.attempts,
      lastError: mail.lastError,
      createdAt: mail.createdAt.toISOString(),
      deliveredAt: mail.deliveredAt?.toISOString() ?? null,
    };
  }),
});
