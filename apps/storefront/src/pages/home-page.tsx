import { EmptyState, buttonClassName } from '@emporium/ui';
import { Link } from 'react-router';
import { QueryError } from '../app/query-error';
import { useShopCurrency } from '../lib/shop-currency-context';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProductGrid } from '../products/product-grid';
import { ProductGridSkeleton } from '../products/product-grid-skeleton';
import { trpc } from '../trpc';

export function HomePage() {
  useDocumentTitle();
  return (
    <>
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading" className="hero__title">
          Everyday things, made to last
        </h1>
        <p className="hero__lead">Clothing, bags and kitchenware in honest materials, at fair prices.</p>
        <Link to="/products" className={buttonClassName({ size: 'lg' })}>
          Shop all products
        </Link>
      </section>
      <section className="page-section" aria-labelledby="featured-heading">
        <div className="section-heading">
          <h2 id="featured-heading">Featured</h2>
          <Link to="/products">See everything</Link>
        </div>
        <FeaturedProducts />
      </section>
    </>
  );
}

function FeaturedProducts() {
  const { currency } = useShopCurrency();
  const home = trpc.storefront.home.useQuery({ currency });
  if (home.isPending) return <ProductGridSkeleton />;
  if (home.isLoadingError) return <QueryError error={home.error} onRetry={() => void home.refetch()} retrying={home.isFetching} />;
  if (home.data.featured.length === 0) {
    return (
      <EmptyState title="Nothing featured right now" headingLevel={3} action={<Link to="/products">Browse all products</Link>}>
        <p>Our featured picks change with the seasons.</p>
      </EmptyState>
    );
  }
  return <ProductGrid products={home.data.featured} headingLevel={3} label="Featured products" />;
}
