import { type OptionSelection } from '@emporium/catalog-domain';
import { OptionGroup } from './option-group';
import type { ProductDetail } from './product-types';
import { optionAvailability } from './variant-selection';

export interface VariantPickerProps {
  readonly product: Pick<ProductDetail, 'options' | 'variants'>;
  readonly selection: OptionSelection;
  readonly onChoose: (option: string, value: string) => void;
}

/** One radio group per option (Size, Colour…), each value marked as available, sold out or not made. */
export function VariantPicker({ product, selection, onChoose }: VariantPickerProps) {
  if (product.options.length === 0) return null;
  return (
    <div className="variant-picker">
      {optionAvailability(product, selection).map((option) => (
        <OptionGroup key={option.name} name={option.name} values={option.values} selected={selection[option.name]} onChoose={(value) => onChoose(option.name, value)} />
      ))}
    </div>
  );
}
