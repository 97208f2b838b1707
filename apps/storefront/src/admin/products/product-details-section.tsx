import { Button, TextField } from '@emporium/ui';
import { SUGGESTED_TAX_CLASSES } from '@emporium/catalog-domain';
import { type FormEvent, useId, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffProduct } from '../admin-types';
import { AdminSection } from '../components/admin-page';
import { SubmitProblems } from '../components/problems';
import { TextAreaField } from '../components/text-area-field';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { hasChanges } from '../lib/form-state';
import { type DetailsDraft, detailsDraft, detailsUpdate } from './product-form';
import { useProductEdits } from './use-product-edits';
import { BrandField } from './brand-field';

const FIELDS = new Set(['title', 'slug', 'description', 'brand', 'taxClass', 'seoTitle', 'seoDescription']);

/** Title, slug, description, brand, tax class and the search-engine fields; saves only what changed. */
export function ProductDetailsSection({ product }: { readonly product: StaffProduct }) {
  const initial = detailsDraft(product);
  const [draft, setDraft] = useState<DetailsDraft>(initial);
  const edits = useProductEdits();
  const update = trpc.catalog.admin.products.update.useMutation({ onSuccess: () => edits.saved('Product details saved.') });
  const changes = detailsUpdate(initial, draft);
  const problems = fieldMessages(fieldProblems(update.error), (path) => (FIELDS.has(path) ? path : null));
  const errorOf = (field: keyof DetailsDraft) => problems.byField[field];
  const taxClassListId = useId();

  function set(field: keyof DetailsDraft, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (hasChanges(changes)) update.mutate({ id: product.id, ...changes });
  }

  return (
    <AdminSection title="Details">
      <form className="admin-form" onSubmit={save} noValidate>
        <TextField label="Title" required value={draft.title} onChange={(event) => set('title', event.target.value)} error={errorOf('title')} />
        <TextField
          label="Slug"
          required
          value={draft.slug}
          onChange={(event) => set('slug', event.target.value)}
          error={errorOf('slug')}
          hint="The product’s address in the shop: lower-case letters, digits and hyphens. Changing it breaks old links."
        />
        <TextAreaField label="Description" rows={6} value={draft.description} onChange={(event) => set('description', event.target.value)} error={errorOf('description')} />
        <BrandField value={draft.brand} onChange={(slug) => set('brand', slug)} error={errorOf('brand')} />
        <TextField
          label="Tax class"
          value={draft.taxClass}
          list={taxClassListId}
          autoComplete="off"
          onChange={(event) => set('taxClass', event.target.value)}
          error={errorOf('taxClass')}
          hint="Rates per class are set under Tax"
        />
        <datalist id={taxClassListId}>
          {SUGGESTED_TAX_CLASSES.map((taxClass) => (
            <option key={taxClass} value={taxClass} />
          ))}
        </datalist>
        <fieldset className="admin-fieldset">
          <legend>Search engines</legend>
          <TextField label="SEO title" value={draft.seoTitle} onChange={(event) => set('seoTitle', event.target.value)} error={errorOf('seoTitle')} hint="Leave empty to use the title." />
          <TextAreaField
            label="SEO description"
            rows={3}
            value={draft.seoDescription}
            onChange={(event) => set('seoDescription', event.target.value)}
            error={errorOf('seoDescription')}
          />
        </fieldset>
        <SubmitProblems error={update.error} unclaimed={problems.unclaimed} />
        <div className="admin-button-row">
          <Button type="submit" loading={update.isPending} disabled={!hasChanges(changes)}>
            Save details
          </Button>
          {hasChanges(changes) && (
            <Button variant="ghost" onClick={() => { setDraft(initial); update.reset(); }}>
              Discard changes
            </Button>
          )}
        </div>
      </form>
    </AdminSection>
  );
}
