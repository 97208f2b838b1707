/** How the tax page words a currency's settings. */

export const TAX_MODES = [
  { value: 'inclusive', label: 'Include tax', long: 'Prices include tax' },
  { value: 'exclusive', label: 'Exclude tax', long: 'Tax is added to prices' },
] as const;

export const ROUNDINGS = [
  { value: 'half-up', label: 'Half up' },
  { value: 'half-even', label: 'Half even (banker’s)' },
] as const;
