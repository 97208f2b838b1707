import './payments.css';
import { Button, Checkbox, EmptyState, formatMoney, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { Pager } from '../components/pager';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useUrlSearch } from '../lib/use-url-search';
import { cardLabel, readStatusFilter, STATUS_FILTERS } from './payment-labels';
import { PaymentLinkDialog } from './payment-link-dialog';
import { PaymentStatusBadge } from './payment-status-badge';

/** Every payment, newest first: by status, by whole reference, those held for review, a page at a time (all in the URL). */
export function PaymentsPage() {
  const { text, setText, applied: reference, params, update } = useUrlSearch('reference');
  const status = readStatusFilter(params.get('status'));
  const needsReview = params.get('review') === '1';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const list = trpc.payment.admin.list.useQuery(
    { status, reference: reference || undefined, ...(needsReview ? { needsReview: true } : {}), page },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );
  const narrowed = Boolean(reference) || status !== undefined || needsReview;
  const [creatingLink, setCreatingLink] = useState(false);

  return (
    <AdminPage title="Payments" actions={<Button onClick={() => setCreatingLink(true)}>Create payment link</Button>}>
      <ListFilters label="Payments">
        <TextField label="Reference" type="search" placeholder="The whole reference, like ORD-1042" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Status" value={status ?? 'all'} onChange={(event) => update({ status: event.target.value === 'all' ? null : event.target.value, page: null })}>
          {STATUS_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <Checkbox label="Needs review" checked={needsReview} onChange={(event) => update({ review: event.target.checked ? '1' : null, page: null })} />
      </ListFilters>
      <Loaded query={list}>
        {(data) =>
          data.items.length === 0 && page === 1 ? (
            <EmptyState title={narrowed ? 'No payments match' : 'No payments yet'}>
              {narrowed ? <p>The reference must match whole. Try another, “All statuses”, or clear “Needs review”.</p> : <p>Payments appear here once shoppers pay at checkout or through a payment link.</p>}
            </EmptyState>
          ) : (
            <>
              <ListTable
                caption={`Payments${reference ? ` for “${reference}”` : ''}, newest first`}
                columns={['Reference', 'Status', { label: 'Amount', numeric: true }, 'Card', 'Gateway', 'Created']}
                busy={list.isFetching}
              >
                {data.items.map((payment) => (
                  <tr key={payment.id}>
                    <RowHeader to={adminPaths.payment(payment.id)} title={payment.reference} detail={payment.needsReview ? 'Needs review' : undefined} />
                    <td>
                      <PaymentStatusBadge status={payment.status} />
                    </td>
                    <td className="admin-table__number admin-nowrap">{formatMoney(payment.amount.amount, payment.amount.currency)}</td>
                    <td className="admin-nowrap">{cardLabel(payment.card) ?? <span className="admin-muted">None yet</span>}</td>
                    <td>{payment.gateway}</td>
                    <td className="admin-nowrap">{formatDateTime(payment.createdAt)}</td>
                  </tr>
                ))}
              </ListTable>
              <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={(next) => update({ page: next > 1 ? String(next) : null })} label="Payment pages" />
            </>
          )
        }
      </Loaded>
      <PaymentLinkDialog open={creatingLink} onClose={() => setCreatingLink(false)} />
    </AdminPage>
  );
}
