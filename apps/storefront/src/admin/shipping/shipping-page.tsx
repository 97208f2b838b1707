import './shipping.css';
import { buttonClassName, EmptyState } from '@emporium/ui';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { countriesSummary, narrowingSummary } from './country-list';

/** Every shipping zone with its countries, what narrows them and how many methods it has. */
export function ShippingPage() {
  const zones = trpc.shipping.admin.zones.list.useQuery(undefined, { staleTime: 0 });
  return (
    <AdminPage
      title="Shipping"
      actions={
        <Link to={adminPaths.newShippingZone} className={buttonClassName()}>
          New zone
        </Link>
      }
    >
      <p className="admin-muted admin-shipping-intro">
        An address gets the methods of the most specific zone that covers it: a postcode pattern beats a region, a region beats a whole country, then the higher priority wins.
      </p>
      <Loaded query={zones}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No shipping zones yet" action={<Link to={adminPaths.newShippingZone}>Create a zone</Link>}>
              <p>Until a zone covers an address, checkout offers no way to ship there.</p>
            </EmptyState>
          ) : (
            <ListTable caption="Shipping zones" columns={['Zone', 'Countries', 'Narrowed to', { label: 'Priority', numeric: true }, { label: 'Methods', numeric: true }]} busy={zones.isFetching}>
              {list.map((zone) => {
                const narrowing = narrowingSummary(zone.regions, zone.postcodePatterns);
                return (
                  <tr key={zone.id}>
                    <RowHeader to={adminPaths.shippingZone(zone.id)} title={zone.name} detail={countriesSummary(zone.countries)} />
                    <td>
                      <ul className="admin-chips" aria-label={`Countries of ${zone.name}`}>
                        {zone.countries.map((country) => (
                          <li key={country} className="admin-chip">
                            {country}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{narrowing || <span className="admin-muted">Whole countries</span>}</td>
                    <td className="admin-table__number">{zone.priority ?? 0}</td>
                    <td className="admin-table__number">{zone.methods.length}</td>
                  </tr>
                );
              })}
            </ListTable>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
