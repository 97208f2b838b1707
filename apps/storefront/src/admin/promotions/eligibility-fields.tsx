import { AdminSection } from '../components/admin-page';
import { CategoryPicker } from './category-picker';
import type { DraftFieldsProps } from './draft-fields';
import { ProductPicker } from './product-picker';

/** Which items the discount applies to: chosen products and categories, or everything when neither is chosen. */
export function EligibilityFields({ draft, set, problems }: DraftFieldsProps) {
  const everything = draft.productIds.length === 0 && draft.categoryIds.length === 0;
  return (
    <AdminSection
      title="Applies to"
      description={<p>{everything ? 'Every product. Choose products or categories to limit it to them.' : 'Items that are one of these products or in one of these categories.'}</p>}
    >
      <div className="admin-form">
        <CategoryPicker chosen={draft.categoryIds} onChange={(ids) => set('categoryIds', ids)} error={problems['categoryIds']} />
        <ProductPicker chosen={draft.productIds} onChange={(ids) => set('productIds', ids)} error={problems['productIds']} />
      </div>
    </AdminSection>
  );
}
