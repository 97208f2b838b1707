import { useMemo } from 'react';
import { trpc } from '../../trpc';
import { useFeedback } from '../lib/use-feedback';

/**
 * After any stock or location change: every inventory query shown refetches (the table row, the SKU's levels and
 * ledger, the alerts, the locations' totals), then a toast confirms.
 */
export function useStockEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  return useMemo(
    () => ({
      saved: async (message: string) => {
        await utils.inventory.admin.invalidate();
        feedback.saved(message);
      },
      failed: feedback.failed,
    }),
    [utils, feedback],
  );
}
