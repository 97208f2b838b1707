import { Button, Dialog } from '@emporium/ui';
import { type ReactNode, useId } from 'react';

export interface FormDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** For forms with tables or several columns. */
  readonly wide?: boolean;
  readonly onClose: () => void;
  /** The form; unmounted on close, so each opening starts afresh. */
  readonly children: ReactNode;
}

/**
 * An editor in a native modal: its title, Close, and the form. Focus moves into it and returns to the button that
 * opened it when it closes (Escape, Close, or the form's own Cancel or save).
 */
export function FormDialog({ open, title, wide = false, onClose, children }: FormDialogProps) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      className={wide ? 'admin-dialog admin-dialog--wide' : 'admin-dialog'}
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
