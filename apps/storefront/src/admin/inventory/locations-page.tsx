import { Badge, Button, EmptyState } from '@emporium/ui';
import { useState } from 'react';
import { useCurrentUser } from '../../app/use-current-user';
import { trpc } from '../../trpc';
import type { StockLocation } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { LocationForm } from './location-form';
import { addressLine } from './stock-labels';

/**
 * Where stock is kept, in the order orders take from them. Administrators add and change locations; other staff
 * see the list (the API refuses their changes anyway).
 */
export function LocationsPage() {
  const { user } = useCurrentUser();
  const isAdmin = user?.role === 'admin';
  const locations = trpc.inventory.admin.locations.list.useQuery(undefined, { staleTime: 0 });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <AdminPage
      title="Stock locations"
      back={{ to: adminPaths.inventory, label: 'Inventory' }}
      actions={
        isAdmin &&
        !creating && (
          <Button
            onClick={() => {
              setEditing(null);
              setCreating(true);
            }}
          >
            New location
          </Button>
        )
      }
    >
      {!isAdmin && <p className="admin-page__meta">Only an administrator can add or change locations.</p>}
      <Loaded query={locations} lines={5}>
        {(list) => (
          <>
            {isAdmin && creating && <LocationForm others={list} onDone={() => setCreating(false)} />}
            {list.length === 0 ? (
              <EmptyState title="No locations yet">
                <p>{isAdmin ? 'Add the warehouses and stores stock is kept at.' : 'An administrator adds the warehouses and stores stock is kept at.'}</p>
              </EmptyState>
            ) : (
              <LocationsTable
                locations={list}
                editing={isAdmin ? editing : null}
                onEdit={
                  isAdmin
                    ? (id) => {
                        setCreating(false);
                        setEditing((current) => (current === id ? null : id));
                      }
                    : undefined
                }
              />
            )}
            {isAdmin &&
              editing !== null &&
              list
                .filter((location) => location.id === editing)
                .map((location) => (
                  <LocationForm
                    key={location.id}
                    location={location}
                    others={list.filter((other) => other.id !== location.id)}
                    onDone={() => setEditing(null)}
                  />
                ))}
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}

interface LocationsTableProps {
  readonly locations: readonly StockLocation[];
  readonly editing: string | null;
  /** Opens or closes a location's editor; none for staff who may only look. */
  readonly onEdit?: (id: string) => void;
}

function LocationsTable({ locations, editing, onEdit }: LocationsTableProps) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="ui-visually-hidden">Stock locations, in the order stock is taken from them</caption>
        <thead>
          <tr>
            <th scope="col">Location</th>
            <th scope="col" className="admin-table__number">
              Priority
            </th>
            <th scope="col">Status</th>
            <th scope="col" className="admin-table__number">
              SKUs
            </th>
            <th scope="col" className="admin-table__number">
              On hand
            </th>
            <th scope="col" className="admin-table__number">
              Reserved
            </th>
            <th scope="col">Address</th>
            {onEdit && (
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {locations.map((location) => (
            <tr key={location.id} className={editing === location.id ? 'is-editing' : undefined}>
              <th scope="row">
                <span className="admin-table__primary">{location.name}</span>
                <span className="admin-table__secondary">{location.code}</span>
              </th>
              <td className="admin-table__number">{location.priority}</td>
              <td>{location.active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Inactive</Badge>}</td>
              <td className="admin-table__number">{location.skuCount}</td>
              <td className="admin-table__number">{location.onHand}</td>
              <td className="admin-table__number">{location.reserved}</td>
              <td>{addressLine(location.address) || <span className="admin-muted">Not given</span>}</td>
              {onEdit && (
                <td className="admin-table__actions">
                  <Button variant="ghost" size="sm" aria-expanded={editing === location.id} onClick={() => onEdit(location.id)}>
                    {editing === location.id ? 'Close' : 'Edit'}
                    <span className="ui-visually-hidden"> {location.code}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
