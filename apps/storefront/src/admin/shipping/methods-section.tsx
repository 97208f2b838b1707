import { Badge, Button, EmptyState } from '@emporium/ui';
import { useState } from 'react';
import { AdminSection } from '../components/admin-page';
import { DeleteMethodDialog } from './delete-method-dialog';
import { MethodDialog } from './method-dialog';
import { freeFromSummary, pricingSummary, transitLabel } from './pricing-summary';
import type { StaffMethod, StaffZone } from './shipping-types';

type Opened = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly method: StaffMethod; readonly index: number } | { readonly kind: 'delete'; readonly method: StaffMethod };

/** The zone's methods in the order checkout lists them, each edited in a dialog. */
export function MethodsSection({ zone }: { readonly zone: StaffZone }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const close = () => setOpened(null);
  return (
    <AdminSection
      title="Shipping methods"
      description={<p>What an address in this zone can choose at checkout, cheapest first. Prices are per currency; nothing is converted.</p>}
      actions={
        <Button variant="secondary" size="sm" onClick={() => setOpened({ kind: 'new' })}>
          Add method
        </Button>
      }
    >
      {zone.methods.length === 0 ? (
        <EmptyState title="No methods yet" headingLevel={3}>
          <p>Addresses in this zone get no shipping options until it has an active method.</p>
        </EmptyState>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table admin-table--compact">
            <caption className="ui-visually-hidden">Shipping methods of {zone.name}</caption>
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">Service</th>
                <th scope="col">Price</th>
                <th scope="col">Free from</th>
                <th scope="col">Transit</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="ui-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {zone.methods.map((method, index) => (
                <tr key={method.id}>
                  <th scope="row">{method.name}</th>
                  <td>
                    <code className="admin-code">{method.service}</code>
                  </td>
                  <td>{pricingSummary(method.pricing)}</td>
                  <td className="admin-nowrap">{freeFromSummary(method.freeFrom)}</td>
                  <td className="admin-nowrap">{transitLabel(method.minDays, method.maxDays)}</td>
                  <td>{method.active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Off</Badge>}</td>
                  <td className="admin-table__actions">
                    <div className="admin-button-row admin-button-row--end">
                      <Button variant="ghost" size="sm" onClick={() => setOpened({ kind: 'edit', method, index })}>
                        Edit<span className="ui-visually-hidden"> {method.name}</span>
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => setOpened({ kind: 'delete', method })}>
                        Delete<span className="ui-visually-hidden"> {method.name}</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MethodDialog
        open={opened?.kind === 'new' || opened?.kind === 'edit'}
        zone={zone}
        method={opened?.kind === 'edit' ? opened.method : undefined}
        position={opened?.kind === 'edit' ? opened.index : zone.methods.length}
        onClose={close}
      />
      <DeleteMethodDialog method={opened?.kind === 'delete' ? opened.method : null} onClose={close} />
    </AdminSection>
  );
}
