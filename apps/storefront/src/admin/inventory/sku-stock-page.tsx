import { EmptyState, SkeletonText } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../lib/api-error';
import { trpc } from '../../trpc';
import type { StockLocation, StockRow } from '../admin-types';
import { AdminPage, AdminSection } from '../components/admin-page';
import { LoadError } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import { AdjustForm } from './adjust-form';
import { LevelsTable } from './levels-table';
import { MovementLedger } from './movement-ledger';
import { PolicyForm } from './policy-form';
import { StockStatusBadge } from './stock-status-badge';
import { TransferForm } from './transfer-form';

const back = { to: adminPaths.inventory, label: 'Inventory' };

/** The stock policy in a few words, beside the status. */
function policySummary(row: Pick<StockRow, 'tracked' | 'lowStockThreshold'>): string {
  if (!row.tracked) return 'levels not tracked';
  return row.lowStockThreshold > 0 ? `low at ${row.lowStockThreshold} or fewer` : 'no low-stock warning';
}

/** One SKU's stock: its levels at every location, the ways to change them, its stock policy and its ledger. */
export function SkuStockPage() {
  const { sku = '' } = useParams();
  const stock = trpc.inventory.admin.stock.get.useQuery({ sku }, { staleTime: 0 });
  const locations = trpc.inventory.admin.locations.list.useQuery();

  if (stock.isPending || locations.isPending) {
    return (
      <AdminPage title={sku} documentTitle={`Stock of ${sku}`} back={back}>
        <SkeletonText lines={8} />
      </AdminPage>
    );
  }
  if (stock.isError) {
    const missing = isNotFound(stock.error) || stock.error.data?.code === 'BAD_REQUEST';
    return (
      <AdminPage title={missing ? 'SKU not found' : 'Stock unavailable'} back={back}>
        {missing ? (
          <EmptyState title={`The inventory has no SKU ${sku}`} action={<Link to={adminPaths.inventory}>Back to inventory</Link>}>
            <p>SKUs arrive here when the catalog creates them; a SKU renamed in the catalog moves with its stock.</p>
          </EmptyState>
        ) : (
          <LoadError error={stock.error} onRetry={() => void stock.refetch()} retrying={stock.isFetching} />
        )}
      </AdminPage>
    );
  }
  if (locations.isError) {
    return (
      <AdminPage title={stock.data.sku} documentTitle={`Stock of ${stock.data.sku}`} back={back}>
        <LoadError error={locations.error} onRetry={() => void locations.refetch()} retrying={locations.isFetching} />
      </AdminPage>
    );
  }
  return <SkuStock row={stock.data} locations={locations.data} />;
}

function SkuStock({ row, locations }: { readonly row: StockRow; readonly locations: readonly StockLocation[] }) {
  return (
    <AdminPage title={row.sku} documentTitle={`Stock of ${row.sku}`} back={back}>
      <p className="admin-page__meta">
        <StockStatusBadge status={row.status} />
        <span>{row.available} available to sell</span>
        <span aria-hidden="true">·</span>
        <span>{policySummary(row)}</span>
        {row.allowBackorder && (
          <>
            <span aria-hidden="true">·</span>
            <span>backorders allowed</span>
          </>
        )}
      </p>
      <div className="admin-editor">
        <div className="admin-editor__main">
          <AdminSection title="Levels by location">
            {locations.length === 0 ? (
              <EmptyState title="No locations yet" headingLevel={3} action={<Link to={adminPaths.stockLocations}>Set up a location</Link>}>
                <p>Stock is kept at locations; add a warehouse or store first.</p>
              </EmptyState>
            ) : (
              <LevelsTable row={row} locations={locations} />
            )}
          </AdminSection>
          {locations.length > 0 && (
            <AdminSection title="Adjust stock" description={<p>Record goods received, a count, or units damaged or lost, at one location.</p>}>
              <AdjustForm row={row} locations={locations} />
            </AdminSection>
          )}
        </div>
        <div className="admin-editor__side">
          {locations.length > 0 && (
            <AdminSection title="Transfer stock" description={<p>Move units that are not reserved to another location.</p>}>
              <TransferForm row={row} locations={locations} />
            </AdminSection>
          )}
          <AdminSection title="Stock policy">
            <PolicyForm key={`${row.tracked}|${row.allowBackorder}|${row.lowStockThreshold}`} row={row} />
          </AdminSection>
        </div>
      </div>
      <div className="admin-stock-ledger">
        <AdminSection title="Movement ledger">
          <MovementLedger sku={row.sku} locations={locations} />
        </AdminSection>
      </div>
    </AdminPage>
  );
}
