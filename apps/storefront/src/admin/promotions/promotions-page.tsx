import { buttonClassName, EmptyState, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { Pager } from '../components/pager';
import { adminPaths } from '../lib/admin-paths';
import { useUrlSearch } from '../lib/use-url-search';
import { discountSummary } from './discount-summary';
import { readStatusFilter, scheduleLabel, STATUS_FILTERS, triggerLabel, usesLabel } from './promotion-labels';
import { PromotionStatusBadge } from './promotion-status-badge';

const PAGE_SIZE = 25;

/** Every promotion, newest first: search by name, filter by where it stands, a page at a time (all in the URL). */
export function PromotionsPage() {
  const { text, setText, applied: search, params, update } = useUrlSearch('q');
  const status = readStatusFilter(params.get('status'));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const list = trpc.cart.admin.promotions.list.useQuery(
    { status, search: search || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );
  const narrowed = Boolean(search) || status !== 'all';

  return (
    <AdminPage
      title="Promotions"
      actions={
        <Link to={adminPaths.newPromotion} className={buttonClassName()}>
          New promotion
        </Link>
      }
    >
      <ListFilters label="Promotions">
        <TextField label="Search promotions" type="search" placeholder="Part of a name" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Status" value={status} onChange={(event) => update({ status: event.target.value === 'all' ? null : event.target.value, page: null })}>
          {STATUS_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </ListFilters>
      <Loaded query={list}>
        {(data) =>
          data.rows.length === 0 && page === 1 ? (
            <EmptyState title={narrowed ? 'No promotions match' : 'No promotions yet'} action={<Link to={adminPaths.newPromotion}>Create a promotion</Link>}>
              {narrowed ? <p>Try part of another name or “All promotions”.</p> : <p>A promotion is a discount with its rules: a coupon code to type, or applied to every cart it fits.</p>}
            </EmptyState>
          ) : (
            <>
              <ListTable
                caption={`Promotions${search ? ` matching “${search}”` : ''}, newest first`}
                columns={['Promotion', 'Trigger', 'Discount', 'Schedule', 'Status', { label: 'Uses', numeric: true }, { label: 'Codes', numeric: true }]}
                busy={list.isFetching}
              >
                {data.rows.map((promotion) => (
                  <tr key={promotion.id}>
                    <RowHeader to={adminPaths.promotion(promotion.id)} title={promotion.name} detail={promotion.combinable === 'exclusive' ? 'Exclusive' : undefined} />
                    <td className="admin-nowrap">{triggerLabel(promotion.trigger)}</td>
                    <td>{discountSummary(promotion.discount)}</td>
                    <td>{scheduleLabel(promotion.startsAt, promotion.endsAt)}</td>
                    <td>
                      <PromotionStatusBadge status={promotion.status} />
                    </td>
                    <td className="admin-table__number admin-nowrap">
                      {promotion.trigger === 'code' ? (
                        usesLabel(promotion.usedCount, promotion.usageLimit)
                      ) : (
                        <span className="admin-muted">
                          —<span className="ui-visually-hidden"> not counted</span>
                        </span>
                      )}
                    </td>
                    <td className="admin-table__number">{promotion.trigger === 'code' ? promotion.codeCount : <span className="admin-muted">—</span>}</td>
                  </tr>
                ))}
              </ListTable>
              <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(next) => update({ page: next > 1 ? String(next) : null })} label="Promotion pages" />
            </>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
