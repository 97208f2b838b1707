import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { SubmitProblems } from '../components/problems';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { checkNewCode, type CodeDraft, codeField } from './code-inputs';
import { usePromotionEdits } from './use-promotion-edits';

const EMPTY: CodeDraft = { code: '', usageLimit: '' };

/** One code staff choose themselves (SPRING10), with its own limit or only the promotion's. */
export function AddCodeForm({ promotionId }: { readonly promotionId: string }) {
  const [draft, setDraft] = useState<CodeDraft>(EMPTY);
  const [local, setLocal] = useState<CheckProblems>({});
  const edits = usePromotionEdits();
  const create = trpc.cart.admin.promotions.codes.create.useMutation({
    onSuccess: async (code) => {
      setDraft(EMPTY);
      await edits.saved(`Code ${code.code} added.`);
    },
  });
  const problems = formProblems(local, create.error, codeField);

  function set(field: keyof CodeDraft, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const checked = checkNewCode(promotionId, draft);
    setLocal(checked.ok ? {} : checked.problems);
    if (checked.ok) create.mutate(checked.data);
  }

  return (
    <form className="admin-form admin-card" onSubmit={submit} noValidate aria-label="Add a code">
      <h3 className="admin-add-form__title">Add a code</h3>
      <div className="admin-inline-form">
        <TextField
          label="Code"
          autoCapitalize="characters"
          autoComplete="off"
          value={draft.code}
          onChange={(event) => set('code', event.target.value)}
          hint="Letters, digits, hyphens, underscores."
          error={problems.byField['code']}
        />
        <TextField
          label="Usage limit"
          inputMode="numeric"
          autoComplete="off"
          value={draft.usageLimit}
          onChange={(event) => set('usageLimit', event.target.value)}
          hint="Optional."
          error={problems.byField['usageLimit']}
        />
        <Button type="submit" variant="secondary" loading={create.isPending} className="admin-inline-form__submit">
          Add code
        </Button>
      </div>
      <SubmitProblems error={create.error} unclaimed={problems.unclaimed} title="The code was not added" />
    </form>
  );
}
