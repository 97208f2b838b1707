import { Button, TextField } from '@emporium/ui';
import { deleteAccountInput } from '@emporium/user-contracts';
import { useNavigate } from 'react-router';
import { isSignedOut } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { schemaValidator } from '../form/validation';
import { notify } from '../shell/notices';
import { useSessionCache } from '../shell/use-session-cache';

type DeleteValues = { readonly password: string; readonly confirm: string };

const FIELDS = ['password', 'confirm'] as const;
const LABELS = { password: 'Your password', confirm: 'Type DELETE to confirm' };
const validate = schemaValidator(deleteAccountInput, (values: DeleteValues) => values);

/** Erase the account: what goes, what the shop must keep, then a password and a typed DELETE to be sure. */
export function DeleteAccountPage() {
  useDocumentTitle('Delete your account');
  const navigate = useNavigate();
  const session = useSessionCache();
  const remove = trpc.user.account.delete.useMutation();
  const form = useSchemaForm({ initial: { password: '', confirm: '' }, fields: FIELDS, validate });

  const submit = form.handleSubmit(async (input) => {
    try {
      await remove.mutateAsync(input);
      // Leave the signed-in pages before forgetting who was signed in, so no guard sends us to sign in.
      await navigate('/', { replace: true });
      session.signedOut();
      notify('Your account has been deleted. Thank you for shopping with us.');
    } catch (error) {
      if (isSignedOut(error)) session.sessionLost();
      if (!form.showApiError(error)) form.showFormError(refusalMessage(error));
    }
  });

  return (
    <section aria-labelledby="delete-heading" className="account-page">
      <header className="account-page__header">
        <h1 id="delete-heading">Delete your account</h1>
        <p className="account-page__lead">Deleting your account cannot be undone.</p>
      </header>
      <div className="account-explain">
        <div>
          <h2>What we erase</h2>
          <ul>
            <li>Your name, e-mail address and phone number</li>
            <li>Your saved shipping and billing addresses</li>
            <li>Your password, and every device signed in to the account</li>
            <li>Your e-mail preferences: we will not write to you again</li>
          </ul>
        </div>
        <div>
          <h2>What we keep</h2>
          <ul>
            <li>Records of the orders you placed, which the shop must keep for its accounts</li>
            <li>An anonymous account record those orders point to; nothing in it identifies you</li>
          </ul>
        </div>
      </div>
      <form {...form.formProps} className="account-form" onSubmit={submit} aria-label="Delete your account">
        <FormProblems form={form} labels={LABELS} />
        <TextField {...form.text('password')} label={LABELS.password} type="password" autoComplete="current-password" required />
        <TextField {...form.text('confirm')} label={LABELS.confirm} hint="In capital letters, to show you mean it." autoComplete="off" autoCapitalize="characters" spellCheck={false} required />
        <div className="account-form__actions">
          <Button type="submit" className="account-danger-button" loading={remove.isPending}>
            Delete my account
          </Button>
        </div>
      </form>
    </section>
  );
}
