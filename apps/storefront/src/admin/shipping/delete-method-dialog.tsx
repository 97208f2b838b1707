import { trpc } from '../../trpc';
import { ConfirmActions, ConfirmDialog } from '../components/confirm-dialog';
import type { StaffMethod } from './shipping-types';
import { useShippingEdits } from './use-shipping-edits';

/** Asks before a method goes: checkout stops offering it at once. */
export function DeleteMethodDialog({ method, onClose }: { readonly method: StaffMethod | null; readonly onClose: () => void }) {
  return (
    <ConfirmDialog subject={method} subjectKey={(subject) => subject.id} onClose={onClose}>
      {(subject, titleId) => <DeleteMethod method={subject} titleId={titleId} onClose={onClose} />}
    </ConfirmDialog>
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
      <ConfirmActions
        confirmLabel="Delete method"
        error={remove.error}
        problemTitle="The method was not deleted"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ id: method.id })}
        onCancel={onClose}
      />
    </>
  );
}
