import { categoryTrail, type TrailNode } from './category-trail';

const node = (slug: string, children: TrailNode[] = []): TrailNode => ({ slug, name: slug.toUpperCase(), children });
const tree = [node('clothing', [node('tops', [node('t-shirts')]), node('bottoms')]), node('home')];

describe('categoryTrail', () => {
  it('walks from the top of the tree down to the category', () => {
    expect(categoryTrail(tree, 't-shirts')).toEqual([
      { slug: 'clothing', name: 'CLOTHING' },
      { slug: 'tops', name: 'TOPS' },
      { slug: 't-shirts', name: 'T-SHIRTS' },
    ]);
    expect(categoryTrail(tree, 'home')).toEqual([{ slug: 'home', name: 'HOME' }]);
  });

  it('is empty for a category the tree does not hold', () => {
    expect(categoryTrail(tree, 'garden')).toEqual([]);
  });
});
