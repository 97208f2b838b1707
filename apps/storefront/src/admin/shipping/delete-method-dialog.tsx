import { Button, Dialog } from '@emporium/ui';
import { useId } from 'react';
import { trpc } from '../../trpc';
import { ProblemAlert } from '../components/problems';
import type { StaffMethod } from './shipping-types';
import { useShippingEdits } from './use-shipping-edits';

/** Asks before a method goes: checkout stops offering it at once. */
export function DeleteMethodDialog({ method, onClose }: { readonly method: StaffMethod | null; readonly onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog
      open={method !== null}
      className="admin-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {method && <DeleteMethod key={method.id} method={method} titleId={titleId} onClose={onClose} />}
    </Dialog>
  );
}

function DeleteMethod({ method, titleId, onClose }: { readonly method: StaffMethod; readonly titleId: string; readonly onClose: () => void }) {
  const edits = useShippingEdits();
  const remove = trpc.shipping.admin.methods.delete.useMutation({
    onSuccess: async () => {
      await edits.saved(`${method.name} deleted.`);
      onClose();
    },
  });
  return (
    <>
      <h2 id={titleId} className="admin-dialog__title">
        Delete {method.name}?
      </h2>
      <p>Checkout stops offering it at once. To stop offering it for a while, edit it and switch it off instead.</p>
      <ProblemAlert error={remove.error} title="The method was not deleted" />
      <div className="admin-button-row">
        <Button loading={remove.isPending} onClick={() => remove.mutate({ id: method.id })}>
          Delete method
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </>
  );
}
