import type { ProductDetail } from './product-types';

/** The product's free-form attributes (Material, Fit…) as a two-column table. */
export function AttributeTable({ attributes }: { readonly attributes: ProductDetail['attributes'] }) {
  if (attributes.length === 0) return null;
  return (
    <section className="product-attributes" aria-labelledby="attributes-heading">
      <h2 id="attributes-heading" className="product-attributes__title">
        Details
      </h2>
      <table className="attribute-table">
        <tbody>
          {attributes.map((attribute) => (
            <tr key={attribute.name}>
              <th scope="row">{attribute.name}</th>
              <td>{attribute.values.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
