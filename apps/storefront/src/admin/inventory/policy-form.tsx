import { Button, Checkbox, TextField } from '@emporium/ui';
import { type FormEvent, useId, useState } from 'react';
import { trpc } from '../../trpc';
import type { StockRow } from '../admin-types';
import { SubmitProblems } from '../components/problems';
import { type CheckProblems, formProblems } from '../lib/schema-check';
import { checkPolicy, type PolicyDraft, policyDraft } from './stock-inputs';
import { useStockEdits } from './use-stock-edits';

const policyField = (path: string) => (['tracked', 'allowBackorder', 'lowStockThreshold'].includes(path) ? path : null);

/** How a SKU is stocked: whether levels are kept, whether it sells when none are free, and when it counts as low. */
export function PolicyForm({ row }: { readonly row: StockRow }) {
  const initial = policyDraft(row);
  const [draft, setDraft] = useState<PolicyDraft>(initial);
  const [local, setLocal] = useState<CheckProblems>({});
  const trackedHint = useId();
  const backorderHint = useId();
  const edits = useStockEdits();
  const save = trpc.inventory.admin.stock.setPolicy.useMutation({
    onSuccess: (policy) => edits.saved(`Stock policy of ${policy.sku} saved.`),
  });
  const problems = formProblems(local, save.error, policyField);
  const changed = draft.tracked !== initial.tracked || draft.allowBackorder !== initial.allowBackorder || draft.lowStockThreshold.trim() !== initial.lowStockThreshold;

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkPolicy(row.sku, draft);
    if (!checked.ok) {
      save.reset();
      setLocal(checked.problems);
      return;
    }
    setLocal({});
    save.mutate(checked.data);
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={`Stock policy of ${row.sku}`}>
      <div>
        <Checkbox label="Track stock" checked={draft.tracked} aria-describedby={trackedHint} onChange={(event) => setDraft({ ...draft, tracked: event.target.checked })} />
        <p id={trackedHint} className="ui-field__hint">
          Untracked SKUs always sell, whatever the levels say.
        </p>
      </div>
      <div>
        <Checkbox
          label="Allow backorders"
          checked={draft.allowBackorder}
          aria-describedby={backorderHint}
          onChange={(event) => setDraft({ ...draft, allowBackorder: event.target.checked })}
        />
        <p id={backorderHint} className="ui-field__hint">
          Keeps selling when no units are free; they ship once stock arrives.
        </p>
      </div>
      <TextField
        label="Low-stock threshold"
        inputMode="numeric"
        autoComplete="off"
        value={draft.lowStockThreshold}
        onChange={(event) => {
          setDraft({ ...draft, lowStockThreshold: event.target.value });
          setLocal({});
        }}
        hint="The SKU is low on stock, and listed under alerts, when this many units or fewer are available. 0 turns the warning off."
        error={problems.byField['lowStockThreshold']}
      />
      <SubmitProblems error={save.error} unclaimed={problems.unclaimed} title="The stock policy was not saved" />
      <div className="admin-button-row">
        <Button type="submit" loading={save.isPending} disabled={!changed}>
          Save stock policy
        </Button>
      </div>
    </form>
  );
}
