import { PRODUCT_STATUSES } from '@emporium/catalog-domain';
import { buttonClassName, EmptyState, SelectField, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import type { ProductStatus } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { ListFilters } from '../components/list-filters';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { Pager } from '../components/pager';
import { StatusBadge } from '../components/status-badge';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useUrlSearch } from '../lib/use-url-search';
import { statusLabel } from './product-form';

const PAGE_SIZE = 25;

function readStatus(value: string | null): ProductStatus | undefined {
  return (PRODUCT_STATUSES as readonly string[]).includes(value ?? '') ? (value as ProductStatus) : undefined;
}

/** Every product whatever its status: search by title or slug, filter by status, a page at a time (all in the URL). */
export function ProductsPage() {
  const { text, setText, applied: q, params, update } = useUrlSearch('q');
  const status = readStatus(params.get('status'));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const list = trpc.catalog.admin.products.list.useQuery({ q: q || undefined, status, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });

  return (
    <AdminPage
      title="Products"
      actions={
        <Link to={adminPaths.newProduct} className={buttonClassName()}>
          New product
        </Link>
      }
    >
      <ListFilters label="Products">
        <TextField label="Search products" type="search" placeholder="Title or slug" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Status" value={status ?? ''} onChange={(event) => update({ status: event.target.value || null, page: null })}>
          <option value="">All statuses</option>
          {PRODUCT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
      </ListFilters>

      <Loaded query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={q || status ? 'No products match' : 'No products yet'} action={<Link to={adminPaths.newProduct}>Create a product</Link>}>
              {(q || status) && <p>Try other words or another status.</p>}
            </EmptyState>
          ) : (
            <>
              <ListTable
                caption={`Products${q ? ` matching “${q}”` : ''}, most recently changed first`}
                columns={['Product', 'Status', 'Brand', { label: 'Variants', numeric: true }, 'Last changed']}
                busy={list.isFetching}
              >
                {data.items.map((product) => (
                  <tr key={product.id}>
                    <RowHeader to={adminPaths.product(product.id)} title={product.title} detail={product.slug} />
                    <td>
                      <StatusBadge status={product.status} />
                    </td>
                    <td>{product.brand ?? '—'}</td>
                    <td className="admin-table__number">{product.variantCount}</td>
                    <td>{formatDateTime(product.updatedAt)}</td>
                  </tr>
                ))}
              </ListTable>
              <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(next) => update({ page: next > 1 ? String(next) : null })} label="Product pages" />
            </>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
