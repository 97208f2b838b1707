import { Button, Dialog } from '@emporium/ui';
import { Fragment, type ReactNode, useId } from 'react';
import { ProblemAlert } from './problems';

export interface ConfirmDialogProps<T> {
  /** What the question is about; the dialog is open while it is set. */
  readonly subject: T | null;
  /** A stable key of the subject, so the body starts afresh for another one. */
  readonly subjectKey: (subject: T) => string;
  readonly onClose: () => void;
  /** The question's body for the subject: a hook-using component (its mutation lives there). */
  readonly children: (subject: T, titleId: string) => ReactNode;
}

/** An alert dialog that asks before something irreversible; Escape and Cancel close it. */
export function ConfirmDialog<T>({ subject, subjectKey, onClose, children }: ConfirmDialogProps<T>) {
  const titleId = useId();
  return (
    <Dialog
      open={subject !== null}
      className="admin-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {subject !== null && <Fragment key={subjectKey(subject)}>{children(subject, titleId)}</Fragment>}
    </Dialog>
  );
}

export interface ConfirmActionsProps {
  readonly confirmLabel: string;
  /** Shown above the buttons when the action failed. */
  readonly error: unknown;
  readonly problemTitle: string;
  readonly pending: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** The button that backs out; "Cancel" unless that would read like the action ("Cancel shipment"). */
  readonly dismissLabel?: string;
}

/** The failure, if any, then the confirming button and Cancel. */
export function ConfirmActions({ confirmLabel, error, problemTitle, pending, onConfirm, onCancel, dismissLabel = 'Cancel' }: ConfirmActionsProps) {
  return (
    <>
      <ProblemAlert error={error} title={problemTitle} />
      <div className="admin-button-row">
        <Button loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {dismissLabel}
        </Button>
      </div>
    </>
  );
}
