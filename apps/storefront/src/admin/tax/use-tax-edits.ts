import { useMemo } from 'react';
import { trpc } from '../../trpc';
import { useFeedback } from '../lib/use-feedback';

/** After any tax change: the tax page's queries refetch (classes, regions, currencies), then a toast confirms. */
export function useTaxEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  return useMemo(
    () => ({
      saved: async (message: string) => {
        await utils.cart.admin.tax.invalidate();
        feedback.saved(message);
      },
      failed: feedback.failed,
    }),
    [utils, feedback],
  );
}
