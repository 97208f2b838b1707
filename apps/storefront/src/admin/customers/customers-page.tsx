import { Badge, Button, EmptyState, SelectField, SkeletonText, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import type { Role } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { LoadError } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import { formatDate } from '../lib/dates';
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
  // Cursors of the pages before this one, so "Previous" can go back; a new search starts again at the top.
  const [trail, setTrail] = useState<{ readonly key: string; readonly cursors: ReadonlyArray<string | undefined> }>({ key: '', cursors: [undefined] });
  const key = `${query}|${role ?? ''}`;
  const cursors = trail.key === key ? trail.cursors : [undefined];
  const cursor = cursors.at(-1);
  const list = trpc.user.admin.customers.list.useQuery({ query: query || undefined, role, cursor, limit: PAGE_SIZE }, { placeholderData: keepPreviousData });

  return (
    <AdminPage title="Customers">
      <form className="admin-toolbar" role="search" aria-label="Customers" onSubmit={(event) => event.preventDefault()}>
        <TextField label="Search customers" type="search" placeholder="E-mail or name" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Role" value={role ?? ''} onChange={(event) => update({ role: event.target.value || null })}>
          <option value="">All roles</option>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </form>
      {list.isPending ? (
        <div aria-busy="true">
          <SkeletonText lines={8} />
        </div>
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={query || role ? 'Nobody matches' : 'No customers yet'}>{(query || role) && <p>Try part of an e-mail address or another role.</p>}</EmptyState>
      ) : (
        <>
          <div className="admin-table-wrap" aria-busy={list.isFetching}>
            <table className="admin-table">
              <caption className="ui-visually-hidden">Customers, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Role</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Joined</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((customer) => (
                  <tr key={customer.id}>
                    <th scope="row">
                      <Link to={adminPaths.customer(customer.id)} className="admin-table__primary">
                        {customer.name || customer.email}
                      </Link>
                      {customer.name && <span className="admin-table__secondary">{customer.email}</span>}
                    </th>
                    <td>
                      <Badge tone={customer.role === 'customer' ? 'neutral' : 'accent'}>{roleLabel(customer.role)}</Badge>
                    </td>
                    <td>{customer.emailVerified ? 'Verified' : <Badge tone="danger">Not verified</Badge>}</td>
                    <td>{formatDate(customer.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="admin-pager" aria-label="Customer pages">
            <p className="admin-pager__range">Page {cursors.length}</p>
            <div className="admin-pager__buttons">
              <Button variant="secondary" size="sm" disabled={cursors.length <= 1} onClick={() => setTrail({ key, cursors: cursors.slice(0, -1) })}>
                Previous
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={!list.data.nextCursor}
                onClick={() => list.data.nextCursor && setTrail({ key, cursors: [...cursors, list.data.nextCursor] })}
              >
                Next
              </Button>
            </div>
          </nav>
        </>
      )}
    </AdminPage>
  );
}
