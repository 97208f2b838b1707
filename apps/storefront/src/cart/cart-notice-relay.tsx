import { useToast } from '@emporium/ui';
import { useEffect, useRef } from 'react';
import { type CartView } from './cart-types';
import { noticeToast } from './notice-toast';
import { useCart } from './use-cart';

/**
 * Tells the shopper what the cart did on its own (a capped quantity, a re-priced line, a merged guest cart): each
 * cart the cache receives — a mutation's answer or a fresh read — brings the notices of the call that made it, shown
 * once as toasts. Mounted once, in the header.
 */
export function CartNoticeRelay() {
  const toast = useToast();
  const { data } = useCart();
  const shown = useRef<CartView | undefined>(undefined);
  useEffect(() => {
    // The same object is the same answer (the query cache keeps it when nothing changed): its notices were shown.
    if (!data || data === shown.current) return;
    shown.current = data;
    for (const notice of data.notices) toast.show(notice.message, noticeToast(notice.type));
  }, [data, toast]);
  return null;
}
