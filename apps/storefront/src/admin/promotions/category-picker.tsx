import { Checkbox, SkeletonText, TextField } from '@emporium/ui';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { filterTree, trailLabel, trailsById } from '../categories/category-tree';
import { LoadError } from '../components/problems';
import { RemovableChips } from './removable-chips';

export interface CategoryPickerProps {
  readonly chosen: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
  readonly error?: string;
}

/** Categories the promotion is limited to, ticked in the shop's tree (with a filter for big trees). */
export function CategoryPicker({ chosen, onChange, error }: CategoryPickerProps) {
  const tree = trpc.catalog.categories.tree.useQuery();
  const [filter, setFilter] = useState('');
  const chosenSet = new Set(chosen);

  function toggle(id: string, on: boolean) {
    onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  }

  if (tree.isPending) return <SkeletonText lines={4} />;
  if (tree.isError) return <LoadError error={tree.error} onRetry={() => void tree.refetch()} retrying={tree.isFetching} />;

  const trails = trailsById(tree.data);
  const visible = filterTree(tree.data, filter);
  return (
    <fieldset className="admin-fieldset">
      <legend>Categories</legend>
      {chosen.length > 0 ? (
        <RemovableChips label="Chosen categories" chips={chosen.map((id) => ({ id, label: trails.get(id) ?? 'A deleted category' }))} onRemove={(id) => toggle(id, false)} />
      ) : (
        <p className="admin-muted">No category chosen.</p>
      )}
      <TextField label="Filter categories" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      <div className="admin-category-picker" role="group" aria-label="Categories to choose from">
        {visible.length === 0 && <p className="admin-muted">No category matches.</p>}
        {visible.map((entry) => (
          <div key={entry.node.id} className="admin-category-picker__item" style={{ paddingInlineStart: `${entry.depth * 1.25}rem` }}>
            <Checkbox
              label={entry.node.name}
              aria-label={trailLabel(entry.trail)}
              checked={chosenSet.has(entry.node.id)}
              onChange={(event) => toggle(entry.node.id, event.target.checked)}
            />
          </div>
        ))}
      </div>
      {error && <p className="ui-field__error">{error}</p>}
    </fieldset>
  );
}
