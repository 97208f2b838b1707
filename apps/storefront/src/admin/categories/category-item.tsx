import { Button } from '@emporium/ui';
import { useState } from 'react';
import { countLabel } from '../../lib/count-label';
import { trpc } from '../../trpc';
import type { StaffCategoryNode } from '../admin-types';
import { ProblemAlert } from '../components/problems';
import { useFeedback } from '../lib/use-feedback';
import { CreateCategoryForm, EditCategoryForm, MoveCategoryForm } from './category-forms';

type Mode = 'view' | 'edit' | 'move' | 'add';

export interface CategoryItemProps {
  readonly node: StaffCategoryNode;
  readonly roots: readonly StaffCategoryNode[];
  /** Ids to show when filtering; null shows all. */
  readonly visible: ReadonlySet<string> | null;
  readonly depth: number;
}

/** One category in the tree with its actions, and its subcategories below it. */
export function CategoryItem({ node, roots, visible, depth }: CategoryItemProps) {
  const [mode, setMode] = useState<Mode>('view');
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const remove = trpc.catalog.admin.categories.delete.useMutation({
    onSuccess: async () => {
      await utils.catalog.invalidate();
      feedback.saved(`Category ${node.name} deleted.`);
    },
  });
  if (visible && !visible.has(node.id)) return null;
  const done = () => setMode('view');

  return (
    <li className="admin-tree__item">
      <div className="admin-tree__row" style={{ paddingInlineStart: `calc(var(--ui-space-3) + ${depth * 1.5}rem)` }}>
        <div className="admin-tree__label">
          <span className="admin-tree__name">{node.name}</span>
          <span className="admin-tree__meta">
            <code>{node.slug}</code> · {countLabel(node.productCount, 'product', 'products')}
            {node.children.length > 0 && ` · ${countLabel(node.children.length, 'subcategory', 'subcategories')}`}
          </span>
        </div>
        <div className="admin-tree__actions" role="group" aria-label={`Actions for ${node.name}`}>
          <Button variant="ghost" size="sm" aria-pressed={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
            Edit<span className="ui-visually-hidden"> {node.name}</span>
          </Button>
          <Button variant="ghost" size="sm" aria-pressed={mode === 'move'} onClick={() => setMode(mode === 'move' ? 'view' : 'move')}>
            Move<span className="ui-visually-hidden"> {node.name}</span>
          </Button>
          <Button variant="ghost" size="sm" aria-pressed={mode === 'add'} onClick={() => setMode(mode === 'add' ? 'view' : 'add')}>
            Add subcategory<span className="ui-visually-hidden"> to {node.name}</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the category “${node.name}”?`)) remove.mutate({ id: node.id });
            }}
          >
            Delete<span className="ui-visually-hidden"> {node.name}</span>
          </Button>
        </div>
      </div>
      {remove.isError && (
        <div style={{ paddingInlineStart: `${depth * 1.5}rem` }} className="admin-tree__problem">
          <ProblemAlert error={remove.error} title={`${node.name} was not deleted`} />
        </div>
      )}
      {mode !== 'view' && (
        <div className="admin-tree__panel" style={{ marginInlineStart: `${depth * 1.5}rem` }}>
          {mode === 'edit' && <EditCategoryForm node={node} onDone={done} />}
          {mode === 'move' && <MoveCategoryForm node={node} roots={roots} onDone={done} />}
          {mode === 'add' && <CreateCategoryForm roots={roots} parent={node} onDone={done} />}
        </div>
      )}
      {node.children.length > 0 && (
        <ul className="admin-tree__children" aria-label={`Subcategories of ${node.name}`}>
          {node.children.map((child) => (
            <CategoryItem key={child.id} node={child} roots={roots} visible={visible} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}
