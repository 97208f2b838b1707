import { Button, Checkbox, TextField } from '@emporium/ui';
import { changePasswordInput } from '@emporium/user-contracts';
import { useState } from 'react';
import { isSignedOut } from '../../lib/api-error';
import { countLabel } from '../../lib/count-label';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { confirmationMismatch, schemaValidator } from '../form/validation';
import { NEW_PASSWORD_HINT } from '../lib/password-hint';
import { notify } from '../shell/notices';
import { useSessionCache } from '../shell/use-session-cache';

type PasswordValues = {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly confirmation: string;
};

const INITIAL: PasswordValues = { currentPassword: '', newPassword: '', confirmation: '' };
const FIELDS = ['currentPassword', 'newPassword', 'confirmation'] as const;
const LABELS = { currentPassword: 'Current password', newPassword: 'New password', confirmation: 'New password again' };
const validate = schemaValidator(
  changePasswordInput,
  ({ currentPassword, newPassword }: PasswordValues) => ({ currentPassword, newPassword }),
  (values) => confirmationMismatch(values.newPassword, values.confirmation, 'confirmation'),
);

/** Change the password; every other session of the account is signed out, this one stays. */
export function ChangePasswordForm({ headingId }: { readonly headingId: string }) {
  const change = trpc.user.account.changePassword.useMutation();
  const utils = trpc.useUtils();
  const session = useSessionCache();
  const [showPasswords, setShowPasswords] = useState(false);
  const form = useSchemaForm({ initial: INITIAL, fields: FIELDS, validate });

  const submit = form.handleSubmit(async (input) => {
    try {
      const { otherSessionsEnded } = await change.mutateAsync(input);
      form.reset();
      void utils.user.account.sessions.invalidate();
      notify(
        otherSessionsEnded > 0
          ? `Your password has been changed, and ${countLabel(otherSessionsEnded, 'other session was', 'other sessions were')} signed out.`
          : 'Your password has been changed.',
      );
    } catch (error) {
      if (isSignedOut(error)) session.sessionLost();
      if (!form.showApiError(error)) form.showFormError(refusalMessage(error));
    }
  });

  return (
    <form {...form.formProps} className="account-form" onSubmit={submit} aria-labelledby={headingId}>
      <FormProblems form={form} labels={LABELS} />
      <TextField {...form.text('currentPassword')} label={LABELS.currentPassword} type={showPasswords ? 'text' : 'password'} autoComplete="current-password" required />
      <TextField {...form.text('newPassword')} label={LABELS.newPassword} hint={NEW_PASSWORD_HINT} type={showPasswords ? 'text' : 'password'} autoComplete="new-password" required />
      <TextField {...form.text('confirmation')} label={LABELS.confirmation} type={showPasswords ? 'text' : 'password'} autoComplete="new-password" required />
      <Checkbox label="Show passwords" checked={showPasswords} onChange={(event) => setShowPasswords(event.currentTarget.checked)} />
      <div className="account-form__actions">
        <Button type="submit" loading={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
