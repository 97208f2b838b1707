import { Button, EmptyState, SkeletonText, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { LoadError } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useUrlSearch } from '../lib/use-url-search';
import { isMailboxDisabled, MailboxDisabled } from './mailbox-disabled';
import { MailStatusBadge } from './mail-status-badge';

const PAGE_SIZE = 25;

/** The dev mailbox: every e-mail the shop would have sent, newest first, kept here while no SMTP server is set up. */
export function MailboxPage() {
  const { text, setText, applied: recipient } = useUrlSearch('to');
  const [trail, setTrail] = useState<{ readonly key: string; readonly cursors: ReadonlyArray<string | undefined> }>({ key: '', cursors: [undefined] });
  const cursors = trail.key === recipient ? trail.cursors : [undefined];
  const list = trpc.user.admin.mailbox.list.useQuery(
    { recipient: recipient || undefined, cursor: cursors.at(-1), limit: PAGE_SIZE },
    { placeholderData: keepPreviousData, staleTime: 0, refetchOnWindowFocus: true },
  );

  return (
    <AdminPage
      title="Mailbox"
      actions={
        list.isSuccess && (
          <Button variant="secondary" onClick={() => void list.refetch()} loading={list.isFetching}>
            Refresh
          </Button>
        )
      }
    >
      {list.isError && isMailboxDisabled(list.error) ? (
        <MailboxDisabled />
      ) : (
        <>
          <form className="admin-toolbar" role="search" aria-label="Mailbox" onSubmit={(event) => event.preventDefault()}>
            <TextField label="Recipient" type="search" placeholder="Part of an e-mail address" value={text} onChange={(event) => setText(event.target.value)} />
          </form>
          {list.isPending ? (
            <div aria-busy="true">
              <SkeletonText lines={8} />
            </div>
          ) : list.isError ? (
            <LoadError error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
          ) : list.data.items.length === 0 ? (
            <EmptyState title={recipient ? `No e-mail to addresses containing “${recipient}”` : 'No e-mail yet'}>
              <p>Messages appear here when the shop sends one: a registration, a password reset.</p>
            </EmptyState>
          ) : (
            <>
              <div className="admin-table-wrap" aria-busy={list.isFetching}>
                <table className="admin-table">
                  <caption className="ui-visually-hidden">E-mails, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Subject</th>
                      <th scope="col">To</th>
                      <th scope="col">Status</th>
                      <th scope="col">Created</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.items.map((mail) => (
                      <tr key={mail.id}>
                        <th scope="row">
                          <Link to={adminPaths.mail(mail.id)} className="admin-table__primary">
                            {mail.subject}
                          </Link>
                          <span className="admin-table__secondary">{mail.template}</span>
                        </th>
                        <td>{mail.to}</td>
                        <td>
                          <MailStatusBadge status={mail.status} />
                        </td>
                        <td>{formatDateTime(mail.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <nav className="admin-pager" aria-label="Mailbox pages">
                <p className="admin-pager__range">Page {cursors.length}</p>
                <div className="admin-pager__buttons">
                  <Button variant="secondary" size="sm" disabled={cursors.length <= 1} onClick={() => setTrail({ key: recipient, cursors: cursors.slice(0, -1) })}>
                    Newer
                  </Button>
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={!list.data.nextCursor}
                    onClick={() => list.data.nextCursor && setTrail({ key: recipient, cursors: [...cursors, list.data.nextCursor] })}
                  >
                    Older
                  </Button>
                </div>
              </nav>
            </>
          )}
        </>
      )}
    </AdminPage>
  );
}
