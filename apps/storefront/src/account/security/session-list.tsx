import { Badge, Button } from '@emporium/ui';
import { isSignedOut } from '../../lib/api-error';
import { countLabel } from '../../lib/count-label';
import { trpc } from '../../trpc';
import { refusalMessage } from '../form/refusal';
import { type AccountSession } from '../lib/account-types';
import { formatDate, formatDateTime, relativeTime } from '../lib/relative-time';
import { AccountQueryError } from '../shell/account-query-error';
import { notify } from '../shell/notices';
import { PageSpinner } from '../shell/page-spinner';
import { useSessionCache } from '../shell/use-session-cache';
import { useNow } from './use-now';

/** Where the account is signed in: this device first, each other one with a button to sign it out. */
export function SessionList({ headingId }: { readonly headingId: string }) {
  const sessions = trpc.user.account.sessions.useQuery();
  const utils = trpc.useUtils();
  const session = useSessionCache();
  const revoke = trpc.user.account.revokeSession.useMutation();
  const revokeOthers = trpc.user.account.revokeOtherSessions.useMutation();
  const now = useNow();

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      await utils.user.account.sessions.invalidate();
      // The button pressed has gone with its session: move focus to the list's heading rather than nowhere.
      document.getElementById(headingId)?.focus();
      notify(done);
    } catch (error) {
      if (isSignedOut(error)) session.sessionLost();
      notify(refusalMessage(error, { session_not_found: 'That session had already ended.' }), 'error');
      void utils.user.account.sessions.invalidate();
    }
  }

  if (sessions.isPending) return <PageSpinner label="Loading your sessions" />;
  if (sessions.isError) return <AccountQueryError error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />;

  const ordered = [...sessions.data].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
  const others = ordered.filter((entry) => !entry.current).length;

  return (
    <>
      <ul className="session-list">
        {ordered.map((entry) => (
          <SessionItem
            key={entry.id}
            session={entry}
            now={now}
            revoking={revoke.isPending && revoke.variables?.sessionId === entry.id}
            onRevoke={() => void run(() => revoke.mutateAsync({ sessionId: entry.id }), `${entry.device} has been signed out.`)}
          />
        ))}
      </ul>
      {others > 0 ? (
        <div className="session-list__footer">
          <Button
            variant="secondary"
            loading={revokeOthers.isPending}
            onClick={() => void run(() => revokeOthers.mutateAsync(), `Signed out of ${countLabel(others, 'other session', 'other sessions')}.`)}
          >
            Sign out of all other sessions
          </Button>
        </div>
      ) : (
        <p className="session-list__note">You are not signed in anywhere else.</p>
      )}
    </>
  );
}

function SessionItem({ session, now, revoking, onRevoke }: { readonly session: AccountSession; readonly now: Date; readonly revoking: boolean; readonly onRevoke: () => void }) {
  const lastSeen = new Date(session.lastSeenAt);
  const titleId = `session-${session.id}`;
  return (
    <li className="session-item" aria-labelledby={titleId}>
      <DeviceIcon />
      <div className="session-item__body">
        <p className="session-item__device">
          <span id={titleId}>{session.device}</span> {session.current && <Badge tone="success">This device</Badge>}
        </p>
        <p className="session-item__meta">
          {session.current ? (
            'Active now'
          ) : (
            <>
              Last active{' '}
              <time dateTime={session.lastSeenAt} title={formatDateTime(lastSeen)}>
                {relativeTime(lastSeen, now)}
              </time>
            </>
          )}
          {session.ip && <> · {session.ip}</>} · Signed in <time dateTime={session.createdAt}>{formatDate(new Date(session.createdAt))}</time>
        </p>
      </div>
      {!session.current && (
        <Button variant="ghost" size="sm" onClick={onRevoke} loading={revoking} aria-describedby={titleId}>
          Sign out
        </Button>
      )}
    </li>
  );
}

function DeviceIcon() {
  return (
    <svg className="session-item__icon" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round">
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" strokeLinecap="round" />
    </svg>
  );
}
