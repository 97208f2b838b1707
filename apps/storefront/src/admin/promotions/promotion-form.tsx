import { Button } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { SubmitProblems } from '../components/problems';
import { adminPaths } from '../lib/admin-paths';
import { type CheckProblems, formProblems } from '../lib/schema-check';
import { AvailabilityFields } from './availability-fields';
import { DetailsFields } from './details-fields';
import { DiscountFields } from './discount-fields';
import type { DraftFieldsProps } from './draft-fields';
import { EligibilityFields } from './eligibility-fields';
import { checkPromotion, newPromotionDraft, type PromotionDraft, promotionDraft, promotionField } from './promotion-draft';
import type { StaffPromotion } from './promotion-types';
import { usePromotionEdits } from './use-promotion-edits';

/**
 * A promotion's rules, new or stored, saved whole (the API replaces every field). Checked in the browser with the
 * API's schema first; the server's messages (a promotion with codes made automatic…) land at the same fields.
 */
export function PromotionForm({ promotion }: { readonly promotion?: StaffPromotion }) {
  const [draft, setDraft] = useState<PromotionDraft>(() => (promotion ? promotionDraft(promotion) : newPromotionDraft()));
  const [local, setLocal] = useState<CheckProblems>({});
  const edits = usePromotionEdits();
  const navigate = useNavigate();
  const create = trpc.cart.admin.promotions.create.useMutation({
    onSuccess: async (created) => {
      await edits.saved(`Promotion “${created.name}” created.`);
      await navigate(adminPaths.promotion(created.id));
    },
  });
  const update = trpc.cart.admin.promotions.update.useMutation({ onSuccess: (saved) => edits.saved(`Promotion “${saved.name}” saved.`) });
  const mutation = promotion ? update : create;
  const problems = formProblems(local, mutation.error, promotionField);

  const set: DraftFieldsProps['set'] = (field, value) => {
    setDraft((current) => ({ ...current, [field]: value }));
    // A changed field's messages go (with those of its parts: `amounts.USD` goes with `amounts`).
    setLocal((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field && !key.startsWith(`${field}.`))));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    const checked = checkPromotion(draft);
    if (!checked.ok) {
      setLocal(checked.problems);
      return;
    }
    setLocal({});
    // A stored promotion is switched on and off with its own button; saving keeps what is stored now.
    if (promotion) update.mutate({ id: promotion.id, fields: { ...checked.data, active: promotion.active } });
    else create.mutate(checked.data);
  }

  const fields = { draft, set, problems: problems.byField };
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={promotion ? `Edit ${promotion.name}` : 'New promotion'}>
      <div className="admin-editor">
        <div className="admin-editor__main">
          <DetailsFields {...fields} codeCount={promotion?.codeCount ?? 0} />
          <DiscountFields {...fields} />
          <EligibilityFields {...fields} />
        </div>
        <div className="admin-editor__side">
          <AvailabilityFields {...fields} showActive={!promotion} />
        </div>
      </div>
      <SubmitProblems error={mutation.error} unclaimed={problems.unclaimed} title={promotion ? 'The promotion was not saved' : 'The promotion was not created'} />
      {Object.keys(local).length > 0 && (
        <p className="ui-field__error" role="alert">
          Check the fields marked above.
        </p>
      )}
      <div className="admin-button-row">
        <Button type="submit" loading={mutation.isPending}>
          {promotion ? 'Save promotion' : 'Create promotion'}
        </Button>
      </div>
    </form>
  );
}
