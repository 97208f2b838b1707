import { createContext, use } from 'react';
import { type ToastTone } from './toast-queue';

export interface ShowToastOptions {
  readonly tone?: ToastTone;
  /** Milliseconds; null keeps the toast until it is dismissed. Errors stay by default so they are not missed. */
  readonly duration?: number | null;
}

export interface ToastApi {
  readonly show: (message: string, options?: ShowToastOptions) => void;
  readonly dismiss: (id: number) => void;
}

export const ToastContext = createContext<ToastApi | null>(null);

/** Shows short messages ("Added to cart") to everyone: painted in a corner and announced by screen readers. */
export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast must be called inside a <ToastProvider>.');
  return api;
}
