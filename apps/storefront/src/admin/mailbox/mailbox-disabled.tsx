import { EmptyState } from '@emporium/ui';
import { errorReason } from '../lib/api-problems';

export function isMailboxDisabled(error: unknown): boolean {
  return errorReason(error) === 'mailbox_disabled';
}

/** With SMTP configured, e-mail goes to real inboxes and the dev mailbox is closed (reading reset links is a way in). */
export function MailboxDisabled() {
  return (
    <EmptyState title="E-mail is sent over SMTP">
      <p>
        This shop has an SMTP server configured, so its e-mails go to the recipients’ real inboxes and the dev mailbox is off. Staff cannot read customers’ messages
        here, on purpose: they carry sign-in and password-reset links.
      </p>
    </EmptyState>
  );
}
