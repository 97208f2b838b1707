import { EmptyState, SkeletonText } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { trpc } from '../../trpc';
import type { MailDetail } from '../admin-types';
import { AdminPage, AdminSection } from '../components/admin-page';
import { LoadError } from '../components/problems';
import { errorReason } from '../lib/api-problems';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { isMailboxDisabled, MailboxDisabled } from './mailbox-disabled';
import { linkify, mailDocument } from './mail-text';
import { MailStatusBadge } from './mail-status-badge';

const back = { to: adminPaths.mailbox, label: 'Mailbox' };

export function MessagePage() {
  const { id = '' } = useParams();
  const mail = trpc.user.admin.mailbox.get.useQuery({ id });
  if (mail.isPending) {
    return (
      <AdminPage title="Message" back={back}>
        <SkeletonText lines={8} />
      </AdminPage>
    );
  }
  if (mail.isError) {
    if (isMailboxDisabled(mail.error)) {
      return (
        <AdminPage title="Mailbox" back={back}>
          <MailboxDisabled />
        </AdminPage>
      );
    }
    const missing = errorReason(mail.error) === 'mail_not_found' || mail.error.data?.code === 'BAD_REQUEST';
    return (
      <AdminPage title={missing ? 'Message not found' : 'Message unavailable'} back={back}>
        {missing ? (
          <EmptyState title="There is no message with this id" action={<Link to={adminPaths.mailbox}>Back to the mailbox</Link>} />
        ) : (
          <LoadError error={mail.error} onRetry={() => void mail.refetch()} retrying={mail.isFetching} />
        )}
      </AdminPage>
    );
  }
  return <Message mail={mail.data} />;
}

function Message({ mail }: { readonly mail: MailDetail }) {
  return (
    <AdminPage title={mail.subject} documentTitle={`Mail: ${mail.subject}`} back={back}>
      <dl className="admin-facts">
        <dt>To</dt>
        <dd>{mail.to}</dd>
        <dt>Status</dt>
        <dd>
          <MailStatusBadge status={mail.status} />
          {mail.lastError && <span className="admin-muted"> · last error: {mail.lastError}</span>}
        </dd>
        <dt>Created</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        {mail.deliveredAt && (
          <>
            <dt>Delivered</dt>
            <dd>{formatDateTime(mail.deliveredAt)}</dd>
          </>
        )}
        <dt>Template</dt>
        <dd>
          <code>{mail.template}</code>
        </dd>
      </dl>
      <AdminSection title="Plain text">
        <pre className="admin-mail-text">
          {linkify(mail.text).map((part, index) =>
            part.kind === 'link' ? (
              <a key={index} href={part.href} target="_blank" rel="noreferrer noopener">
                {part.text}
              </a>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </pre>
      </AdminSection>
      <AdminSection title="HTML">
        {mail.html ? (
          // No allow-scripts and no allow-same-origin: the message cannot run code or reach this page. Links open
          // in a new tab (the document's <base target>), which needs allow-popups.
          <iframe
            className="admin-mail-html"
            title={`HTML part of “${mail.subject}”`}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            referrerPolicy="no-referrer"
            srcDoc={mailDocument(mail.html)}
          />
        ) : (
          <p className="admin-muted">This message has no HTML part.</p>
        )}
      </AdminSection>
    </AdminPage>
  );
}
