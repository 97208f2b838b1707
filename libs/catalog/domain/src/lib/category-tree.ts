import type { Check } from './result';

/** A category as stored: a flat row pointing at its parent. Roots have `parentId: null`. */
export interface Category {
  readonly id: string;
  readonly parentId: string | null;
  readonly slug: string;
  readonly name: string;
  /** Order among siblings, smallest first; ties are broken by name. */
  readonly position: number;
}

export interface CategoryNode extends Category {
  readonly children: readonly CategoryNode[];
}

export type CategoryMoveError = { readonly type: 'WouldCreateCycle' } | { readonly type: 'UnknownCategory'; readonly id: string };

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function siblingOrder(a: Category, b: Category): number {
  return a.position - b.position || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The categories by id with the parent each one effectively has. The rows should already form a forest (the
 * service checks every move with `validateMove`), but a tree built from bad rows must still show every category
 * exactly once and never loop: a category whose parent is missing is treated as a root, and a cycle is broken at
 * its category with the smallest id. With duplicate ids the first row wins.
 */
function indexCategories(flat: readonly Category[]): { byId: Map<string, Category>; parentOf: Map<string, string | null> } {
  const byId = new Map<string, Category>();
  for (const category of flat) if (!byId.has(category.id)) byId.set(category.id, category);

  const parentOf = new Map<string, string | null>();
  const settled = new Set<string>();
  for (const id of [...byId.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = id;
    while (current !== null && !settled.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      const parentId: string | null = byId.get(current)?.parentId ?? null;
      current = parentId !== null && byId.has(parentId) ? parentId : null;
    }
    if (current !== null && onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      const breakAt = cycle.reduce((smallest, candidate) => (candidate < smallest ? candidate : smallest));
      parentOf.set(breakAt, null);
    }
    for (const step of path) {
      if (parentOf.has(step)) continue;
      const parentId = byId.get(step)?.parentId ?? null;
      parentOf.set(step, parentId !== null && byId.has(parentId) ? parentId : null);
    }
    for (const step of path) settled.add(step);
  }
  return { byId, parentOf };
}

function childrenIndex(byId: Map<string, Category>, parentOf: Map<string, string | null>): Map<string | null, Category[]> {
  const children = new Map<string | null, Category[]>();
  for (const category of byId.values()) {
    const parentId = parentOf.get(category.id) ?? null;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(category);
    else children.set(parentId, [category]);
  }
  for (const siblings of children.values()) siblings.sort(siblingOrder);
  return children;
}

/** The category tree: roots and each level of children ordered by position, then name. */
export function buildCategoryTree(flat: readonly Category[]): CategoryNode[] {
  const { byId, parentOf } = indexCategories(flat);
  const children = childrenIndex(byId, parentOf);
  const build = (category: Category): CategoryNode => ({
    ...category,
    parentId: parentOf.get(category.id) ?? null,
    children: (children.get(category.id) ?? []).map(build),
  });
  return (children.get(null) ?? []).map(build);
}

/**
 * The category and everything below it — what a category listing shows products from. Depth-first, in tree
 * order; empty when the category is unknown.
 */
export function descendantIds(flat: readonly Category[], id: string): string[] {
  const { byId, parentOf } = indexCategories(flat);
  if (!byId.has(id)) return [];
  const children = childrenIndex(byId, parentOf);
  const ids: string[] = [];
  const visit = (categoryId: string): void => {
    ids.push(categoryId);
    for (const child of children.get(categoryId) ?? []) visit(child.id);
  };
  visit(id);
  return ids;
}

/**
 * The categories above this one, root first, not including the category itself — a breadcrumb is
 * `[...ancestorsOf(flat, id), category]`. Empty for a root or an unknown category.
 */
export function ancestorsOf(flat: readonly Category[], id: string): Category[] {
  const { byId, parentOf } = indexCategories(flat);
  const ancestors: Category[] = [];
  let parentId = parentOf.get(id) ?? null;
  while (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent) break;
    ancestors.unshift(parent);
    parentId = parentOf.get(parentId) ?? null;
  }
  return ancestors;
}

/** The slugs from the root down to this category, joined by '/': 'clothing/tops/t-shirts'. Null when unknown. */
export function categoryPath(flat: readonly Category[], id: string): string | null {
  const category = flat.find((candidate) => candidate.id === id);
  if (!category) return null;
  return [...ancestorsOf(flat, id), category].map((step) => step.slug).join('/');
}

/**
 * Whether a category may be moved under `newParentId` (null: make it a root). Moving a category under itself or
 * under one of its own descendants would cut that branch off the tree, so it is refused.
 */
export function validateMove(flat: readonly Category[], id: string, newParentId: string | null): Check<CategoryMoveError> {
  const { byId } = indexCategories(flat);
  if (!byId.has(id)) return { ok: false, error: { type: 'UnknownCategory', id } };
  if (newParentId === null) return { ok: true };
  if (!byId.has(newParentId)) return { ok: false, error: { type: 'UnknownCategory', id: newParentId } };
  if (descendantIds(flat, id).includes(newParentId)) return { ok: false, error: { type: 'WouldCreateCycle' } };
  return { ok: true };
}
