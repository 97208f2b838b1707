import { ADDRESS_KINDS, type AddressKind } from '@emporium/user-domain';
import { Button, buttonClassName, EmptyState } from '@emporium/ui';
import { addressInput } from '@emporium/user-contracts';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isSignedOut } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { schemaValidator } from '../form/validation';
import { type SavedAddress } from '../lib/account-types';
import { ADDRESS_FIELDS, addressFormFromSaved, type AddressFormValues, defaultCountryCode, emptyAddressForm, toAddressInput } from '../lib/address-form';
import { AccountQueryError } from '../shell/account-query-error';
import { notify } from '../shell/notices';
import { PageSpinner } from '../shell/page-spinner';
import { useSessionCache } from '../shell/use-session-cache';
import { AddressFields, addressLabels } from './address-fields';

const validate = schemaValidator(addressInput, toAddressInput);

/** `/account/addresses/new?kind=billing` and `/account/addresses/:id`: one form for adding and for editing. */
export function AddressEditorPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const addresses = trpc.user.addresses.list.useQuery();
  const editing = id !== undefined;
  useDocumentTitle(editing ? 'Edit address' : 'New address');

  let body;
  if (addresses.isPending) body = <PageSpinner label="Loading your addresses" />;
  else if (addresses.isError) body = <AccountQueryError error={addresses.error} onRetry={() => void addresses.refetch()} retrying={addresses.isFetching} />;
  else if (editing) {
    const address = addresses.data.find((saved) => saved.id === id);
    body = address ? (
      <AddressEditor key={address.id} saved={address} all={addresses.data} />
    ) : (
      <EmptyState
        title="This address is no longer in your address book"
        action={
          <Link to="/account/addresses" className={buttonClassName({ variant: 'secondary' })}>
            Back to your addresses
          </Link>
        }
      >
        <p>It may have been deleted in another window.</p>
      </EmptyState>
    );
  } else {
    const kind = ADDRESS_KINDS.find((known) => known === params.get('kind')) ?? 'shipping';
    body = <AddressEditor key={kind} kind={kind} all={addresses.data} />;
  }

  return (
    <section aria-labelledby="address-editor-heading" className="account-page">
      <header className="account-page__header">
        <p className="account-page__back">
          <Link to="/account/addresses">← Addresses</Link>
        </p>
        <h1 id="address-editor-heading">{editing ? 'Edit address' : 'New address'}</h1>
      </header>
      {body}
    </section>
  );
}

type AddressEditorProps = { readonly saved: SavedAddress; readonly all: readonly SavedAddress[] } | { readonly kind: AddressKind; readonly all: readonly SavedAddress[]; readonly saved?: undefined };

function AddressEditor(props: AddressEditorProps) {
  const { saved, all } = props;
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const session = useSessionCache();
  const add = trpc.user.addresses.add.useMutation();
  const update = trpc.user.addresses.update.useMutation();
  const form = useSchemaForm<AddressFormValues, ReturnType<typeof addressInput.parse>>({
    initial: saved ? addressFormFromSaved(saved) : emptyAddressForm(props.kind, defaultCountryCode(navigator.languages)),
    fields: ADDRESS_FIELDS,
    validate,
  });
  const kind = form.values.kind;
  const othersOfKind = all.filter((address) => address.kind === kind && address.id !== saved?.id);
  const defaultLocked = othersOfKind.length === 0 ? 'first' : saved?.isDefault && saved.kind === kind ? 'current' : null;

  const submit = form.handleSubmit(async (input) => {
    try {
      if (saved) await update.mutateAsync({ id: saved.id, address: input });
      else await add.mutateAsync(input);
      await utils.user.addresses.list.invalidate();
      notify(saved ? 'Your address has been updated.' : 'Your address has been saved.');
      await navigate('/account/addresses');
    } catch (error) {
      if (isSignedOut(error)) session.sessionLost();
      if (!form.showApiError(error, saved ? 'address.' : '')) {
        form.showFormError(refusalMessage(error, { address_not_found: 'This address was deleted in another window. Go back to your addresses to add it again.' }));
      }
    }
  });

  return (
    <form {...form.formProps} className="account-form account-form--wide" onSubmit={submit}>
      <FormProblems form={form} labels={addressLabels(form.values.countryCode)} />
      <AddressFields form={form} defaultLocked={defaultLocked} />
      <div className="account-form__actions">
        <Button type="submit" loading={add.isPending || update.isPending}>
          {saved ? 'Save changes' : 'Save address'}
        </Button>
        <Link to="/account/addresses" className={buttonClassName({ variant: 'ghost' })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
