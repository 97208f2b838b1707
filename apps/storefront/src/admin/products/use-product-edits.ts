import { useCallback } from 'react';
import { trpc } from '../../trpc';
import { useFeedback } from '../lib/use-feedback';

/**
 * What every product edit does once the server said yes: refetch the catalog queries on screen (this editor, the
 * admin list, and the shop's own product and listing queries, so "View in shop" shows the change at once) and
 * confirm with a toast.
 */
export function useProductEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const saved = useCallback(
    async (message: string) => {
      await utils.catalog.invalidate();
      feedback.saved(message);
    },
    [utils, feedback],
  );
  return { saved, failed: feedback.failed };
}
