import { type ComponentPropsWithoutRef, useEffect, useRef } from 'react';

export interface DialogProps extends Omit<ComponentPropsWithoutRef<'dialog'>, 'open'> {
  /** Shown as a modal while true. */
  readonly open: boolean;
}

/** Shows a <dialog> as a modal or closes it to match `open`, leaving one that already matches alone. */
export function syncModal(dialog: Pick<HTMLDialogElement, 'open' | 'showModal' | 'close'>, open: boolean): void {
  if (open && !dialog.open) dialog.showModal();
  if (!open && dialog.open) dialog.close();
}

/**
 * A native modal <dialog>, shown while `open`: the browser traps focus, makes the page behind it inert, fires
 * `onCancel` on Escape (then `onClose`, unless the cancel is prevented) and gives focus back to what opened it.
 * The `open` attribute itself is never rendered, since it would show the dialog in the page rather than as a modal.
 */
export function Dialog({ open, ...props }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current) syncModal(ref.current, open);
  }, [open]);
  return <dialog {...props} ref={ref} />;
}
