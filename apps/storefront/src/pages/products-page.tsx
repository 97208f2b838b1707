import { ProductListing } from '../catalog/product-listing';
import { useListing } from '../catalog/use-listing';
import { useDocumentTitle } from '../lib/use-document-title';

/** Every product, with the same filters, sort and "Load more" as a category. */
export function ProductsPage() {
  useDocumentTitle('All products');
  const listing = useListing();
  return (
    <section className="page-section" aria-labelledby="products-heading">
      <h1 id="products-heading">All products</h1>
      <ProductListing {...listing} label="Products" />
    </section>
  );
}
