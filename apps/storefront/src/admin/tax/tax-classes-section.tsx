import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { type CheckProblems, formProblems, withoutProblem } from '../lib/schema-check';
import { checkTaxClass, type ClassDraft } from './tax-drafts';
import { useTaxEdits } from './use-tax-edits';

/** What products and shipping are taxed as; every region gives each class its rate. */
export function TaxClassesSection({ isAdmin }: { readonly isAdmin: boolean }) {
  const classes = trpc.cart.admin.tax.classes.useQuery(undefined, { staleTime: 0 });
  const [creating, setCreating] = useState(false);
  return (
    <AdminSection
      title="Tax classes"
      description={<p>A product’s tax class picks its rate in each region.</p>}
      actions={
        isAdmin &&
        !creating && (
          <Button variant="secondary" size="sm" onClick={() => setCreating(true)}>
            New tax class
          </Button>
        )
      }
    >
      <Loaded query={classes} lines={3}>
        {(list) => (
          <div className="admin-table-wrap admin-tax-classes">
            <table className="admin-table admin-table--compact">
              <caption className="ui-visually-hidden">Tax classes</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Code</th>
                </tr>
              </thead>
              <tbody>
                {list.map((taxClass) => (
                  <tr key={taxClass.code}>
                    <th scope="row">{taxClass.name}</th>
                    <td>
                      <code className="admin-code">{taxClass.code}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      {isAdmin && creating && <TaxClassForm onDone={() => setCreating(false)} />}
    </AdminSection>
  );
}

function TaxClassForm({ onDone }: { readonly onDone: () => void }) {
  const [draft, setDraft] = useState<ClassDraft>({ code: '', name: '' });
  const [local, setLocal] = useState<CheckProblems>({});
  const edits = useTaxEdits();
  const create = trpc.cart.admin.tax.createClass.useMutation({
    onSuccess: async (created) => {
      await edits.saved(`Tax class ${created.code} created. Give it a rate in each region.`);
      onDone();
    },
  });
  const problems = formProblems(local, create.error, (path) => (path === 'code' || path === 'name' ? path : null));

  function set(field: keyof ClassDraft, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setLocal((current) => withoutProblem(current, field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const checked = checkTaxClass(draft);
    setLocal(checked.ok ? {} : checked.problems);
    if (checked.ok) create.mutate(checked.data);
  }

  return (
    <form className="admin-form admin-add-form admin-form--narrow" onSubmit={submit} noValidate aria-label="New tax class">
      <h3 className="admin-add-form__title">New tax class</h3>
      <TextField label="Code" autoComplete="off" value={draft.code} onChange={(event) => set('code', event.target.value)} hint="Like luxury: lower-case letters, digits, - and _." error={problems.byField['code']} />
      <TextField label="Name" value={draft.name} onChange={(event) => set('name', event.target.value)} error={problems.byField['name']} />
      <SubmitProblems error={create.error} unclaimed={problems.unclaimed} title="The tax class was not created" />
      <SubmitOrCancel label="Create tax class" loading={create.isPending} onCancel={onDone} />
    </form>
  );
}
