import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { ConfirmActions, ConfirmDialog } from '../components/confirm-dialog';
import { adminPaths } from '../lib/admin-paths';
import type { StaffZone } from './shipping-types';
import { useShippingEdits } from './use-shipping-edits';

/** Asks before a zone goes with its methods: addresses it covered then fall to another zone, or get no shipping. */
export function DeleteZoneDialog({ zone, onClose }: { readonly zone: StaffZone | null; readonly onClose: () => void }) {
  return (
    <ConfirmDialog subject={zone} subjectKey={(subject) => subject.id} onClose={onClose}>
      {(subject, titleId) => <DeleteZone zone={subject} titleId={titleId} onClose={onClose} />}
    </ConfirmDialog>
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
      <ConfirmActions
        confirmLabel="Delete zone"
        error={remove.error}
        problemTitle="The zone was not deleted"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ id: zone.id })}
        onCancel={onClose}
      />
    </>
  );
}
