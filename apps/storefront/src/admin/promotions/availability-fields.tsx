import { Checkbox, Radio, TextField } from '@emporium/ui';
import { AdminSection } from '../components/admin-page';
import type { DraftFieldsProps } from './draft-fields';
import { MoneyByCurrency } from './money-by-currency';
import { draftCurrencies } from './promotion-draft';

/** "UTC+01:00": the clock the date fields are read on. */
function browserZone(): string {
  const minutes = -new Date().getTimezoneOffset();
  const size = Math.abs(minutes);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${zone ? `${zone}, ` : ''}UTC${minutes < 0 ? '−' : '+'}${String(Math.trunc(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}

export interface AvailabilityFieldsProps extends DraftFieldsProps {
  /** A new promotion chooses here whether it starts active; a stored one has its Activate/Deactivate button. */
  readonly showActive: boolean;
}

/** When the promotion runs, how often it may be used, the cart it needs, and whether it combines with others. */
export function AvailabilityFields({ draft, set, problems, showActive }: AvailabilityFieldsProps) {
  const zone = browserZone();
  return (
    <>
      <AdminSection title="Schedule">
        <div className="admin-form">
          <TextField label="Starts" type="datetime-local" value={draft.startsAt} onChange={(event) => set('startsAt', event.target.value)} hint={`Blank: at once. Your time (${zone}).`} error={problems['startsAt']} />
          <TextField label="Ends" type="datetime-local" value={draft.endsAt} onChange={(event) => set('endsAt', event.target.value)} hint="Blank: it does not end." error={problems['endsAt']} />
          {showActive && <Checkbox label="Active once saved" checked={draft.active} onChange={(event) => set('active', event.target.checked)} />}
        </div>
      </AdminSection>
      <AdminSection title="Limits">
        <div className="admin-form">
          {draft.trigger === 'code' ? (
            <>
              <TextField label="Total uses" inputMode="numeric" autoComplete="off" value={draft.usageLimit} onChange={(event) => set('usageLimit', event.target.value)} hint="Across all its codes; blank: no limit." error={problems['usageLimit']} />
              <TextField
                label="Uses per customer"
                inputMode="numeric"
                autoComplete="off"
                value={draft.perCustomerLimit}
                onChange={(event) => set('perCustomerLimit', event.target.value)}
                hint="Blank: no limit."
                error={problems['perCustomerLimit']}
              />
            </>
          ) : (
            <p className="admin-muted">An automatic promotion’s uses are not counted, so it has no usage limits: give it a code to limit them.</p>
          )}
          <MoneyByCurrency
            legend="Minimum subtotal"
            hint="Carts below it in their currency do not qualify; blank: no minimum."
            group="minimumSubtotal"
            currencies={draftCurrencies(draft)}
            values={draft.minimumSubtotal}
            onChange={(values) => set('minimumSubtotal', values)}
            problems={problems}
          />
          <fieldset className="admin-fieldset">
            <legend>With other promotions</legend>
            <Radio className="admin-choice--stacked" name="combinable" label="Stackable" hint="Combines with other stackable promotions." checked={draft.combinable === 'stackable'} onChange={() => set('combinable', 'stackable')} />
            <Radio className="admin-choice--stacked" name="combinable" label="Exclusive" hint="The only promotion on the order." checked={draft.combinable === 'exclusive'} onChange={() => set('combinable', 'exclusive')} />
            {problems['combinable'] && <p className="ui-field__error">{problems['combinable']}</p>}
          </fieldset>
        </div>
      </AdminSection>
    </>
  );
}
