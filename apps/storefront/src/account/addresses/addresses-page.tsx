import { type AddressKind } from '@emporium/user-domain';
import { buttonClassName, EmptyState } from '@emporium/ui';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isSignedOut } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { trpc } from '../../trpc';
import { refusalMessage } from '../form/refusal';
import { type SavedAddress } from '../lib/account-types';
import { addressLines } from '../lib/address-form';
import { AccountQueryError } from '../shell/account-query-error';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { notify } from '../shell/notices';
import { PageSpinner } from '../shell/page-spinner';
import { useSessionCache } from '../shell/use-session-cache';
import { AddressCard } from './address-card';

const GROUPS: ReadonlyArray<{ kind: AddressKind; title: string; add: string; empty: string }> = [
  { kind: 'shipping', title: 'Shipping addresses', add: 'Add a shipping address', empty: 'Where should we send your orders? Save an address to check out faster.' },
  { kind: 'billing', title: 'Billing addresses', add: 'Add a billing address', empty: 'Save the address your card is registered to, if it differs from where you ship.' },
];

/** The address book: shipping and billing addresses, each kind with its default first. */
export function AddressesPage() {
  useDocumentTitle('Addresses');
  const addresses = trpc.user.addresses.list.useQuery();
  const utils = trpc.useUtils();
  const session = useSessionCache();
  const [deleting, setDeleting] = useState<SavedAddress | null>(null);
  const [deletions, setDeletions] = useState(0);
  const setDefault = trpc.user.addresses.setDefault.useMutation();
  const remove = trpc.user.addresses.remove.useMutation();

  // The button that opened the dialog went with the address: put focus at the top of the page instead. This runs
  // after the dialog's own effect has closed it (children's effects first), which would otherwise leave focus nowhere.
  useEffect(() => {
    if (deletions > 0) document.getElementById('addresses-heading')?.focus();
  }, [deletions]);

  function failed(error: unknown) {
    if (isSignedOut(error)) session.sessionLost();
    notify(refusalMessage(error), 'error');
  }

  async function makeDefault(address: SavedAddress) {
    try {
      await setDefault.mutateAsync({ id: address.id });
      await utils.user.addresses.list.invalidate();
      // Its "Make default" button is gone; keep focus on the address.
      document.getElementById(`address-${address.id}`)?.focus();
      notify(`Your default ${address.kind} address is now ${address.label ?? address.line1}.`);
    } catch (error) {
      failed(error);
    }
  }

  async function confirmDelete() {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ id: deleting.id });
      await utils.user.addresses.list.invalidate();
      notify('The address has been deleted.');
      setDeleting(null);
      setDeletions((count) => count + 1);
    } catch (error) {
      setDeleting(null);
      failed(error);
    }
  }

  return (
    <section aria-labelledby="addresses-heading" className="account-page">
      <header className="account-page__header">
        <h1 id="addresses-heading" tabIndex={-1}>
          Addresses
        </h1>
        <p className="account-page__lead">Your default addresses are filled in for you at checkout.</p>
      </header>
      {addresses.isPending ? (
        <PageSpinner label="Loading your addresses" />
      ) : addresses.isError ? (
        <AccountQueryError error={addresses.error} onRetry={() => void addresses.refetch()} retrying={addresses.isFetching} />
      ) : (
        GROUPS.map((group) => {
          const ofKind = addresses.data.filter((address) => address.kind === group.kind);
          const headingId = `addresses-${group.kind}`;
          return (
            <section key={group.kind} aria-labelledby={headingId} className="address-group">
              <div className="address-group__head">
                <h2 id={headingId}>{group.title}</h2>
                {ofKind.length > 0 && (
                  <Link to={`/account/addresses/new?kind=${group.kind}`} className={buttonClassName({ variant: 'secondary', size: 'sm' })}>
                    {group.add}
                  </Link>
                )}
              </div>
              {ofKind.length === 0 ? (
                <EmptyState
                  title={`No ${group.kind} addresses yet`}
                  headingLevel={3}
                  className="address-group__empty"
                  action={
                    <Link to={`/account/addresses/new?kind=${group.kind}`} className={buttonClassName({ variant: 'secondary' })}>
                      {group.add}
                    </Link>
                  }
                >
                  <p>{group.empty}</p>
                </EmptyState>
              ) : (
                <ul className="address-list">
                  {ofKind.map((address) => (
                    <AddressCard
                      key={address.id}
                      address={address}
                      onMakeDefault={() => void makeDefault(address)}
                      makingDefault={setDefault.isPending && setDefault.variables?.id === address.id}
                      onDelete={() => setDeleting(address)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this address?"
        confirmLabel="Delete address"
        busy={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        {deleting && (
          <>
            <address className="confirm-dialog__address">
              {addressLines(deleting).map((line, index) => (
                <span key={index}>{line}</span>
              ))}
            </address>
            <p>
              {deleting.isDefault && `It is your default ${deleting.kind} address; if you have another, the oldest becomes the default. `}
              This cannot be undone.
            </p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
