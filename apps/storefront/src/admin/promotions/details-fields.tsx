import { Radio, TextField } from '@emporium/ui';
import { AdminSection } from '../components/admin-page';
import { TextAreaField } from '../components/text-area-field';
import type { DraftFieldsProps } from './draft-fields';

export interface DetailsFieldsProps extends DraftFieldsProps {
  /** Codes the promotion has: one with codes cannot become automatic (the API refuses too). */
  readonly codeCount: number;
}

/** The promotion's name, a note for staff, and how a cart gets it. */
export function DetailsFields({ draft, set, problems, codeCount }: DetailsFieldsProps) {
  return (
    <AdminSection title="Details">
      <div className="admin-form">
        <TextField label="Name" required value={draft.name} onChange={(event) => set('name', event.target.value)} hint="Shoppers see it beside the discount." error={problems['name']} />
        <TextAreaField label="Description" rows={3} value={draft.description} onChange={(event) => set('description', event.target.value)} hint="Optional; for staff." error={problems['description']} />
        <fieldset className="admin-fieldset">
          <legend>How it applies</legend>
          <Radio className="admin-choice--stacked" name="trigger" label="With a coupon code" hint="Shoppers type one of its codes." checked={draft.trigger === 'code'} onChange={() => set('trigger', 'code')} />
          <Radio
            className="admin-choice--stacked"
            name="trigger"
            label="Automatically"
            hint={codeCount > 0 ? `Not while it has ${codeCount} coupon code${codeCount === 1 ? '' : 's'}.` : 'To every cart it fits.'}
            checked={draft.trigger === 'automatic'}
            disabled={codeCount > 0 && draft.trigger !== 'automatic'}
            onChange={() => set('trigger', 'automatic')}
          />
          {problems['trigger'] && <p className="ui-field__error">{problems['trigger']}</p>}
        </fieldset>
      </div>
    </AdminSection>
  );
}
