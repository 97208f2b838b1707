import { useState } from 'react';
import { trpc } from '../../trpc';
import { saveTextFile } from '../lib/save-file';
import { useFeedback } from '../lib/use-feedback';

/** Downloads a batch's codes as the CSV the API writes; `busy` names the batch on its way. */
export function useBatchDownload() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const [busy, setBusy] = useState<string | null>(null);

  async function download(batchId: string) {
    setBusy(batchId);
    try {
      const { filename, csv } = await utils.cart.admin.promotions.codes.exportBatch.fetch({ batchId }, { staleTime: 0 });
      saveTextFile(filename, csv);
      feedback.saved(`${filename} downloaded.`);
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(null);
    }
  }

  return { busy, download: (batchId: string) => void download(batchId) };
}
