import { Button, Dialog } from '@emporium/ui';
import { type ReactNode, useId } from 'react';

/** The frame of a payment action's dialog: its title, Close, and the form (unmounted on close, so it starts afresh). */
export function PaymentDialog({ open, title, onClose, children }: { readonly open: boolean; readonly title: string; readonly onClose: () => void; readonly children: ReactNode }) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      className="admin-dialog"
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
          {children}
        </>
      )}
    </Dialog>
  );
}
