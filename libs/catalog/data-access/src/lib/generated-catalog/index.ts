export { generateCatalog, MAX_GENERATED_PRODUCTS } from './generate';
export { generatedId } from './ids';
export { GeneratedCatalogConflictError, loadGeneratedCatalog, type LoadGeneratedCatalogOptions } from './load';
export { isPlaceholderKind, PLACEHOLDER_KINDS, type PlaceholderKind, placeholderSvg, placeholderUrl } from './placeholder-svg';
export { ean13CheckDigit, euroPrice, isValidEan13, USD_TO_EUR } from './pricing';
export type {
  GenerateCatalogOptions,
  GeneratedBrand,
  GeneratedCatalog,
  GeneratedCategory,
  GeneratedCollection,
  GeneratedImage,
  GeneratedPrice,
  GeneratedProduct,
  GeneratedVariant,
} from './types';
