import { Button, Dialog } from '@emporium/ui';
import { useId } from 'react';

export interface CancelOrderDialogProps {
  readonly open: boolean;
  readonly orderNumber: string;
  readonly busy: boolean;
  readonly problem: string | null;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/**
 * "Cancel this order?" as a native modal: focus starts on "Keep the order", the choice that loses nothing; Escape
 * closes it unless the cancel is on its way. (Two buttons both saying "Cancel" would be a trap, hence its own words.)
 */
export function CancelOrderDialog({ open, orderNumber, busy, problem, onConfirm, onClose }: CancelOrderDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog
      open={open}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        Cancel order {orderNumber}?
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        <p>Nothing will be sent, and anything taken from your card is given back. This cannot be undone.</p>
        {problem && (
          <p className="order-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="confirm-dialog__actions">
        <Button variant="secondary" onClick={onClose} disabled={busy} autoFocus>
          Keep the order
        </Button>
        <Button className="account-danger-button" onClick={onConfirm} loading={busy}>
          Cancel the order
        </Button>
      </div>
    </Dialog>
  );
}
