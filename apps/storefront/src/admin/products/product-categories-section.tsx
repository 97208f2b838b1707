import { Button, Checkbox, SkeletonText, TextField } from '@emporium/ui';
import { useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffProduct } from '../admin-types';
import { filterTree, trailLabel, trailsById } from '../categories/category-tree';
import { AdminSection } from '../components/admin-page';
import { LoadError, ProblemAlert } from '../components/problems';
import { useProductEdits } from './use-product-edits';

const MAX_CATEGORIES = 20;

/** The categories the product is filed under, picked from the tree (with a filter for big trees). */
export function ProductCategoriesSection({ product }: { readonly product: StaffProduct }) {
  const tree = trpc.catalog.admin.categories.tree.useQuery();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(product.categoryIds));
  const [filter, setFilter] = useState('');
  const edits = useProductEdits();
  const update = trpc.catalog.admin.products.update.useMutation({ onSuccess: () => edits.saved('Categories saved.') });
  const changed = chosen.size !== product.categoryIds.length || product.categoryIds.some((id) => !chosen.has(id));

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  if (tree.isPending) {
    return (
      <AdminSection title="Categories">
        <SkeletonText lines={4} />
      </AdminSection>
    );
  }
  if (tree.isError) {
    return (
      <AdminSection title="Categories">
        <LoadError error={tree.error} onRetry={() => void tree.refetch()} retrying={tree.isFetching} />
      </AdminSection>
    );
  }

  const trails = trailsById(tree.data);
  const visible = filterTree(tree.data, filter);
  return (
    <AdminSection title="Categories">
      {chosen.size > 0 ? (
        <ul className="admin-chips" aria-label="Chosen categories">
          {[...chosen].map((id) => (
            <li key={id} className="admin-chip">
              {trails.get(id) ?? id}
            </li>
          ))}
        </ul>
      ) : (
        <p className="admin-muted">Not in any category: shoppers find it only by search.</p>
      )}
      <TextField label="Filter categories" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      <fieldset className="admin-fieldset admin-category-picker">
        <legend className="ui-visually-hidden">Categories</legend>
        {visible.length === 0 && <p className="admin-muted">No category matches.</p>}
        {visible.map((entry) => (
          <div key={entry.node.id} className="admin-category-picker__item" style={{ paddingInlineStart: `${entry.depth * 1.25}rem` }}>
            <Checkbox
              label={entry.node.name}
              aria-label={trailLabel(entry.trail)}
              checked={chosen.has(entry.node.id)}
              disabled={!chosen.has(entry.node.id) && chosen.size >= MAX_CATEGORIES}
              onChange={(event) => toggle(entry.node.id, event.target.checked)}
            />
          </div>
        ))}
      </fieldset>
      <ProblemAlert error={update.error} />
      <Button loading={update.isPending} disabled={!changed} onClick={() => update.mutate({ id: product.id, categoryIds: [...chosen] })}>
        Save categories
      </Button>
    </AdminSection>
  );
}
