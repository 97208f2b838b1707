import { Button, buttonClassName, Checkbox, TextField } from '@emporium/ui';
import { resetPasswordInput } from '@emporium/user-contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiErrorReason } from '../../lib/api-error';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { confirmationMismatch, schemaValidator } from '../form/validation';
import { NEW_PASSWORD_HINT } from '../lib/password-hint';
import { AuthCard } from '../shell/auth-card';
import { useSessionCache } from '../shell/use-session-cache';
import { OutcomePanel } from './outcome-panel';
import { useFragmentToken } from './use-fragment-token';

type ResetValues = {
  readonly password: string;
  readonly confirmation: string;
};

const FIELDS = ['password', 'confirmation'] as const;
const LABELS = { password: 'New password', confirmation: 'New password again' };

/** Where the reset e-mail's link lands: choose a new password, which signs out every session of the account. */
export function ResetPasswordPage() {
  const token = useFragmentToken();
  const [expired, setExpired] = useState(false);
  const [done, setDone] = useState(false);
  if (!token) {
    return <LinkProblem title="This link is incomplete" problem="The reset link is missing its code. Open it again from the e-mail, or ask for a new one." />;
  }
  if (expired) {
    return <LinkProblem title="This link can no longer be used" problem="It has already been used or is more than an hour old. Ask for a new one: it only takes a minute." />;
  }
  if (done) {
    return (
      <AuthCard title="Password changed">
        <OutcomePanel
          title="Your new password is set"
          icon="done"
          actions={
            <Link to="/account/sign-in" className={buttonClassName({ fullWidth: true })}>
              Sign in
            </Link>
          }
        >
          <p>For your safety, every device that was signed in to your account has been signed out. Sign in again with your new password.</p>
        </OutcomePanel>
      </AuthCard>
    );
  }
  return <ResetForm token={token} onExpired={() => setExpired(true)} onDone={() => setDone(true)} />;
}

function ResetForm({ token, onExpired, onDone }: { readonly token: string; readonly onExpired: () => void; readonly onDone: () => void }) {
  const reset = trpc.user.auth.resetPassword.useMutation();
  const session = useSessionCache();
  const [showPassword, setShowPassword] = useState(false);
  const form = useSchemaForm({
    initial: { password: '', confirmation: '' },
    fields: FIELDS,
    validate: schemaValidator(
      resetPasswordInput,
      (values: ResetValues) => ({ token, password: values.password }),
      (values) => confirmationMismatch(values.password, values.confirmation, 'confirmation'),
    ),
  });

  const submit = form.handleSubmit(async (input) => {
    try {
      await reset.mutateAsync(input);
      // Every session of the account has ended, this browser's included.
      session.signedOut();
      onDone();
    } catch (error) {
      if (apiErrorReason(error) === 'invalid_token') onExpired();
      else if (!form.showApiError(error)) form.showFormError(refusalMessage(error));
    }
  });

  return (
    <AuthCard title="Choose a new password" intro={<p>Pick a password you do not use anywhere else.</p>}>
      <form {...form.formProps} className="account-form" onSubmit={submit}>
        <FormProblems form={form} labels={LABELS} />
        <TextField {...form.text('password')} label={LABELS.password} hint={NEW_PASSWORD_HINT} type={showPassword ? 'text' : 'password'} autoComplete="new-password" required />
        <TextField {...form.text('confirmation')} label={LABELS.confirmation} type={showPassword ? 'text' : 'password'} autoComplete="new-password" required />
        <Checkbox label="Show passwords" checked={showPassword} onChange={(event) => setShowPassword(event.currentTarget.checked)} />
        <Button type="submit" fullWidth loading={reset.isPending}>
          Save new password
        </Button>
      </form>
    </AuthCard>
  );
}

function LinkProblem({ title, problem }: { readonly title: string; readonly problem: string }) {
  return (
    <AuthCard title={title}>
      <OutcomePanel
        title="Ask for a new reset link"
        icon="problem"
        actions={
          <Link to="/account/forgot-password" className={buttonClassName({ fullWidth: true })}>
            Send me a new link
          </Link>
        }
      >
        <p>{problem}</p>
      </OutcomePanel>
    </AuthCard>
  );
}
