import { Button, Dialog } from '@emporium/ui';
import { type ReactNode, useId } from 'react';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** True while the confirmed action runs: the buttons wait, and Escape does not close. */
  readonly busy?: boolean;
  readonly children?: ReactNode;
}

/**
 * "Are you sure?" as a native modal <dialog>: it traps focus, makes the page behind inert, closes on Escape and
 * returns focus to the button that opened it. Focus starts on Cancel, the choice that loses nothing.
 */
export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onCancel, busy = false, children }: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();

  return (
    <Dialog
      open={open}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      {children && (
        <div id={bodyId} className="confirm-dialog__body">
          {children}
        </div>
      )}
      <div className="confirm-dialog__actions">
        <Button variant="secondary" onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </Button>
        <Button className="account-danger-button" onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
