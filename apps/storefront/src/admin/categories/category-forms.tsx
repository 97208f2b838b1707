import { SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffCategoryNode } from '../admin-types';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { TextAreaField } from '../components/text-area-field';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { changedFields, hasChanges } from '../lib/form-state';
import { useFeedback } from '../lib/use-feedback';
import { suggestedSlug } from '../products/product-form';
import { flattenTree, moveTargets, trailLabel } from './category-tree';

const categoryField = (path: string) => (['slug', 'name', 'description', 'parent', 'position'].includes(path) ? path : null);

/** After any category change: the admin tree and the shop's own category queries. */
function useCategoryEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  return async (message: string) => {
    await utils.catalog.invalidate();
    feedback.saved(message);
  };
}

export function CreateCategoryForm({ roots, parent, onDone }: { readonly roots: readonly StaffCategoryNode[]; readonly parent?: StaffCategoryNode; readonly onDone: () => void }) {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const [parentSlug, setParentSlug] = useState(parent?.slug ?? '');
  const [description, setDescription] = useState('');
  const saved = useCategoryEdits();
  const create = trpc.catalog.admin.categories.create.useMutation({
    onSuccess: async () => {
      await saved(`Category ${name.trim()} created.`);
      onDone();
    },
  });
  const shownSlug = slug ?? suggestedSlug(name);
  const problems = fieldMessages(fieldProblems(create.error), categoryField);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() && shownSlug.trim()) create.mutate({ name: name.trim(), slug: shownSlug.trim(), parent: parentSlug || null, description });
  }

  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label={parent ? `New subcategory of ${parent.name}` : 'New category'}>
      <h2 className="admin-add-form__title">{parent ? `New subcategory of ${parent.name}` : 'New category'}</h2>
      <div className="admin-form__row">
        <TextField label="Name" required value={name} onChange={(event) => setName(event.target.value)} error={problems.byField['name']} autoFocus />
        <TextField label="Slug" required value={shownSlug} onChange={(event) => setSlug(event.target.value)} error={problems.byField['slug']} hint="Its address: /c/slug" />
      </div>
      {!parent && (
        <SelectField label="Parent" value={parentSlug} onChange={(event) => setParentSlug(event.target.value)}>
          <option value="">None (a top-level category)</option>
          {flattenTree(roots).map((entry) => (
            <option key={entry.node.id} value={entry.node.slug}>
              {trailLabel(entry.trail)}
            </option>
          ))}
        </SelectField>
      )}
      {problems.byField['parent'] && <p className="ui-field__error">{problems.byField['parent']}</p>}
      <TextAreaField label="Description" rows={3} value={description} onChange={(event) => setDescription(event.target.value)} error={problems.byField['description']} />
      <SubmitProblems error={create.error} unclaimed={problems.unclaimed} />
      <SubmitOrCancel label="Create category" loading={create.isPending} disabled={!name.trim()} onCancel={onDone} />
    </form>
  );
}

export function EditCategoryForm({ node, onDone }: { readonly node: StaffCategoryNode; readonly onDone: () => void }) {
  const initial = { name: node.name, slug: node.slug, description: node.description, position: String(node.position) };
  const [draft, setDraft] = useState(initial);
  const saved = useCategoryEdits();
  const update = trpc.catalog.admin.categories.update.useMutation({
    onSuccess: async () => {
      await saved(`Category ${draft.name.trim()} saved.`);
      onDone();
    },
  });
  const problems = fieldMessages(fieldProblems(update.error), categoryField);
  const changes = changedFields(initial, draft);
  const positionValid = /^\d+$/.test(draft.position.trim());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasChanges(changes) || !positionValid) return;
    update.mutate({
      id: node.id,
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.slug !== undefined ? { slug: changes.slug.trim() } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.position !== undefined ? { position: Number(changes.position) } : {}),
    });
  }

  const set = (field: keyof typeof initial, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={`Edit ${node.name}`}>
      <div className="admin-form__row">
        <TextField label="Name" value={draft.name} onChange={(event) => set('name', event.target.value)} error={problems.byField['name']} autoFocus />
        <TextField label="Slug" value={draft.slug} onChange={(event) => set('slug', event.target.value)} error={problems.byField['slug']} hint="Changing it breaks old links." />
        <TextField
          label="Position"
          inputMode="numeric"
          value={draft.position}
          onChange={(event) => set('position', event.target.value)}
          error={positionValid ? problems.byField['position'] : 'A whole number'}
          hint="Order among its siblings, smallest first."
        />
      </div>
      <TextAreaField label="Description" rows={3} value={draft.description} onChange={(event) => set('description', event.target.value)} error={problems.byField['description']} />
      <SubmitProblems error={update.error} unclaimed={problems.unclaimed} />
      <SubmitOrCancel label="Save category" loading={update.isPending} disabled={!hasChanges(changes)} onCancel={onDone} />
    </form>
  );
}

export function MoveCategoryForm({ node, roots, onDone }: { readonly node: StaffCategoryNode; readonly roots: readonly StaffCategoryNode[]; readonly onDone: () => void }) {
  const currentParent = flattenTree(roots).find((entry) => entry.node.id === node.id)?.parentId ?? null;
  const currentParentSlug = flattenTree(roots).find((entry) => entry.node.id === currentParent)?.node.slug ?? '';
  const [parent, setParent] = useState(currentParentSlug);
  const saved = useCategoryEdits();
  const move = trpc.catalog.admin.categories.move.useMutation({
    onSuccess: async () => {
      await saved(`Category ${node.name} moved.`);
      onDone();
    },
  });
  const problems = fieldMessages(fieldProblems(move.error), (path) => (path === 'parent' ? 'parent' : null));

  function submit(event: FormEvent) {
    event.preventDefault();
    move.mutate({ slug: node.slug, parent: parent || null });
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={`Move ${node.name}`}>
      <SelectField label={`Move ${node.name} (with its subcategories) under`} value={parent} onChange={(event) => setParent(event.target.value)} autoFocus>
        <option value="">Nothing: make it a top-level category</option>
        {moveTargets(roots, node.id).map((entry) => (
          <option key={entry.node.id} value={entry.node.slug}>
            {trailLabel(entry.trail)}
          </option>
        ))}
      </SelectField>
      {problems.byField['parent'] && (
        <p className="ui-field__error" role="alert">
          {problems.byField['parent']}
        </p>
      )}
      <SubmitProblems error={move.error} unclaimed={problems.unclaimed} />
      <SubmitOrCancel label="Move category" loading={move.isPending} disabled={parent === currentParentSlug} onCancel={onDone} />
    </form>
  );
}
