import { trpc } from '../../trpc';
import { ConfirmActions, ConfirmDialog } from '../components/confirm-dialog';
import type { TaxRegion } from './tax-types';
import { useTaxEdits } from './use-tax-edits';

/** Asks before a region's rates go: carts there are then taxed at their country's rates, or not at all. */
export function DeleteRegionDialog({ region, onClose }: { readonly region: TaxRegion | null; readonly onClose: () => void }) {
  return (
    <ConfirmDialog subject={region} subjectKey={(subject) => subject.id} onClose={onClose}>
      {(subject, titleId) => <DeleteRegion region={subject} titleId={titleId} onClose={onClose} />}
    </ConfirmDialog>
  );
}

function DeleteRegion({ region, titleId, onClose }: { readonly region: TaxRegion; readonly titleId: string; readonly onClose: () => void }) {
  const edits = useTaxEdits();
  const remove = trpc.cart.admin.tax.deleteRegion.useMutation({
    onSuccess: async () => {
      await edits.saved(`${region.name} deleted.`);
      onClose();
    },
  });
  return (
    <>
      <h2 id={titleId} className="admin-dialog__title">
        Delete {region.name}?
      </h2>
      <p>
        {region.region === null
          ? `Its rates go. Carts going to ${region.country} are then taxed only by the rates of its regions, and not at all if it has none.`
          : `Its rates go. Carts going to ${region.country}-${region.region} are then taxed at ${region.country}’s country-wide rates, if it has any.`}
      </p>
      <ConfirmActions
        confirmLabel="Delete region"
        error={remove.error}
        problemTitle="The region was not deleted"
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ id: region.id })}
        onCancel={onClose}
      />
    </>
  );
}
