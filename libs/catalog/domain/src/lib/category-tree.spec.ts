import fc from 'fast-check';
import { ancestorsOf, buildCategoryTree, type Category, type CategoryNode, categoryPath, descendantIds, validateMove } from './category-tree';

function category(id: string, parentId: string | null, position = 0, name = id): Category {
  return { id, parentId, slug: id, name, position };
}

const catalog: Category[] = [
  category('t-shirts', 'tops', 1, 'T-Shirts'),
  category('clothing', null, 0, 'Clothing'),
  category('shirts', 'tops', 0, 'Shirts'),
  category('tops', 'clothing', 0, 'Tops'),
  category('shoes', null, 1, 'Shoes'),
  category('trousers', 'clothing', 1, 'Trousers'),
];

function flatten(nodes: readonly CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** A valid forest in arbitrary row order: each category's parent is null or one created before it. */
const forest = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: null }),
      position: fc.integer({ min: 0, max: 3 }),
      name: fc.constantFrom('Bags', 'bags', 'Coats', 'Hats', 'Shoes'),
    }),
    { maxLength: 30 },
  )
  .map((specs) =>
    specs.map((spec, index): Category => {
      const parentIndex = spec.parent === null || index === 0 ? null : spec.parent % index;
      return category(`c${index}`, parentIndex === null ? null : `c${parentIndex}`, spec.position, spec.name);
    }),
  )
  .chain((rows) => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }));

/** True when following parents from some category never reaches a root. */
function hasCycle(flat: readonly Category[]): boolean {
  const parentOf = new Map(flat.map((row) => [row.id, row.parentId]));
  return flat.some((row) => {
    let current: string | null | undefined = row.id;
    for (let steps = 0; steps <= flat.length; steps++) {
      current = parentOf.get(current);
      if (current === null || current === undefined) return false;
    }
    return true;
  });
}

describe('buildCategoryTree', () => {
  it('nests children under their parents, ordered by position then name', () => {
    const tree = buildCategoryTree(catalog);
    expect(tree.map((node) => node.id)).toEqual(['clothing', 'shoes']);
    const clothing = tree[0]!;
    expect(clothing.children.map((node) => node.id)).toEqual(['tops', 'trousers']);
    expect(clothing.children[0]!.children.map((node) => node.id)).toEqual(['shirts', 't-shirts']);
  });

  it('breaks a tie in position by name', () => {
    const tree = buildCategoryTree([category('b', null, 0, 'Bags'), category('a', null, 0, 'Accessories'), category('z', null, -1, 'Zips')]);
    expect(tree.map((node) => node.name)).toEqual(['Zips', 'Accessories', 'Bags']);
  });

  it('shows a category whose parent is missing as a root rather than losing it', () => {
    expect(buildCategoryTree([category('orphan', 'gone')]).map((node) => [node.id, node.parentId])).toEqual([['orphan', null]]);
  });

  it('contains every category exactly once, with each child under its own parent', () => {
    fc.assert(
      fc.property(forest, (flat) => {
        const nodes = flatten(buildCategoryTree(flat));
        expect(nodes.map((node) => node.id).sort()).toEqual(flat.map((row) => row.id).sort());
        for (const node of nodes) for (const child of node.children) expect(child.parentId).toBe(node.id);
      }),
    );
  });

  it('still contains every category exactly once when the rows form a cycle', () => {
    const corrupt = fc
      .array(fc.nat(), { minLength: 1, maxLength: 20 })
      .map((parents) => parents.map((parent, index) => category(`c${index}`, `c${parent % (parents.length + 1)}`)));
    fc.assert(
      fc.property(corrupt, (flat) => {
        const nodes = flatten(buildCategoryTree(flat));
        expect(nodes.map((node) => node.id).sort()).toEqual(flat.map((row) => row.id).sort());
      }),
    );
  });
});

describe('descendantIds', () => {
  it('includes the category itself and everything below it', () => {
    expect(descendantIds(catalog, 'clothing')).toEqual(['clothing', 'tops', 'shirts', 't-shirts', 'trousers']);
    expect(descendantIds(catalog, 'shoes')).toEqual(['shoes']);
  });

  it('is empty for an unknown category', () => {
    expect(descendantIds(catalog, 'nope')).toEqual([]);
  });

  it('never includes one of the category’s ancestors', () => {
    fc.assert(
      fc.property(forest, (flat) => {
        for (const row of flat) {
          const below = new Set(descendantIds(flat, row.id));
          expect(ancestorsOf(flat, row.id).filter((ancestor) => below.has(ancestor.id))).toEqual([]);
        }
      }),
    );
  });
});

describe('ancestorsOf', () => {
  it('gives the breadcrumb path root first, without the category itself', () => {
    expect(ancestorsOf(catalog, 't-shirts').map((step) => step.name)).toEqual(['Clothing', 'Tops']);
    expect(ancestorsOf(catalog, 'clothing')).toEqual([]);
    expect(ancestorsOf(catalog, 'nope')).toEqual([]);
  });
});

describe('categoryPath', () => {
  it('joins the slugs from the root down', () => {
    expect(categoryPath(catalog, 't-shirts')).toBe('clothing/tops/t-shirts');
    expect(categoryPath(catalog, 'shoes')).toBe('shoes');
    expect(categoryPath(catalog, 'nope')).toBeNull();
  });
});

describe('validateMove', () => {
  it('allows a move to another branch or to the top level', () => {
    expect(validateMove(catalog, 'tops', 'shoes')).toEqual({ ok: true });
    expect(validateMove(catalog, 'tops', null)).toEqual({ ok: true });
  });

  it('refuses a move under the category itself or one of its descendants', () => {
    expect(validateMove(catalog, 'tops', 'tops')).toEqual({ ok: false, error: { type: 'WouldCreateCycle' } });
    expect(validateMove(catalog, 'clothing', 't-shirts')).toEqual({ ok: false, error: { type: 'WouldCreateCycle' } });
  });

  it('names the unknown category, whether moved or the new parent', () => {
    expect(validateMove(catalog, 'nope', null)).toEqual({ ok: false, error: { type: 'UnknownCategory', id: 'nope' } });
    expect(validateMove(catalog, 'tops', 'gone')).toEqual({ ok: false, error: { type: 'UnknownCategory', id: 'gone' } });
  });

  it('accepts exactly the moves that leave the tree without a cycle', () => {
    const move = forest.chain((flat) =>
      fc.tuple(
        fc.constant(flat),
        fc.constantFrom(...flat.map((row) => row.id), 'unknown'),
        fc.constantFrom<string | null>(null, ...flat.map((row) => row.id)),
      ),
    );
    fc.assert(
      fc.property(move, ([flat, id, newParentId]) => {
        const verdict = validateMove(flat, id, newParentId);
        if (id === 'unknown') {
          expect(verdict.ok).toBe(false);
          return;
        }
        const moved = flat.map((row) => (row.id === id ? { ...row, parentId: newParentId } : row));
        expect(verdict.ok).toBe(!hasCycle(moved));
      }),
    );
  });
});
