import { Checkbox } from '@emporium/ui';
import { FacetSection } from './facet-section';

export interface StockFacetProps {
  readonly checked: boolean;
  readonly onChange: (inStockOnly: boolean) => void;
}

export function StockFacet({ checked, onChange }: StockFacetProps) {
  return (
    <FacetSection title="Availability">
      <Checkbox label="In stock only" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
    </FacetSection>
  );
}
