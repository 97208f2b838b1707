import { MAX_VISIBLE_TOASTS, emptyToastQueue, toastQueueReducer } from './toast-queue';

const show = (message: string) => ({ type: 'show', message, tone: 'info', duration: 5000 }) as const;

describe('toastQueueReducer', () => {
  it('gives every toast its own id, oldest first', () => {
    const queue = [show('Added to cart'), show('Saved')].reduce(toastQueueReducer, emptyToastQueue);
    expect(queue.toasts.map(({ id, message }) => ({ id, message }))).toEqual([
      { id: 1, message: 'Added to cart' },
      { id: 2, message: 'Saved' },
    ]);
  });

  it('drops the oldest toasts beyond the visible limit', () => {
    const messages = Array.from({ length: MAX_VISIBLE_TOASTS + 2 }, (_, index) => `message ${index}`);
    const queue = messages.map(show).reduce(toastQueueReducer, emptyToastQueue);
    expect(queue.toasts.map((toast) => toast.message)).toEqual(messages.slice(-MAX_VISIBLE_TOASTS));
  });

  it('dismisses one toast by id and ignores an id it no longer holds', () => {
    const queue = [show('a'), show('b')].reduce(toastQueueReducer, emptyToastQueue);
    const dismissed = toastQueueReducer(queue, { type: 'dismiss', id: 1 });
    expect(dismissed.toasts.map((toast) => toast.message)).toEqual(['b']);
    expect(toastQueueReducer(dismissed, { type: 'dismiss', id: 1 })).toBe(dismissed);
  });

  it('never reuses an id after a dismissal', () => {
    const queue = [show('a'), { type: 'dismiss', id: 1 } as const, show('b')].reduce(toastQueueReducer, emptyToastQueue);
    expect(queue.toasts.map((toast) => toast.id)).toEqual([2]);
  });
});
