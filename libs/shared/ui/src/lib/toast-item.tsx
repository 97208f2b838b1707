import { useEffect, useState } from 'react';
import { cx } from './class-names';
import { type Toast } from './toast-queue';

export interface ToastItemProps {
  readonly toast: Toast;
  readonly onDismiss: (id: number) => void;
}

/** One message in the toast region, with its own countdown and a dismiss button. */
export function ToastItem({ toast, onDismiss }: ToastItemProps) {
  // The countdown pauses while the pointer or keyboard focus is on the toast (WCAG 2.2.1, timing adjustable).
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;

  useEffect(() => {
    if (toast.duration === null || paused) return undefined;
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.duration);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.duration, paused, onDismiss]);

  return (
    <li
      className={cx('ui-toast', `ui-toast--${toast.tone}`)}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <p className="ui-toast__message">{toast.message}</p>
      <button type="button" className="ui-toast__dismiss" onClick={() => onDismiss(toast.id)} aria-label="Dismiss notification">
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
