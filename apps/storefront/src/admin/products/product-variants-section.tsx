import { Badge, Button, formatMoney, TextField } from '@emporium/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffProduct, StaffVariant } from '../admin-types';
import { AdminSection } from '../components/admin-page';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { parseAmount, parseOptionalAmount } from '../lib/money-input';
import { optionSummary, type VariantDraft, variantDraft, variantUpdate, variantValues } from './product-form';
import { useProductEdits } from './use-product-edits';
import { VariantFields } from './variant-fields';
import { VariantPrices } from './variant-prices';

/** Server paths of a variant edit as form fields. */
const variantField = (path: string) => (['sku', 'barcode', 'weightGrams', 'optionValues', 'prices'].includes(path) || path.startsWith('optionValues.') ? path : null);

/** The sellable versions of the product: SKU, option values, prices, status; each editable in place. */
export function ProductVariantsSection({ product }: { readonly product: StaffProduct }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const editingVariant = product.variants.find((variant) => variant.id === editing);
  return (
    <AdminSection
      title="Variants"
      actions={
        !adding && (
          <Button variant="secondary" size="sm" onClick={() => setAdding(true)}>
            Add variant
          </Button>
        )
      }
    >
      <div className="admin-table-wrap">
        <table className="admin-table">
          <caption className="ui-visually-hidden">Variants of {product.title}</caption>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Options</th>
              <th scope="col">Prices</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {product.variants.map((variant) => (
              <tr key={variant.id} className={editing === variant.id ? 'is-editing' : undefined}>
                <th scope="row">
                  <code>{variant.sku}</code>
                </th>
                <td>{optionSummary(variant.optionValues)}</td>
                <td>
                  {variant.prices.length === 0 ? (
                    <Badge tone="danger">No price</Badge>
                  ) : (
                    <ul className="admin-plain-list">
                      {variant.prices.map((price) => (
                        <li key={price.currency}>
                          {formatMoney(price.amount, price.currency)}
                          {price.compareAtAmount !== null && <s className="admin-muted"> {formatMoney(price.compareAtAmount, price.currency)}</s>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <Badge tone={variant.status === 'active' ? 'success' : 'neutral'}>{variant.status === 'active' ? 'Active' : 'Archived'}</Badge>
                  {!variant.inStock && <span className="admin-table__secondary">Out of stock</span>}
                </td>
                <td className="admin-table__actions">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-expanded={editing === variant.id}
                    aria-controls={editing === variant.id ? 'variant-editor' : undefined}
                    onClick={() => setEditing((current) => (current === variant.id ? null : variant.id))}
                  >
                    {editing === variant.id ? 'Close' : 'Edit'}
                    <span className="ui-visually-hidden"> {variant.sku}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Below the table rather than in a row of it: on a phone the table scrolls sideways, the editor must not. */}
      {editingVariant && (
        <VariantEditor
          key={JSON.stringify([editingVariant.id, editingVariant.sku, editingVariant.barcode, editingVariant.weightGrams, editingVariant.optionValues])}
          product={product}
          variant={editingVariant}
          onClose={() => setEditing(null)}
        />
      )}
      {adding && <AddVariantForm product={product} onDone={() => setAdding(false)} />}
    </AdminSection>
  );
}

function VariantEditor({ product, variant, onClose }: { readonly product: StaffProduct; readonly variant: StaffVariant; readonly onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening the editor takes keyboard and screen-reader users to it (it appears below the table, not at the button).
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const optionNames = product.options.map((option) => option.name);
  const initial = variantDraft(variant);
  const [draft, setDraft] = useState<VariantDraft>(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const edits = useProductEdits();
  const update = trpc.catalog.admin.variants.update.useMutation({ onSuccess: () => edits.saved(`Variant ${draft.sku.trim()} saved.`) });
  const setStatus = trpc.catalog.admin.variants.setStatus.useMutation({
    onSuccess: (_result, input) => edits.saved(`Variant ${variant.sku} ${input.status === 'active' ? 'restored' : 'archived'}.`),
    onError: edits.failed,
  });
  const server = fieldMessages(fieldProblems(update.error), variantField);

  function save(event: FormEvent) {
    event.preventDefault();
    const values = variantValues(draft, optionNames);
    if (!values.ok) {
      setLocal(values.problems);
      return;
    }
    setLocal({});
    const changes = variantUpdate(initial, values.value, optionNames);
    if (Object.keys(changes).length > 0) update.mutate({ id: variant.id, ...changes });
  }

  return (
    <div className="admin-variant-editor" id="variant-editor" role="group" aria-label={`Edit variant ${variant.sku}`}>
      <div className="admin-variant-editor__head">
        <h3 ref={headingRef} tabIndex={-1} className="admin-add-form__title">
          Edit variant {variant.sku}
        </h3>
        <Button variant="ghost" size="sm" onClick={onClose}>
          Close<span className="ui-visually-hidden"> the editor of {variant.sku}</span>
        </Button>
      </div>
      <form className="admin-form" onSubmit={save} noValidate>
        <VariantFields draft={draft} onChange={setDraft} options={product.options} errors={{ ...server.byField, ...local }} />
        <SubmitProblems error={update.error} unclaimed={server.unclaimed} />
        <div className="admin-button-row">
          <Button type="submit" size="sm" loading={update.isPending}>
            Save variant
          </Button>
          <Button
            variant="secondary"
            size="sm"
            loading={setStatus.isPending}
            onClick={() => setStatus.mutate({ id: variant.id, status: variant.status === 'active' ? 'archived' : 'active' })}
          >
            {variant.status === 'active' ? 'Archive variant' : 'Restore variant'}
          </Button>
        </div>
      </form>
      <VariantPrices variant={variant} />
    </div>
  );
}

function AddVariantForm({ product, onDone }: { readonly product: StaffProduct; readonly onDone: () => void }) {
  const optionNames = product.options.map((option) => option.name);
  const [draft, setDraft] = useState<VariantDraft>(() => variantDraft());
  const [price, setPrice] = useState('');
  const [compareAt, setCompareAt] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const edits = useProductEdits();
  const create = trpc.catalog.admin.variants.create.useMutation({
    onSuccess: async () => {
      await edits.saved(`Variant ${draft.sku.trim()} added.`);
      onDone();
    },
  });
  const server = fieldMessages(fieldProblems(create.error), (path) => variantField(path) ?? (path.startsWith('prices') ? 'prices' : null));

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = variantValues(draft, optionNames);
    const problems: Record<string, string> = values.ok ? {} : { ...values.problems };
    const amount = price.trim() ? parseAmount(price, 'USD') : null;
    const was = parseOptionalAmount(compareAt, 'USD');
    if (amount && !amount.ok) problems['price'] = amount.message;
    if (!was.ok) problems['compareAt'] = was.message;
    if (amount?.ok && was.ok && was.amount !== null && was.amount <= amount.amount) problems['compareAt'] = 'Must be above the price';
    if (!amount && was.ok && was.amount !== null) problems['price'] = 'Enter the price too';
    setLocal(problems);
    if (!values.ok || Object.keys(problems).length > 0) return;
    const prices = amount?.ok ? [{ currency: 'USD', amount: amount.amount, compareAtAmount: was.ok ? was.amount : null }] : [];
    create.mutate({ productId: product.id, ...values.value, prices });
  }

  const errors = { ...server.byField, ...local };
  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label="Add a variant">
      <h3 className="admin-add-form__title">Add a variant</h3>
      <VariantFields draft={draft} onChange={setDraft} options={product.options} errors={errors} />
      <div className="admin-form__grid">
        <TextFieldMoney label="Price (USD)" value={price} onChange={setPrice} error={errors['price'] ?? errors['prices']} hint={product.status === 'active' ? 'Required: the product is live.' : 'Optional while the product is a draft.'} />
        <TextFieldMoney label="Compare-at price (USD)" value={compareAt} onChange={setCompareAt} error={errors['compareAt']} hint="Optional “was” price." />
      </div>
      <SubmitProblems error={create.error} unclaimed={server.unclaimed} />
      <SubmitOrCancel label="Add variant" loading={create.isPending} onCancel={onDone} />
    </form>
  );
}

function TextFieldMoney({ label, value, onChange, error, hint }: { readonly label: string; readonly value: string; readonly onChange: (value: string) => void; readonly error?: string; readonly hint?: string }) {
  return <TextField label={label} inputMode="decimal" value={value} onChange={(event) => onChange(event.target.value)} error={error} hint={hint} />;
}
