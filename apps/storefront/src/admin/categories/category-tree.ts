/** Pure helpers over the category tree as the API sends it (each node with its children). */

export interface TreeNode {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly children: readonly TreeNode[];
}

export interface FlatCategory<T extends TreeNode = TreeNode> {
  readonly node: T;
  readonly depth: number;
  readonly parentId: string | null;
  /** Names from the root down to this category: the label that tells two "Accessories" apart. */
  readonly trail: readonly string[];
}

/** The tree in reading order (each category before its subcategories), with depth and the trail of names. */
export function flattenTree<T extends TreeNode>(roots: readonly T[]): FlatCategory<T>[] {
  const flat: FlatCategory<T>[] = [];
  const visit = (node: T, depth: number, parentId: string | null, trail: readonly string[]) => {
    const own = [...trail, node.name];
    flat.push({ node, depth, parentId, trail: own });
    for (const child of node.children as readonly T[]) visit(child, depth + 1, node.id, own);
  };
  for (const root of roots) visit(root, 0, null, []);
  return flat;
}

/** "Clothing › Tops › T-shirts". */
export function trailLabel(trail: readonly string[]): string {
  return trail.join(' › ');
}

/** The ids of a category and everything below it. */
export function subtreeIds(roots: readonly TreeNode[], id: string): Set<string> {
  const ids = new Set<string>();
  const collect = (node: TreeNode) => {
    ids.add(node.id);
    node.children.forEach(collect);
  };
  const find = (nodes: readonly TreeNode[]): boolean =>
    nodes.some((node) => {
      if (node.id === id) {
        collect(node);
        return true;
      }
      return find(node.children);
    });
  find(roots);
  return ids;
}

/** Where a category may be moved: anywhere except into itself or below itself (the server refuses those too). */
export function moveTargets<T extends TreeNode>(roots: readonly T[], movingId: string): FlatCategory<T>[] {
  const excluded = subtreeIds(roots, movingId);
  return flattenTree(roots).filter((entry) => !excluded.has(entry.node.id));
}

/** Each category's trail label by id, for showing a product's categories. */
export function trailsById(roots: readonly TreeNode[]): Map<string, string> {
  return new Map(flattenTree(roots).map((entry) => [entry.node.id, trailLabel(entry.trail)]));
}

/** Categories whose name or slug contains the text (any case), with the categories above them kept for context. */
export function filterTree<T extends TreeNode>(roots: readonly T[], text: string): FlatCategory<T>[] {
  const needle = text.trim().toLowerCase();
  const flat = flattenTree(roots);
  if (!needle) return flat;
  const matches = (entry: FlatCategory<T>) => entry.node.name.toLowerCase().includes(needle) || entry.node.slug.includes(needle);
  const keep = new Set<string>();
  const parents = new Map(flat.map((entry) => [entry.node.id, entry.parentId]));
  for (const entry of flat) {
    if (!matches(entry)) continue;
    let id: string | null = entry.node.id;
    while (id !== null && !keep.has(id)) {
      keep.add(id);
      id = parents.get(id) ?? null;
    }
  }
  return flat.filter((entry) => keep.has(entry.node.id));
}
