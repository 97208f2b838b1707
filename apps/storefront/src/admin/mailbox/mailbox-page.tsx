import { Button, EmptyState, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { CursorPager } from '../components/cursor-pager';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useCursorTrail } from '../lib/use-cursor-trail';
import { useUrlSearch } from '../lib/use-url-search';
import { isMailboxDisabled, MailboxDisabled } from './mailbox-disabled';
import { MailStatusBadge } from './mail-status-badge';

const PAGE_SIZE = 25;

/** The dev mailbox: every e-mail the shop would have sent, newest first, kept here while no SMTP server is set up. */
export function MailboxPage() {
  const { text, setText, applied: recipient } = useUrlSearch('to');
  const trail = useCursorTrail(recipient);
  const list = trpc.user.admin.mailbox.list.useQuery(
    { recipient: recipient || undefined, cursor: trail.cursor, limit: PAGE_SIZE },
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
          <ListFilters label="Mailbox">
            <TextField label="Recipient" type="search" placeholder="Part of an e-mail address" value={text} onChange={(event) => setText(event.target.value)} />
          </ListFilters>
          <Loaded query={list}>
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState title={recipient ? `No e-mail to addresses containing “${recipient}”` : 'No e-mail yet'}>
                  <p>Messages appear here when the shop sends one: a registration, a password reset.</p>
                </EmptyState>
              ) : (
                <>
                  <ListTable caption="E-mails, newest first" columns={['Subject', 'To', 'Status', 'Created']} busy={list.isFetching}>
                    {data.items.map((mail) => (
                      <tr key={mail.id}>
                        <RowHeader to={adminPaths.mail(mail.id)} title={mail.subject} detail={mail.template} />
                        <td>{mail.to}</td>
                        <td>
                          <MailStatusBadge status={mail.status} />
                        </td>
                        <td>{formatDateTime(mail.createdAt)}</td>
                      </tr>
                    ))}
                  </ListTable>
                  <CursorPager label="Mailbox pages" trail={trail} nextCursor={data.nextCursor} previousLabel="Newer" nextLabel="Older" />
                </>
              )
            }
          </Loaded>
        </>
      )}
    </AdminPage>
  );
}
