import { Button, Checkbox, TextField } from '@emporium/ui';
import { loginInput } from '@emporium/user-contracts';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { apiErrorMessage, apiErrorReason } from '../../lib/api-error';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { schemaValidator } from '../form/validation';
import { emailFromState } from '../lib/link-state';
import { registerPath } from '../lib/safe-next';
import { AuthCard } from '../shell/auth-card';
import { useSessionCache } from '../shell/use-session-cache';

const validate = schemaValidator(loginInput, (values: { email: string; password: string }) => values);
const LABELS = { email: 'E-mail address', password: 'Password' };

/** Sign in with e-mail and password. `GuestOnly` around it moves on to `?next=` once signed in. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const location = useLocation();
  const session = useSessionCache();
  const login = trpc.user.auth.login.useMutation();
  const resend = trpc.user.auth.resendVerification.useMutation();
  const [unverified, setUnverified] = useState<string | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const form = useSchemaForm({
    initial: { email: emailFromState(location.state), password: '' },
    fields: ['email', 'password'],
    validate,
  });

  const submit = form.handleSubmit(async (input) => {
    setUnverified(null);
    resend.reset();
    try {
      const { user } = await login.mutateAsync(input);
      session.signedIn(user);
    } catch (error) {
      if (form.showApiError(error)) return;
      if (apiErrorReason(error) === 'email_not_verified') setUnverified(input.email);
      form.showFormError(
        refusalMessage(error, {
          invalid_credentials: 'The e-mail address or password is not right. Check them and try again.',
          email_not_verified: 'Please confirm your e-mail address first: follow the link in the message we sent you.',
        }),
      );
    }
  });

  return (
    <AuthCard
      title="Sign in"
      intro={<p>Welcome back. Sign in to see your addresses and account settings.</p>}
      footer={
        <p>
          New to Emporium? <Link to={registerPath(next)}>Create an account</Link>
        </p>
      }
    >
      <form {...form.formProps} className="account-form" onSubmit={submit}>
        <FormProblems form={form} labels={LABELS}>
          {unverified && (
            <div className="form-problems__action">
              {resend.isSuccess ? (
                <p role="status">We have sent a new link to {unverified}. It may take a minute to arrive; check your spam folder too.</p>
              ) : (
                <>
                  <Button variant="secondary" size="sm" loading={resend.isPending} onClick={() => resend.mutate({ email: unverified })}>
                    Send the link again
                  </Button>
                  {resend.isError && <p role="alert">{apiErrorMessage(resend.error)}</p>}
                </>
              )}
            </div>
          )}
        </FormProblems>
        <TextField {...form.text('email')} label={LABELS.email} type="email" autoComplete="email" inputMode="email" spellCheck={false} required />
        <div className="account-form__group">
          <TextField {...form.text('password')} label={LABELS.password} type={showPassword ? 'text' : 'password'} autoComplete="current-password" required />
          <div className="account-form__row">
            <Checkbox label="Show password" checked={showPassword} onChange={(event) => setShowPassword(event.currentTarget.checked)} />
            <Link to="/account/forgot-password" state={{ email: form.values.email }} className="account-form__aside-link">
              Forgot your password?
            </Link>
          </div>
        </div>
        <Button type="submit" fullWidth loading={login.isPending}>
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}

