import { formatMoney, Radio } from '@emporium/ui';
import { useId } from 'react';
import { FacetCount } from './facet-count';
import { FacetSection } from './facet-section';
import { type PriceChoice, priceChoices } from './facet-choices';

export interface PriceFacetProps {
  readonly buckets: ReadonlyArray<{ readonly from: number; readonly to: number; readonly count: number }>;
  readonly priceMin: number | undefined;
  readonly priceMax: number | undefined;
  readonly currency: string;
  readonly onChange: (priceMin: number | undefined, priceMax: number | undefined) => void;
}

function rangeLabel(choice: PriceChoice, currency: string): string {
  const money = (amount: number) => formatMoney(amount, currency);
  if (choice.bucket) return `${money(choice.bucket.from)} – ${money(choice.bucket.to)}`;
  if (choice.priceMin !== undefined && choice.priceMax !== undefined) return `${money(choice.priceMin)} – ${money(choice.priceMax)}`;
  return choice.priceMin !== undefined ? `From ${money(choice.priceMin)}` : `Up to ${money(choice.priceMax ?? 0)}`;
}

/** Price ranges as radio buttons: the API filters by one range at a time, so one choice, plus "Any price". */
export function PriceFacet({ buckets, priceMin, priceMax, currency, onChange }: PriceFacetProps) {
  const name = useId();
  const { choices, custom } = priceChoices(buckets, priceMin, priceMax);
  const all = custom ? [custom, ...choices] : choices;
  if (all.length === 0) return null;
  return (
    <FacetSection title="Price">
      <ul className="facet__list">
        <li>
          <Radio name={name} label="Any price" checked={!all.some((choice) => choice.checked)} onChange={() => onChange(undefined, undefined)} />
        </li>
        {all.map((choice) => (
          <li key={`${choice.priceMin ?? ''}-${choice.priceMax ?? ''}`}>
            <Radio
              name={name}
              label={rangeLabel(choice, currency)}
              hint={choice.count === null ? undefined : <FacetCount count={choice.count} />}
              checked={choice.checked}
              disabled={choice.count === 0 && !choice.checked}
              onChange={() => onChange(choice.priceMin, choice.priceMax)}
            />
          </li>
        ))}
      </ul>
    </FacetSection>
  );
}
