import { Badge, EmptyState, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../../trpc';
import type { Role } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { CursorPager } from '../components/cursor-pager';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { formatDate } from '../lib/dates';
import { useCursorTrail } from '../lib/use-cursor-trail';
import { useUrlSearch } from '../lib/use-url-search';
import { ROLE_OPTIONS, roleLabel } from './roles';

const PAGE_SIZE = 25;

function readRole(value: string | null): Role | undefined {
  return ROLE_OPTIONS.find((option) => option.value === value)?.value;
}

/** Everyone with an account: search by e-mail or name, filter by role, newest first, a page at a time. */
export function CustomersPage() {
  const { text, setText, applied: query, params, update } = useUrlSearch('q');
  const role = readRole(params.get('role'));
  const trail = useCursorTrail(`${query}|${role ?? ''}`);
  const list = trpc.user.admin.customers.list.useQuery({ query: query || undefined, role, cursor: trail.cursor, limit: PAGE_SIZE }, { placeholderData: keepPreviousData });

  return (
    <AdminPage title="Customers">
      <ListFilters label="Customers">
        <TextField label="Search customers" type="search" placeholder="E-mail or name" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Role" value={role ?? ''} onChange={(event) => update({ role: event.target.value || null })}>
          <option value="">All roles</option>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </ListFilters>
      <Loaded query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={query || role ? 'Nobody matches' : 'No customers yet'}>{(query || role) && <p>Try part of an e-mail address or another role.</p>}</EmptyState>
          ) : (
            <>
              <ListTable caption="Customers, newest first" columns={['Customer', 'Role', 'E-mail', 'Joined']} busy={list.isFetching}>
                {data.items.map((customer) => (
                  <tr key={customer.id}>
                    <RowHeader to={adminPaths.customer(customer.id)} title={customer.name || customer.email} detail={customer.name ? customer.email : undefined} />
                    <td>
                      <Badge tone={customer.role === 'customer' ? 'neutral' : 'accent'}>{roleLabel(customer.role)}</Badge>
                    </td>
                    <td>{customer.emailVerified ? 'Verified' : <Badge tone="danger">Not verified</Badge>}</td>
                    <td>{formatDate(customer.createdAt)}</td>
                  </tr>
                ))}
              </ListTable>
              <CursorPager label="Customer pages" trail={trail} nextCursor={data.nextCursor} />
            </>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
