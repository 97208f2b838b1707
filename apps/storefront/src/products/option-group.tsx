import { type ValueAvailability } from '@emporium/catalog-domain';
import { cx, VisuallyHidden } from '@emporium/ui';
import { useId } from 'react';

export interface OptionGroupProps {
  /** The option's name: "Size". */
  readonly name: string;
  readonly values: ReadonlyArray<{ readonly value: string; readonly availability: ValueAvailability }>;
  readonly selected: string | undefined;
  readonly onChoose: (value: string) => void;
}

/**
 * One option as a group of radio buttons drawn as chips. Native radios: the arrow keys move between values, and a
 * combination no variant has is disabled (skipped by the keys too). Sold-out values stay choosable, struck through,
 * so the shopper can still see that size's price and SKU.
 */
export function OptionGroup({ name, values, selected, onChoose }: OptionGroupProps) {
  const groupName = useId();
  return (
    <fieldset className="option-group">
      <legend className="option-group__legend">
        {name}
        {selected !== undefined && <span className="option-group__chosen">: {selected}</span>}
      </legend>
      <div className="option-group__values">
        {values.map(({ value, availability }) => (
          <label
            key={value}
            className={cx('option-chip', availability === 'out-of-stock' && 'option-chip--sold-out', availability === 'unavailable' && 'option-chip--unavailable')}
          >
            <input
              type="radio"
              className="option-chip__input"
              name={groupName}
              value={value}
              checked={selected === value}
              disabled={availability === 'unavailable'}
              onChange={() => onChoose(value)}
            />
            <span className="option-chip__text">{value}</span>
            {availability === 'out-of-stock' && <VisuallyHidden> (sold out)</VisuallyHidden>}
            {availability === 'unavailable' && <VisuallyHidden> (not available with your other choices)</VisuallyHidden>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
