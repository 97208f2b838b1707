import { Button, EmptyState } from '@emporium/ui';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { percentLabel } from '../lib/percent-input';
import { DeleteRegionDialog } from './delete-region-dialog';
import { RegionDialog } from './region-dialog';
import { byCountry, countryName } from './tax-drafts';
import type { TaxClass, TaxRegion } from './tax-types';

/** Which dialog is open: a new region, a stored one to edit, or one to delete. */
type Open = { readonly kind: 'new' } | { readonly kind: 'edit' | 'delete'; readonly region: TaxRegion } | null;

/** Each region's rate per tax class, by country (country-wide first, then its subdivisions). */
export function TaxRegionsSection({ isAdmin }: { readonly isAdmin: boolean }) {
  const regions = trpc.cart.admin.tax.regions.useQuery(undefined, { staleTime: 0 });
  const classes = trpc.cart.admin.tax.classes.useQuery(undefined, { staleTime: 0 });
  const [open, setOpen] = useState<Open>(null);

  return (
    <AdminSection
      title="Tax regions"
      description={<p>A cart is taxed at its destination’s rates: a region’s rate beats its country’s. A country with no region is not taxed.</p>}
      actions={
        isAdmin && (
          <Button variant="secondary" size="sm" onClick={() => setOpen({ kind: 'new' })}>
            New region
          </Button>
        )
      }
    >
      <Loaded query={classes} lines={6}>
        {(classList) => (
          <Loaded query={regions} lines={6}>
            {(list) => (
              <>
                {list.length === 0 ? (
                  <EmptyState title="No tax regions yet" headingLevel={3}>
                    <p>Without a region, carts are not taxed.</p>
                  </EmptyState>
                ) : (
                  <RegionsTable regions={list} classes={classList} busy={regions.isFetching} onOpen={isAdmin ? setOpen : undefined} />
                )}
                {isAdmin && (
                  <>
                    <RegionDialog open={open?.kind === 'new' || open?.kind === 'edit'} region={open?.kind === 'edit' ? open.region : undefined} classes={classList} onClose={() => setOpen(null)} />
                    <DeleteRegionDialog region={open?.kind === 'delete' ? open.region : null} onClose={() => setOpen(null)} />
                  </>
                )}
              </>
            )}
          </Loaded>
        )}
      </Loaded>
    </AdminSection>
  );
}

interface RegionsTableProps {
  readonly regions: readonly TaxRegion[];
  readonly classes: readonly TaxClass[];
  readonly busy: boolean;
  /** Opens a region's editor or delete confirmation; none for staff who may only look. */
  readonly onOpen?: (open: Open) => void;
}

function RegionsTable({ regions, classes, busy, onOpen }: RegionsTableProps) {
  return (
    <div className="admin-table-wrap" aria-busy={busy}>
      <table className="admin-table admin-tax-table">
        <caption className="ui-visually-hidden">Tax rates by region and tax class</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Region</th>
            {classes.map((taxClass) => (
              <th key={taxClass.code} scope="col" className="admin-table__number">
                {taxClass.name}
              </th>
            ))}
            {onOpen && (
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        {byCountry(regions).map((group) => (
          <tbody key={group.country} className="admin-tax-table__country">
            {group.regions.map((region, index) => (
              <tr key={region.id}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={group.regions.length} className="admin-tax-table__country-name">
                    {countryName(group.country)} <span className="admin-table__secondary">{group.country}</span>
                  </th>
                )}
                <th scope="row">
                  <span className="admin-table__primary">{region.name}</span>
                  <span className="admin-table__secondary">
                    {[region.region === null ? 'Whole country' : `${region.country}-${region.region}`, ...new Set(region.rates.map((rate) => rate.label))].join(' · ')}
                  </span>
                </th>
                {classes.map((taxClass) => {
                  const rate = region.rates.find((entry) => entry.taxClass === taxClass.code);
                  return (
                    <td key={taxClass.code} className="admin-table__number">
                      {rate ? percentLabel(rate.basisPoints) : <span className="admin-muted">—</span>}
                    </td>
                  );
                })}
                {onOpen && (
                  <td className="admin-table__actions">
                    <div className="admin-button-row admin-button-row--end">
                      <Button variant="ghost" size="sm" onClick={() => onOpen({ kind: 'edit', region })}>
                        Edit<span className="ui-visually-hidden"> {region.name}</span>
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => onOpen({ kind: 'delete', region })}>
                        Delete<span className="ui-visually-hidden"> {region.name}</span>
                      </Button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
