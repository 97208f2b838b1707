import { MAX_BATCH_SIZE } from '@emporium/cart-contracts';
import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitProblems } from '../components/problems';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { type BatchDraft, checkBatch, codeField } from './code-inputs';
import type { CouponBatch } from './promotion-types';
import { useBatchDownload } from './use-batch-download';
import { usePromotionEdits } from './use-promotion-edits';

/** Many single-use codes at once (PREFIX-XXXXXXXX), then their CSV to hand them out. */
export function GenerateBatchForm({ promotionId }: { readonly promotionId: string }) {
  const [draft, setDraft] = useState<BatchDraft>({ count: '', prefix: '' });
  const [local, setLocal] = useState<CheckProblems>({});
  const [generated, setGenerated] = useState<CouponBatch | null>(null);
  const edits = usePromotionEdits();
  const downloads = useBatchDownload();
  const generate = trpc.cart.admin.promotions.codes.generateBatch.useMutation({
    onSuccess: async (batch) => {
      setGenerated(batch);
      setDraft({ count: '', prefix: '' });
      await edits.saved(`${batch.size.toLocaleString('en-US')} codes generated.`);
    },
  });
  const problems = formProblems(local, generate.error, codeField);

  function set(field: keyof BatchDraft, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    generate.reset();
    const checked = checkBatch(promotionId, draft);
    setLocal(checked.ok ? {} : checked.problems);
    if (checked.ok) {
      setGenerated(null);
      generate.mutate(checked.data);
    }
  }

  return (
    <form className="admin-form admin-card" onSubmit={submit} noValidate aria-label="Generate a batch">
      <h3 className="admin-add-form__title">Generate a batch</h3>
      <div className="admin-inline-form">
        <TextField
          label="How many codes"
          inputMode="numeric"
          autoComplete="off"
          value={draft.count}
          onChange={(event) => set('count', event.target.value)}
          hint={`Up to ${MAX_BATCH_SIZE.toLocaleString('en-US')}, each usable once.`}
          error={problems.byField['count']}
        />
        <TextField
          label="Prefix"
          autoCapitalize="characters"
          autoComplete="off"
          value={draft.prefix}
          onChange={(event) => set('prefix', event.target.value)}
          hint="Optional; up to 16 letters or digits."
          error={problems.byField['prefix']}
        />
        <Button type="submit" variant="secondary" loading={generate.isPending} className="admin-inline-form__submit">
          Generate
        </Button>
      </div>
      <SubmitProblems error={generate.error} unclaimed={problems.unclaimed} title="No codes were generated" />
      {generated && (
        <div className="admin-alert admin-alert--success" role="status">
          <p className="admin-alert__title">
            {generated.size.toLocaleString('en-US')} codes generated{generated.prefix ? ` with the prefix ${generated.prefix}` : ''}.
          </p>
          <div className="admin-button-row">
            <Button size="sm" loading={downloads.busy === generated.id} onClick={() => downloads.download(generated.id)}>
              Download CSV
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
