import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffProduct } from '../admin-types';
import { AdminSection } from '../components/admin-page';
import { ProblemAlert } from '../components/problems';
import { type AttributeRow, attributesFromRows } from './product-form';
import { useProductEdits } from './use-product-edits';

/** Name–value facts shown on the product page and offered as filters ("Material: Linen"). Saved as a whole set. */
export function ProductAttributesSection({ product }: { readonly product: StaffProduct }) {
  const [rows, setRows] = useState<AttributeRow[]>(() => [...product.attributes, { name: '', value: '' }]);
  const edits = useProductEdits();
  const update = trpc.catalog.admin.products.update.useMutation({ onSuccess: () => edits.saved('Attributes saved.') });
  const { attributes, problems } = attributesFromRows(rows);
  const [showProblems, setShowProblems] = useState(false);

  function set(index: number, field: keyof AttributeRow, value: string) {
    setRows((current) => current.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  }

  function save(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (problems.size === 0) update.mutate({ id: product.id, attributes });
  }

  return (
    <AdminSection title="Attributes">
      <form className="admin-form" onSubmit={save} noValidate>
        <table className="admin-table admin-table--compact">
          <caption className="ui-visually-hidden">Attributes</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>
                  <TextField label={`Attribute ${index + 1} name`} hideLabel value={row.name} placeholder="Material" onChange={(event) => set(index, 'name', event.target.value)} error={showProblems ? problems.get(index) : undefined} />
                </td>
                <td>
                  <TextField label={`Attribute ${index + 1} value`} hideLabel value={row.value} placeholder="Linen" onChange={(event) => set(index, 'value', event.target.value)} />
                </td>
                <td>
                  <Button variant="ghost" size="sm" aria-label={`Remove attribute ${index + 1}`} onClick={() => setRows((current) => current.filter((_, at) => at !== index))}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ProblemAlert error={update.error} />
        <div className="admin-button-row">
          <Button variant="secondary" size="sm" onClick={() => setRows((current) => [...current, { name: '', value: '' }])}>
            Add attribute
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save attributes
          </Button>
        </div>
      </form>
    </AdminSection>
  );
}
