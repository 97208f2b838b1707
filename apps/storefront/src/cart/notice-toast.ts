import { type ShowToastOptions } from '@emporium/ui';

/**
 * How a cart notice is shown: a merged cart is good news; a line kept out, taken out or cut down is news the shopper
 * must not miss, so it stays until dismissed; a re-priced line is passing information. None is an error: the change
 * the shopper asked for went through.
 */
export function noticeToast(type: string): ShowToastOptions {
  switch (type) {
    case 'merged':
      return { tone: 'success' };
    case 'not_merged':
    case 'removed':
    case 'capped':
      return { tone: 'info', duration: null };
    default:
      return { tone: 'info' };
  }
}
