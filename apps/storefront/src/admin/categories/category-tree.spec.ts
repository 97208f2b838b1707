import { filterTree, flattenTree, moveTargets, subtreeIds, trailLabel, trailsById, type TreeNode } from './category-tree';

const node = (id: string, name: string, children: TreeNode[] = []): TreeNode => ({ id, slug: name.toLowerCase().replace(/\W+/g, '-'), name, children });

const tree: TreeNode[] = [
  node('c', 'Clothing', [node('t', 'Tops', [node('ts', 'T-shirts')]), node('b', 'Bottoms')]),
  node('h', 'Home', [node('k', 'Kitchen')]),
];

describe('flattenTree', () => {
  it('lists each category before its subcategories, with depth, parent and trail', () => {
    expect(flattenTree(tree).map((entry) => [entry.node.id, entry.depth, entry.parentId, trailLabel(entry.trail)])).toEqual([
      ['c', 0, null, 'Clothing'],
      ['t', 1, 'c', 'Clothing › Tops'],
      ['ts', 2, 't', 'Clothing › Tops › T-shirts'],
      ['b', 1, 'c', 'Clothing › Bottoms'],
      ['h', 0, null, 'Home'],
      ['k', 1, 'h', 'Home › Kitchen'],
    ]);
  });

  it('is empty for no categories', () => {
    expect(flattenTree([])).toEqual([]);
  });
});

describe('moveTargets', () => {
  it('offers every category except the moving one and those below it', () => {
    expect(moveTargets(tree, 't').map((entry) => entry.node.id)).toEqual(['c', 'b', 'h', 'k']);
    expect([...subtreeIds(tree, 'c')].sort()).toEqual(['b', 'c', 't', 'ts']);
  });

  it('offers everything for an unknown id', () => {
    expect(moveTargets(tree, 'nope')).toHaveLength(6);
  });
});

describe('trailsById', () => {
  it('labels a category by its trail', () => {
    expect(trailsById(tree).get('ts')).toBe('Clothing › Tops › T-shirts');
  });
});

describe('filterTree', () => {
  it('keeps matches and the categories above them', () => {
    expect(filterTree(tree, 'shirt').map((entry) => entry.node.id)).toEqual(['c', 't', 'ts']);
    expect(filterTree(tree, 'KITCHEN').map((entry) => entry.node.id)).toEqual(['h', 'k']);
  });

  it('keeps everything for blank text', () => {
    expect(filterTree(tree, '  ')).toHaveLength(6);
  });
});
