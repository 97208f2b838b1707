import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A button that shows a panel hanging under it (the header's mini cart): it closes on Escape (focus back on the
 * button), on a click or tap elsewhere, when focus leaves it, and on moving to another page — it is open on the
 * page it was opened on, so following one of its links (or Back) closes it without an effect.
 */
export function useDisclosure() {
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const rootProps = {
    ref: rootRef,
    onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && open) {
        setOpen(false);
        buttonRef.current?.focus();
      }
    },
    onBlur(event: FocusEvent) {
      if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
    },
  };
  return { open, setOpen, rootProps, buttonRef };
}
