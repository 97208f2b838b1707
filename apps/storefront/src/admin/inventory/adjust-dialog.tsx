import { Button, Dialog } from '@emporium/ui';
import { useId } from 'react';
import type { StockLocation, StockRow } from '../admin-types';
import { AdjustForm } from './adjust-form';

export interface AdjustDialogProps {
  /** The SKU being adjusted; none closes the dialog. */
  readonly row: StockRow | null;
  readonly locations: readonly StockLocation[];
  readonly initialLocationId?: string;
  readonly onClose: () => void;
}

/**
 * The stock table's quick adjustment, in a native modal: focus moves into it and returns to the row's Adjust button
 * when it closes (Escape, Cancel, or a saved change, after which the row shows the new level).
 */
export function AdjustDialog({ row, locations, initialLocationId, onClose }: AdjustDialogProps) {
  const titleId = useId();
  return (
    <Dialog
      open={row !== null}
      className="admin-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {row && (
        <>
          <div className="admin-dialog__head">
            <h2 id={titleId} className="admin-dialog__title">
              Adjust {row.sku}
            </h2>
            <Button variant="ghost" size="sm" onClick={onClose}>
              Close
            </Button>
          </div>
          <AdjustForm key={row.sku} row={row} locations={locations} initialLocationId={initialLocationId} onDone={onClose} onCancel={onClose} />
        </>
      )}
    </Dialog>
  );
}
