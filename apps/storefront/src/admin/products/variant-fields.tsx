import { SelectField, TextField } from '@emporium/ui';
import type { StaffOption } from '../admin-types';
import type { VariantDraft } from './product-form';

export interface VariantFieldsProps {
  readonly draft: VariantDraft;
  readonly onChange: (draft: VariantDraft) => void;
  readonly options: readonly StaffOption[];
  /** Messages by field: sku, barcode, weightGrams, optionValues or optionValues.<Option>. */
  readonly errors: Readonly<Record<string, string | undefined>>;
}

/** SKU, one value per option, barcode and weight: the fields a variant is made of, for adding and editing. */
export function VariantFields({ draft, onChange, options, errors }: VariantFieldsProps) {
  const set = (changes: Partial<VariantDraft>) => onChange({ ...draft, ...changes });
  return (
    <div className="admin-form__grid">
      <TextField label="SKU" required value={draft.sku} onChange={(event) => set({ sku: event.target.value })} error={errors['sku']} autoComplete="off" />
      {options.map((option) => (
        <SelectField
          key={option.id}
          label={option.name}
          value={draft.optionValues[option.name] ?? ''}
          onChange={(event) => set({ optionValues: { ...draft.optionValues, [option.name]: event.target.value } })}
          aria-invalid={errors[`optionValues.${option.name}`] ? true : undefined}
        >
          <option value="">Choose…</option>
          {option.values.map((value) => (
            <option key={value.id} value={value.value}>
              {value.value}
            </option>
          ))}
        </SelectField>
      ))}
      <TextField label="Barcode" inputMode="numeric" value={draft.barcode} onChange={(event) => set({ barcode: event.target.value })} error={errors['barcode']} hint="8 to 14 digits (EAN, UPC); optional." />
      <TextField label="Weight (grams)" inputMode="numeric" value={draft.weightGrams} onChange={(event) => set({ weightGrams: event.target.value })} error={errors['weightGrams']} />
      {[errors['optionValues'], ...options.map((option) => errors[`optionValues.${option.name}`])].filter(Boolean).map((message, index) => (
        <p key={index} className="ui-field__error admin-form__wide" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}
