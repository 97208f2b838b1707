import { Button, Dialog } from '@emporium/ui';
import { useId } from 'react';
import { trpc } from '../../trpc';
import { ProblemAlert } from '../components/problems';
import type { TaxRegion } from './tax-types';
import { useTaxEdits } from './use-tax-edits';

/** Asks before a region's rates go: carts there are then taxed at their country's rates, or not at all. */
export function DeleteRegionDialog({ region, onClose }: { readonly region: TaxRegion | null; readonly onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog
      open={region !== null}
      className="admin-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {region && <DeleteRegion key={region.id} region={region} titleId={titleId} onClose={onClose} />}
    </Dialog>
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
      <ProblemAlert error={remove.error} title="The region was not deleted" />
      <div className="admin-button-row">
        <Button loading={remove.isPending} onClick={() => remove.mutate({ id: region.id })}>
          Delete region
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </>
  );
}
