import { useMemo } from 'react';
import { trpc } from '../../trpc';
import { useFeedback } from '../lib/use-feedback';

/** After any promotion or code change: the promotion pages refetch (list, editor, codes, batches), then a toast confirms. */
export function usePromotionEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  return useMemo(
    () => ({
      saved: async (message: string) => {
        await utils.cart.admin.promotions.invalidate();
        feedback.saved(message);
      },
      failed: feedback.failed,
    }),
    [utils, feedback],
  );
}
