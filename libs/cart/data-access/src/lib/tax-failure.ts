/** Expected failures of the tax and currency settings. */
export type TaxSettingsFailure =
  | { readonly type: 'TaxClassTaken'; readonly code: string }
  | { readonly type: 'TaxRegionTaken'; readonly country: string; readonly region: string | null }
  | { readonly type: 'UnknownTaxRegion'; readonly regionId: string }
  /**
   * A rate (at `rateIndex` of the rates saved) or a currency's shipping (no `rateIndex`) names a class that does not
   * exist.
   */
  | { readonly type: 'UnknownTaxClass'; readonly taxClass: string; readonly rateIndex?: number };
