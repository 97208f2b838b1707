import { FormDialog } from '../components/form-dialog';
import { RegionForm } from './region-form';
import type { TaxClass, TaxRegion } from './tax-types';

export interface RegionDialogProps {
  readonly open: boolean;
  /** The region edited; none for a new one. */
  readonly region?: TaxRegion;
  readonly classes: readonly TaxClass[];
  readonly onClose: () => void;
}

/** A region's editor in a native modal; focus returns to the button that opened it. */
export function RegionDialog({ open, region, classes, onClose }: RegionDialogProps) {
  const title = region ? `Edit ${region.name}` : 'New tax region';
  return (
    <FormDialog open={open} title={title} wide onClose={onClose}>
      <RegionForm key={region?.id ?? 'new'} region={region} classes={classes} title={title} onDone={onClose} />
    </FormDialog>
  );
}
