import { Button, EmptyState, TextField } from '@emporium/ui';
import { useState } from 'react';
import { countLabel } from '../../lib/count-label';
import { trpc } from '../../trpc';
import type { StaffCategoryNode } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { CategoryItem } from './category-item';
import { CreateCategoryForm } from './category-forms';
import { filterTree } from './category-tree';

/** The category tree: create, rename, re-describe, move and delete categories. */
export function CategoriesPage() {
  const tree = trpc.catalog.admin.categories.tree.useQuery(undefined, { staleTime: 0 });
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);

  return (
    <AdminPage
      title="Categories"
      actions={
        !creating && (
          <Button onClick={() => setCreating(true)} disabled={!tree.isSuccess}>
            New category
          </Button>
        )
      }
    >
      {creating && tree.isSuccess && <CreateCategoryForm roots={tree.data} onDone={() => setCreating(false)} />}
      <Loaded query={tree}>
        {(roots) => {
          if (roots.length === 0) return <EmptyState title="No categories yet" action={<Button onClick={() => setCreating(true)}>Create the first category</Button>} />;
          const visible = filter.trim() ? new Set(filterTree(roots, filter).map((entry) => entry.node.id)) : null;
          return (
            <>
              <div className="admin-toolbar">
                <TextField label="Filter categories" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} hint={visible ? countLabel(visible.size, 'category shown', 'categories shown') : undefined} />
              </div>
              <ul className="admin-tree" aria-label="Category tree">
                {roots.map((node: StaffCategoryNode) => (
                  <CategoryItem key={node.id} node={node} roots={roots} visible={visible} depth={0} />
                ))}
              </ul>
            </>
          );
        }}
      </Loaded>
    </AdminPage>
  );
}
