import { Button, buttonClassName, Checkbox, TextField } from '@emporium/ui';
import { registerInput } from '@emporium/user-contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { schemaValidator } from '../form/validation';
import { NEW_PASSWORD_HINT } from '../lib/password-hint';
import { signInPath } from '../lib/safe-next';
import { AuthCard } from '../shell/auth-card';
import { OutcomePanel } from './outcome-panel';

type RegisterValues = {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly marketingConsent: boolean;
};

const INITIAL: RegisterValues = { email: '', password: '', name: '', marketingConsent: false };
const FIELDS = ['email', 'password', 'name', 'marketingConsent'] as const;
const LABELS = { email: 'E-mail address', password: 'Password', name: 'Your name (optional)' };

const validate = schemaValidator(registerInput, ({ name, ...rest }: RegisterValues) => ({ ...rest, ...(name.trim() ? { name } : {}) }));

/** Create an account; the answer is always "check your inbox", whether or not the address was already registered. */
export function RegisterPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const register = trpc.user.auth.register.useMutation();
  const [showPassword, setShowPassword] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({ initial: INITIAL, fields: FIELDS, validate });

  const submit = form.handleSubmit(async (input) => {
    try {
      await register.mutateAsync(input);
      setSentTo(input.email);
    } catch (error) {
      if (!form.showApiError(error)) form.showFormError(refusalMessage(error));
    }
  });

  if (sentTo) {
    return (
      <AuthCard title="Create an account">
        <OutcomePanel
          title="Check your inbox"
          icon="mail"
          resendTo={sentTo}
          actions={
            <Link to={signInPath(next)} className={buttonClassName({ variant: 'secondary', fullWidth: true })}>
              Go to sign in
            </Link>
          }
        >
          <p>
            We have sent a message to <strong>{sentTo}</strong>. Follow the link inside to confirm your address, then sign in.
          </p>
          <p>The link works once and expires in 48 hours.</p>
        </OutcomePanel>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Create an account"
      intro={<p>Save your addresses and check out faster.</p>}
      footer={
        <p>
          Already have an account? <Link to={signInPath(next)}>Sign in</Link>
        </p>
      }
    >
      <form {...form.formProps} className="account-form" onSubmit={submit}>
        <FormProblems form={form} labels={LABELS} />
        <TextField {...form.text('email')} label={LABELS.email} type="email" autoComplete="email" inputMode="email" spellCheck={false} required />
        <div className="account-form__group">
          <TextField {...form.text('password')} label={LABELS.password} hint={NEW_PASSWORD_HINT} type={showPassword ? 'text' : 'password'} autoComplete="new-password" required />
          <Checkbox label="Show password" checked={showPassword} onChange={(event) => setShowPassword(event.currentTarget.checked)} />
        </div>
        <TextField {...form.text('name')} label={LABELS.name} autoComplete="name" />
        <Checkbox {...form.flag('marketingConsent')} label="E-mail me about new products and offers. You can stop this at any time." />
        <Button type="submit" fullWidth loading={register.isPending}>
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
