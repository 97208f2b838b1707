import { type ReactNode, useCallback, useMemo, useReducer } from 'react';
import { type ShowToastOptions, ToastContext } from './toast-context';
import { ToastItem } from './toast-item';
import { emptyToastQueue, toastQueueReducer } from './toast-queue';

const DEFAULT_DURATION_MS = 5000;

/** Holds the toasts of the page and renders them; `useToast()` shows one from anywhere below. */
export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [queue, dispatch] = useReducer(toastQueueReducer, emptyToastQueue);
  const dismiss = useCallback((id: number) => dispatch({ type: 'dismiss', id }), []);
  const show = useCallback((message: string, { tone = 'info', duration }: ShowToastOptions = {}) => {
    const lasting = duration === undefined ? (tone === 'error' ? null : DEFAULT_DURATION_MS) : duration;
    dispatch({ type: 'show', message, tone, duration: lasting });
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      {/* Always in the page: screen readers announce changes only to a live region they already know about. */}
      <section className="ui-toasts" aria-label="Notifications">
        <ol className="ui-toasts__list" aria-live="polite" aria-relevant="additions text">
          {queue.toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
        </ol>
      </section>
    </ToastContext>
  );
}
