import { type ToastTone } from '@emporium/ui';

export interface Notice {
  readonly message: string;
  readonly tone: ToastTone;
}

type Listener = (notice: Notice) => void;

const listeners = new Set<Listener>();
const waiting: Notice[] = [];

/**
 * Tells the shopper something that should outlive the page it happened on ("Your account has been deleted",
 * shown on the home page it leads to). The header relays notices to the toasts; one given before it listens
 * waits for it.
 */
export function notify(message: string, tone: ToastTone = 'success'): void {
  const notice = { message, tone };
  if (listeners.size === 0) waiting.push(notice);
  for (const listener of listeners) listener(notice);
}

export function onNotice(listener: Listener): () => void {
  listeners.add(listener);
  for (const notice of waiting.splice(0)) listener(notice);
  return () => listeners.delete(listener);
}
