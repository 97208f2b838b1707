import { buttonClassName } from '@emporium/ui';
import { Link, useLocation } from 'react-router';
import { emailFromState } from '../lib/link-state';
import { AuthCard } from '../shell/auth-card';
import { RequestLinkForm } from './request-link-form';

export function ForgotPasswordPage() {
  const location = useLocation();
  return (
    <AuthCard
      title="Forgot your password?"
      intro={<p>Enter the e-mail address of your account and we will send you a link to choose a new password.</p>}
      footer={
        <p>
          Remembered it? <Link to="/account/sign-in">Sign in</Link>
        </p>
      }
    >
      <RequestLinkForm
        purpose="reset"
        initialEmail={emailFromState(location.state)}
        submitLabel="Send the reset link"
        sentNote={<p>The link works once and expires in one hour. If you did not ask for it, you can ignore the message: your password stays as it is.</p>}
        sentActions={
          <Link to="/account/sign-in" className={buttonClassName({ variant: 'secondary', fullWidth: true })}>
            Back to sign in
          </Link>
        }
      />
    </AuthCard>
  );
}
