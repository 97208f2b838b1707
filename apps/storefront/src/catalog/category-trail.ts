/** A category as the tree holds it: enough to name it and find its children. */
export interface TrailNode {
  readonly slug: string;
  readonly name: string;
  readonly children: readonly TrailNode[];
}

/**
 * The categories from the top of the tree down to the one with `slug`, inclusive: the breadcrumb of a category
 * page. Empty when the tree does not hold it.
 */
export function categoryTrail(tree: readonly TrailNode[], slug: string): Array<{ readonly slug: string; readonly name: string }> {
  for (const node of tree) {
    if (node.slug === slug) return [{ slug: node.slug, name: node.name }];
    const below = categoryTrail(node.children, slug);
    if (below.length > 0) return [{ slug: node.slug, name: node.name }, ...below];
  }
  return [];
}
