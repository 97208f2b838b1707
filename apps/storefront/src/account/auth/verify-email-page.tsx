import { buttonClassName } from '@emporium/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../app/query-error';
import { apiErrorReason } from '../../lib/api-error';
import { trpc } from '../../trpc';
import { AuthCard } from '../shell/auth-card';
import { PageSpinner } from '../shell/page-spinner';
import { useMe } from '../shell/use-me';
import { OutcomePanel } from './outcome-panel';
import { RequestLinkForm } from './request-link-form';
import { useFragmentToken } from './use-fragment-token';

/** Where the verification e-mail's link lands: confirms the address once, then offers to sign in. */
export function VerifyEmailPage() {
  const token = useFragmentToken();
  const utils = trpc.useUtils();
  // A signed-in visitor's cached `me` still says "not verified".
  const verify = trpc.user.auth.verifyEmail.useMutation({ onSuccess: () => utils.user.me.invalidate() });
  const me = useMe();
  const started = useRef(false);
  const { mutate } = verify;

  // Once per visit: the token is spent by the first call (a second would say "already used"), and StrictMode runs
  // effects twice in development.
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    mutate({ token });
  }, [token, mutate]);

  if (!token) return <NewLink title="This link is incomplete" problem="The confirmation link is missing its code. Open it again from the e-mail, or ask for a new one." />;
  if (verify.isError) {
    if (apiErrorReason(verify.error) === 'invalid_token') {
      return <NewLink title="This link can no longer be used" problem="It has already been used or is more than 48 hours old. Enter your e-mail address and we will send you a new one." />;
    }
    return (
      <AuthCard title="Confirming your e-mail address">
        <QueryError error={verify.error} onRetry={() => verify.mutate({ token })} retrying={verify.isPending} />
      </AuthCard>
    );
  }
  if (!verify.isSuccess) {
    return (
      <AuthCard title="Confirming your e-mail address">
        <PageSpinner label="Confirming your e-mail address" />
      </AuthCard>
    );
  }
  const signedIn = Boolean(me.data);
  return (
    <AuthCard title="E-mail address confirmed">
      <OutcomePanel
        title="You are all set"
        icon="done"
        actions={
          <Link to={signedIn ? '/account' : '/account/sign-in'} className={buttonClassName({ fullWidth: true })}>
            {signedIn ? 'Go to your account' : 'Sign in'}
          </Link>
        }
      >
        <p>Thank you for confirming your address. {signedIn ? 'Your account is ready.' : 'You can now sign in to your account.'}</p>
      </OutcomePanel>
    </AuthCard>
  );
}

function NewLink({ title, problem }: { readonly title: string; readonly problem: string }) {
  return (
    <AuthCard title={title} intro={<p>{problem}</p>}>
      <RequestLinkForm
        purpose="verification"
        submitLabel="Send a new link"
        sentNote={<p>The new link works once and expires in 48 hours. If the address is already confirmed, you can simply sign in.</p>}
        sentActions={
          <Link to="/account/sign-in" className={buttonClassName({ variant: 'secondary', fullWidth: true })}>
            Go to sign in
          </Link>
        }
      />
    </AuthCard>
  );
}
