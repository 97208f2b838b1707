import { Button, Dialog } from '@emporium/ui';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { ProblemAlert } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import type { StaffZone } from './shipping-types';
import { useShippingEdits } from './use-shipping-edits';

/** Asks before a zone goes with its methods: addresses it covered then fall to another zone, or get no shipping. */
export function DeleteZoneDialog({ zone, onClose }: { readonly zone: StaffZone | null; readonly onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog
      open={zone !== null}
      className="admin-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {zone && <DeleteZone key={zone.id} zone={zone} titleId={titleId} onClose={onClose} />}
    </Dialog>
  );
}

function DeleteZone({ zone, titleId, onClose }: { readonly zone: StaffZone; readonly titleId: string; readonly onClose: () => void }) {
  const edits = useShippingEdits();
  const navigate = useNavigate();
  const remove = trpc.shipping.admin.zones.delete.useMutation({
    onSuccess: async () => {
      onClose();
      await navigate(adminPaths.shipping);
      await edits.saved(`${zone.name} deleted.`);
    },
  });
  const methods = zone.methods.length;
  return (
    <>
      <h2 id={titleId} className="admin-dialog__title">
        Delete {zone.name}?
      </h2>
      <p>
        {methods === 0 ? 'It has no shipping methods.' : `Its ${methods === 1 ? 'shipping method goes' : `${methods} shipping methods go`} with it.`} Addresses it covered get
        another zone’s methods if one covers them, and no shipping at all otherwise.
      </p>
      <ProblemAlert error={remove.error} title="The zone was not deleted" />
      <div className="admin-button-row">
        <Button loading={remove.isPending} onClick={() => remove.mutate({ id: zone.id })}>
          Delete zone
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </>
  );
}
