import { Button, Dialog } from '@emporium/ui';
import { useId } from 'react';
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
  const titleId = useId();
  const title = region ? `Edit ${region.name}` : 'New tax region';
  return (
    <Dialog
      open={open}
      className="admin-dialog admin-dialog--wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <div className="admin-dialog__head">
            <h2 id={titleId} className="admin-dialog__title">
              {title}
            </h2>
            <Button variant="ghost" size="sm" onClick={onClose}>
              Close
            </Button>
          </div>
          <RegionForm key={region?.id ?? 'new'} region={region} classes={classes} title={title} onDone={onClose} />
        </>
      )}
    </Dialog>
  );
}
