import { Badge, Button, Checkbox, TextField } from '@emporium/ui';
import { updateProfileInput } from '@emporium/user-contracts';
import { isSignedOut } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { schemaValidator } from '../form/validation';
import { type Profile } from '../lib/account-types';
import { formatDate } from '../lib/relative-time';
import { AccountQueryError } from '../shell/account-query-error';
import { notify } from '../shell/notices';
import { PageSpinner } from '../shell/page-spinner';
import { useSessionCache } from '../shell/use-session-cache';

type ProfileValues = {
  readonly name: string;
  readonly phone: string;
  readonly marketingConsent: boolean;
};

const FIELDS = ['name', 'phone', 'marketingConsent'] as const;
const LABELS = { name: 'Name', phone: 'Phone number' };
const validate = schemaValidator(updateProfileInput, (values: ProfileValues) => values);

export function ProfilePage() {
  useDocumentTitle('Profile');
  const profile = trpc.user.account.profile.useQuery();
  return (
    <section aria-labelledby="profile-heading" className="account-page">
      <header className="account-page__header">
        <h1 id="profile-heading">Profile</h1>
        <p className="account-page__lead">How we address you and how we may reach you.</p>
      </header>
      {profile.isPending ? (
        <PageSpinner label="Loading your profile" />
      ) : profile.isError ? (
        <AccountQueryError error={profile.error} onRetry={() => void profile.refetch()} retrying={profile.isFetching} />
      ) : (
        <ProfileForm profile={profile.data} />
      )}
    </section>
  );
}

function ProfileForm({ profile }: { readonly profile: Profile }) {
  const utils = trpc.useUtils();
  const session = useSessionCache();
  const save = trpc.user.account.updateProfile.useMutation();
  const form = useSchemaForm({
    initial: profileValues(profile),
    fields: FIELDS,
    validate,
  });

  const submit = form.handleSubmit(async (input) => {
    try {
      const saved = await save.mutateAsync(input);
      utils.user.account.profile.setData(undefined, saved);
      // Show what the server stored (a cleared phone number, trimmed text), keeping focus where it is.
      form.reset(profileValues(saved));
      // The header greets by name.
      void utils.user.me.invalidate();
      notify('Your profile has been saved.');
    } catch (error) {
      if (isSignedOut(error)) session.sessionLost();
      if (!form.showApiError(error)) form.showFormError(refusalMessage(error));
    }
  });

  return (
    <form {...form.formProps} className="account-form account-form--wide" onSubmit={submit}>
      <FormProblems form={form} labels={LABELS} />
      <div className="account-readonly">
        <span className="ui-field__label">E-mail address</span>
        <p className="account-readonly__value">
          {profile.email} {profile.emailVerified && <Badge tone="success">Confirmed</Badge>}
        </p>
        <p className="ui-field__hint">You sign in with this address. Member since {formatDate(new Date(profile.createdAt))}.</p>
      </div>
      <TextField {...form.text('name')} label={LABELS.name} autoComplete="name" hint="Leave empty if you prefer us not to use a name." />
      <TextField {...form.text('phone')} label={LABELS.phone} type="tel" autoComplete="tel" inputMode="tel" hint="Optional. For a number outside the United States, start with + and the country code." />
      <fieldset className="account-fieldset">
        <legend className="ui-field__label">E-mail preferences</legend>
        <Checkbox {...form.flag('marketingConsent')} label="Send me news about new products and offers" />
      </fieldset>
      <div className="account-form__actions">
        <Button type="submit" loading={save.isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}

function profileValues(profile: Profile): ProfileValues {
  return { name: profile.name ?? '', phone: profile.phone ?? '', marketingConsent: profile.marketingConsent };
}
