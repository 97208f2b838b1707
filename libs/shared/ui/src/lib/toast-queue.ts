export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: ToastTone;
  /** Milliseconds before it dismisses itself; null keeps it until dismissed. */
  readonly duration: number | null;
}

export interface ToastQueue {
  readonly nextId: number;
  readonly toasts: readonly Toast[];
}

export type ToastAction =
  | { readonly type: 'show'; readonly message: string; readonly tone: ToastTone; readonly duration: number | null }
  | { readonly type: 'dismiss'; readonly id: number };

/** More than a few stacked messages is noise; the oldest make way for the newest. */
export const MAX_VISIBLE_TOASTS = 3;

export const emptyToastQueue: ToastQueue = { nextId: 1, toasts: [] };

export function toastQueueReducer(queue: ToastQueue, action: ToastAction): ToastQueue {
  switch (action.type) {
    case 'show': {
      const toast: Toast = { id: queue.nextId, message: action.message, tone: action.tone, duration: action.duration };
      return { nextId: queue.nextId + 1, toasts: [...queue.toasts, toast].slice(-MAX_VISIBLE_TOASTS) };
    }
    case 'dismiss': {
      const toasts = queue.toasts.filter((toast) => toast.id !== action.id);
      return toasts.length === queue.toasts.length ? queue : { ...queue, toasts };
    }
  }
}
