import { FormDialog } from '../components/form-dialog';
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
  return (
    <FormDialog open={row !== null} title={row ? `Adjust ${row.sku}` : ''} onClose={onClose}>
      {row && <AdjustForm key={row.sku} row={row} locations={locations} initialLocationId={initialLocationId} onDone={onClose} onCancel={onClose} />}
    </FormDialog>
  );
}
