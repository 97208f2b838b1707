import { EmptyState, Price } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { isNotFound } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { ProductDescription } from '../products/product-description';
import { ProductDetailSkeleton } from '../products/product-detail-skeleton';
import { ProductImage } from '../products/product-image';
import { type ProductDetail } from '../products/product-types';
import { trpc } from '../trpc';

export function ProductPage() {
  // The route is /products/:slug, so the param is always there; the fallback only satisfies the type.
  const { slug = '' } = useParams();
  const product = trpc.catalog.products.bySlug.useQuery({ slug });
  const missing = product.isLoadingError && isNotFound(product.error);
  const failed = product.isLoadingError && !missing;
  useDocumentTitle(product.data?.title ?? (missing ? 'Product not found' : failed ? 'Product unavailable' : undefined));

  if (product.isPending) return <ProductDetailSkeleton />;
  if (missing) {
    return (
      <section className="page-section" aria-labelledby="not-found-heading">
        <h1 id="not-found-heading">Product not found</h1>
        <EmptyState title="We couldn’t find that product" action={<Link to="/products">Browse all products</Link>}>
          <p>It may have been renamed or be no longer available.</p>
        </EmptyState>
      </section>
    );
  }
  if (product.isLoadingError) {
    return (
      <section className="page-section" aria-labelledby="product-error-heading">
        <h1 id="product-error-heading">We couldn’t load this product</h1>
        <QueryError error={product.error} onRetry={() => void product.refetch()} retrying={product.isFetching} />
      </section>
    );
  }
  return <ProductView product={product.data} />;
}

function ProductView({ product }: { readonly product: ProductDetail }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to="/products">All products</Link>
          </li>
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>
      <article className="product-detail">
        <ProductImage product={product} priority className="product-detail__media" />
        <div className="product-detail__info">
          <h1 className="product-detail__title">{product.title}</h1>
          <Price amount={product.price.amount} currency={product.price.currency} size="lg" />
          <ProductDescription text={product.description} />
        </div>
      </article>
    </>
  );
}
