import './shipping.css';
import { Button, EmptyState } from '@emporium/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { DeleteZoneDialog } from './delete-zone-dialog';
import { MethodsSection } from './methods-section';
import { RatePreviewSection } from './rate-preview-section';
import { zoneDraft } from './zone-draft';
import { ZoneForm } from './zone-form';

const back = { to: adminPaths.shipping, label: 'Shipping' };

/** `/admin/shipping/zones/new` and `/admin/shipping/zones/:id`: a zone, its methods and a preview of the rates. */
export function ZoneEditorPage() {
  const { id } = useParams();
  if (id === undefined) {
    return (
      <AdminPage title="New shipping zone" back={back}>
        <ZoneForm />
        <p className="admin-muted admin-shipping-intro">Once the zone is created, add its shipping methods and preview the rates an address gets.</p>
      </AdminPage>
    );
  }
  return <StoredZonePage id={id} />;
}

function StoredZonePage({ id }: { readonly id: string }) {
  // The API lists zones with their methods (there are few); there is no call for one zone.
  const zones = trpc.shipping.admin.zones.list.useQuery(undefined, { staleTime: 0 });
  const [deleting, setDeleting] = useState(false);
  return (
    <Loaded query={zones}>
      {(list) => {
        const zone = list.find((candidate) => candidate.id === id);
        if (!zone) {
          return (
            <AdminPage title="Zone not found" back={back}>
              <EmptyState title="There is no shipping zone with this id" action={<Link to={adminPaths.shipping}>Back to shipping</Link>} />
            </AdminPage>
          );
        }
        return (
          <AdminPage
            title={zone.name}
            documentTitle={`Edit ${zone.name}`}
            back={back}
            actions={
              <Button variant="secondary" onClick={() => setDeleting(true)}>
                Delete zone
              </Button>
            }
          >
            <ZoneForm key={JSON.stringify(zoneDraft(zone))} zone={zone} />
            <MethodsSection zone={zone} />
            <RatePreviewSection zone={zone} />
            <DeleteZoneDialog zone={deleting ? zone : null} onClose={() => setDeleting(false)} />
          </AdminPage>
        );
      }}
    </Loaded>
  );
}
