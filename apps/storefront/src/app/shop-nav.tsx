import { cx } from '@emporium/ui';
import { NavLink, useMatch } from 'react-router';
import { categoryTrail } from '../catalog/category-trail';
import { categoryPath } from '../catalog/listing-url';
import { trpc } from '../trpc';

/**
 * The "Shop" row under the header: everything, then each top-level category. While the tree loads (or if it
 * cannot), "All products" alone still leads everywhere. Inside a subcategory its top-level category stays marked.
 */
export function ShopNav() {
  const tree = trpc.catalog.categories.tree.useQuery();
  const category = useMatch('/c/:slug')?.params.slug;
  const department = category ? categoryTrail(tree.data ?? [], category)[0]?.slug : undefined;
  return (
    <nav className="shop-nav" aria-label="Shop">
      <ul className="shop-nav__list">
        <li>
          <NavLink to="/products" end className="shop-nav__link">
            All products
          </NavLink>
        </li>
        {tree.data?.map((root) => (
          <li key={root.id}>
            <NavLink to={categoryPath(root.slug)} className={({ isActive }) => cx('shop-nav__link', (isActive || root.slug === department) && 'active')}>
              {root.name}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
