import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffOption, StaffProduct } from '../admin-types';
import { AdminSection } from '../components/admin-page';
import { ProblemAlert, SubmitProblems } from '../components/problems';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { optionValueRows } from './product-form';
import { useProductEdits } from './use-product-edits';

/** The ways variants differ (Size, Colour) and their values, in the order shoppers see them. */
export function ProductOptionsSection({ product }: { readonly product: StaffProduct }) {
  return (
    <AdminSection
      title="Options"
      description={<p>Options are what shoppers choose between, such as Size or Colour. Each variant has one value of every option.</p>}
    >
      {product.options.length === 0 && <p className="admin-muted">This product has no options: it is sold as one variant or several without choices.</p>}
      {product.options.map((option) => (
        <OptionEditor key={JSON.stringify(option)} option={option} />
      ))}
      <AddOptionForm productId={product.id} />
    </AdminSection>
  );
}

function OptionEditor({ option }: { readonly option: StaffOption }) {
  const [name, setName] = useState(option.name);
  const [values, setValues] = useState<Array<{ id?: string; value: string }>>(() => option.values.map(({ id, value }) => ({ id, value })));
  const edits = useProductEdits();
  const rename = trpc.catalog.admin.options.rename.useMutation({ onSuccess: () => edits.saved(`Option renamed to ${name.trim()}.`) });
  const setOptionValues = trpc.catalog.admin.options.setValues.useMutation({ onSuccess: () => edits.saved(`Values of ${option.name} saved.`) });
  const remove = trpc.catalog.admin.options.remove.useMutation({ onSuccess: () => edits.saved(`Option ${option.name} removed.`), onError: edits.failed });
  const valueProblems = fieldMessages(fieldProblems(setOptionValues.error), (path) => (/^values\.\d+/.test(path) ? path.split('.').slice(0, 2).join('.') : null));
  const valuesChanged = JSON.stringify(optionValueRows(values)) !== JSON.stringify(option.values.map(({ id, value }) => ({ id, value })));

  function saveName(event: FormEvent) {
    event.preventDefault();
    if (name.trim() && name.trim() !== option.name) rename.mutate({ id: option.id, name: name.trim() });
  }

  return (
    <fieldset className="admin-fieldset admin-option">
      <legend>Option: {option.name}</legend>
      <form className="admin-inline-form" onSubmit={saveName} noValidate>
        <TextField label="Option name" value={name} onChange={(event) => setName(event.target.value)} error={fieldProblems(rename.error)[0]?.message} />
        <Button type="submit" variant="secondary" size="sm" loading={rename.isPending} disabled={!name.trim() || name.trim() === option.name}>
          Rename
        </Button>
      </form>
      {fieldProblems(rename.error).length === 0 && <ProblemAlert error={rename.error} />}

      <ol className="admin-value-list" aria-label={`Values of ${option.name}`}>
        {values.map((row, index) => (
          <li key={row.id ?? `new-${index}`} className="admin-value-list__item">
            <TextField
              label={`${option.name} value ${index + 1}`}
              hideLabel
              value={row.value}
              onChange={(event) => setValues((current) => current.map((item, at) => (at === index ? { ...item, value: event.target.value } : item)))}
              error={valueProblems.byField[`values.${index}`]}
            />
            <Button variant="ghost" size="sm" aria-label={`Remove value ${row.value || index + 1}`} onClick={() => setValues((current) => current.filter((_, at) => at !== index))}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <SubmitProblems error={setOptionValues.error} unclaimed={valueProblems.unclaimed} />
      <div className="admin-button-row">
        <Button variant="secondary" size="sm" onClick={() => setValues((current) => [...current, { value: '' }])}>
          Add value
        </Button>
        <Button size="sm" loading={setOptionValues.isPending} disabled={!valuesChanged || optionValueRows(values).length === 0} onClick={() => setOptionValues.mutate({ id: option.id, values: optionValueRows(values) })}>
          Save values
        </Button>
        <Button
          variant="ghost"
          size="sm"
          loading={remove.isPending}
          onClick={() => {
            if (window.confirm(`Remove the option “${option.name}” from this product and all its variants?`)) remove.mutate({ id: option.id });
          }}
        >
          Remove option
        </Button>
      </div>
    </fieldset>
  );
}

function AddOptionForm({ productId }: { readonly productId: string }) {
  const [name, setName] = useState('');
  const [values, setValues] = useState('');
  const edits = useProductEdits();
  const add = trpc.catalog.admin.options.add.useMutation({
    onSuccess: async () => {
      await edits.saved(`Option ${name.trim()} added; existing variants took its first value.`);
      setName('');
      setValues('');
    },
  });
  const problems = fieldMessages(fieldProblems(add.error), (path) => (path === 'name' ? 'name' : path.startsWith('values') ? 'values' : null));
  const list = values
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() && list.length > 0) add.mutate({ productId, name: name.trim(), values: list });
  }

  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label="Add an option">
      <h3 className="admin-add-form__title">Add an option</h3>
      <div className="admin-form__row">
        <TextField label="Name" placeholder="Size" value={name} onChange={(event) => setName(event.target.value)} error={problems.byField['name']} />
        <TextField label="Values" placeholder="S, M, L" hint="Separated by commas." value={values} onChange={(event) => setValues(event.target.value)} error={problems.byField['values']} />
      </div>
      <SubmitProblems error={add.error} unclaimed={problems.unclaimed} />
      <Button type="submit" variant="secondary" loading={add.isPending} disabled={!name.trim() || list.length === 0}>
        Add option
      </Button>
    </form>
  );
}
