import { useMemo } from 'react';
import { trpc } from '../../trpc';
import { useFeedback } from '../lib/use-feedback';

/** After any zone or method change: the shipping pages refetch (zones with their methods, previews), then a toast confirms. */
export function useShippingEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  return useMemo(
    () => ({
      saved: async (message: string) => {
        await utils.shipping.admin.invalidate();
        feedback.saved(message);
      },
      failed: feedback.failed,
    }),
    [utils, feedback],
  );
}
