import { Badge, Button, EmptyState, SelectField, SkeletonText } from '@emporium/ui';
import { type FormEvent, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { countLabel } from '../../lib/count-label';
import { trpc } from '../../trpc';
import type { CustomerDetail, Role, SignedInUser } from '../admin-types';
import { AdminPage, AdminSection } from '../components/admin-page';
import { LoadError, ProblemAlert } from '../components/problems';
import { errorReason } from '../lib/api-problems';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useFeedback } from '../lib/use-feedback';
import { ROLE_OPTIONS, roleChangeBlock, roleNoun } from './roles';

const back = { to: adminPaths.customers, label: 'Customers' };

/** One account as staff see it: profile, addresses, how many sessions are active, and its role. */
export function CustomerPage({ viewer }: { readonly viewer: SignedInUser }) {
  const { id = '' } = useParams();
  const customer = trpc.user.admin.customers.get.useQuery({ userId: id }, { staleTime: 0 });
  if (customer.isPending) {
    return (
      <AdminPage title="Customer" back={back}>
        <SkeletonText lines={6} />
      </AdminPage>
    );
  }
  if (customer.isError) {
    const missing = errorReason(customer.error) === 'customer_not_found' || customer.error.data?.code === 'BAD_REQUEST';
    return (
      <AdminPage title={missing ? 'Customer not found' : 'Customer unavailable'} back={back}>
        {missing ? (
          <EmptyState title="There is no account with this id" action={<Link to={adminPaths.customers}>Back to customers</Link>} />
        ) : (
          <LoadError error={customer.error} onRetry={() => void customer.refetch()} retrying={customer.isFetching} />
        )}
      </AdminPage>
    );
  }
  const data = customer.data;
  return (
    <AdminPage title={data.name || data.email} documentTitle={`Customer ${data.email}`} back={back}>
      <div className="admin-editor">
        <div className="admin-editor__main">
          <Profile customer={data} />
          <Addresses customer={data} />
        </div>
        <div className="admin-editor__side">
          <RoleSection key={data.role} customer={data} viewer={viewer} />
        </div>
      </div>
    </AdminPage>
  );
}

function Profile({ customer }: { readonly customer: CustomerDetail }) {
  return (
    <AdminSection title="Profile">
      <dl className="admin-facts">
        <dt>Name</dt>
        <dd>{customer.name || <span className="admin-muted">Not given</span>}</dd>
        <dt>E-mail</dt>
        <dd>
          {customer.email} {customer.emailVerified ? <Badge tone="success">Verified</Badge> : <Badge tone="danger">Not verified</Badge>}
        </dd>
        <dt>Phone</dt>
        <dd>{customer.phone || <span className="admin-muted">Not given</span>}</dd>
        <dt>Marketing e-mails</dt>
        <dd>{customer.marketingConsent ? 'Agreed' : 'Not agreed'}</dd>
        <dt>Joined</dt>
        <dd>{formatDateTime(customer.createdAt)}</dd>
        <dt>Active sessions</dt>
        <dd>{countLabel(customer.activeSessions, 'signed-in device', 'signed-in devices')}</dd>
      </dl>
    </AdminSection>
  );
}

function Addresses({ customer }: { readonly customer: CustomerDetail }) {
  return (
    <AdminSection title="Addresses">
      {customer.addresses.length === 0 ? (
        <p className="admin-muted">No saved addresses.</p>
      ) : (
        <ul className="admin-cards">
          {customer.addresses.map((address) => (
            <li key={address.id} className="admin-card">
              <p className="admin-card__title">
                {address.label || (address.kind === 'billing' ? 'Billing' : 'Shipping')} {address.isDefault && <Badge tone="accent">Default</Badge>}
              </p>
              <address className="admin-address">
                {address.firstName} {address.lastName}
                {address.company && <><br />{address.company}</>}
                <br />
                {address.line1}
                {address.line2 && <><br />{address.line2}</>}
                <br />
                {[address.postalCode, address.city].filter(Boolean).join(' ')}
                {address.region && <>, {address.region}</>}
                <br />
                {address.countryCode}
                {address.phone && <><br />{address.phone}</>}
              </address>
            </li>
          ))}
        </ul>
      )}
    </AdminSection>
  );
}

function RoleSection({ customer, viewer }: { readonly customer: CustomerDetail; readonly viewer: SignedInUser }) {
  const [role, setRole] = useState<Role>(customer.role);
  const hintId = useId();
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const change = trpc.user.admin.customers.setRole.useMutation({
    onSuccess: async (result) => {
      await utils.user.admin.customers.invalidate();
      feedback.saved(`${customer.email} is now ${roleNoun(result.role)}.`);
    },
  });
  const blocked = roleChangeBlock(viewer, customer);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!blocked && role !== customer.role) change.mutate({ userId: customer.id, role });
  }

  return (
    <AdminSection title="Role">
      <form className="admin-form" onSubmit={submit} noValidate>
        <SelectField label="Role" value={role} disabled={blocked !== null} aria-describedby={hintId} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <p id={hintId} className="ui-field__hint">
          {blocked ?? 'Staff manage the catalog and look up customers; administrators also change roles.'}
        </p>
        <ProblemAlert error={change.error} title="The role was not changed" />
        {!blocked && (
          <Button type="submit" loading={change.isPending} disabled={role === customer.role}>
            Change role
          </Button>
        )}
      </form>
    </AdminSection>
  );
}
