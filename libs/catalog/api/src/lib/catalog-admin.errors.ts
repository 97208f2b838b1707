import type { TRPCError } from '@trpc/server';
import type { CatalogEditError, CatalogEntity, EditResult, PublishBlocker, VariantProblem } from '@emporium/catalog-domain';
import { type Database, type DbTransaction, inTransaction, isUniqueViolation } from '@emporium/platform-db';
import { invalidateCatalogReadsOnCommit } from '@emporium/catalog-data-access';
import { domainError, type FieldError, invalidInput } from '@emporium/platform-trpc';

const NOT_FOUND_REASONS: Readonly<Record<CatalogEntity, string>> = {
  product: 'PRODUCT_NOT_FOUND',
  variant: 'VARIANT_NOT_FOUND',
  option: 'OPTION_NOT_FOUND',
  image: 'IMAGE_NOT_FOUND',
  category: 'CATEGORY_NOT_FOUND',
  collection: 'COLLECTION_NOT_FOUND',
};

export function notFoundError(entity: CatalogEntity, id: string): TRPCError {
  return domainError('NOT_FOUND', NOT_FOUND_REASONS[entity], `No such ${entity}`, { id });
}

function blockerText(blocker: PublishBlocker): string {
  switch (blocker.type) {
    case 'MissingTitle':
      return 'it needs a title';
    case 'InvalidSlug':
      return 'its slug is not valid';
    case 'NoActiveVariant':
      return 'it needs an active variant';
    case 'VariantWithoutPrice':
      return `${blocker.sku} needs a price`;
  }
}

/** A refused catalog edit as the typed error clients switch on. */
export function editError(error: CatalogEditError): TRPCError {
  switch (error.type) {
    case 'NotFound':
      return notFoundError(error.entity, error.id);
    case 'InvalidFields':
      return invalidInput(error.fields);
    case 'LiveProductIncomplete':
      return domainError(
        'CONFLICT',
        'LIVE_PRODUCT_INCOMPLETE',
        `The product is live and would no longer be sellable (${error.blockers.map(blockerText).join('; ')}); set it to draft to rework it`,
        { blockers: error.blockers },
      );
    case 'CategoryNotEmpty':
      return domainError(
        'CONFLICT',
        'CATEGORY_NOT_EMPTY',
        `The category has ${error.children} subcategories and ${error.products} products; move them elsewhere first`,
        { children: error.children, products: error.products },
      );
  }
}

/** Unique constraints a concurrent edit can still hit after the repository's own checks, as the field they concern. */
const UNIQUE_FIELDS: Readonly<Record<string, FieldError>> = {
  product_slug_key: { path: 'slug', message: 'is already used by another product' },
  variant_sku_key: { path: 'sku', message: 'is already used by another variant' },
  category_slug_key: { path: 'slug', message: 'is already used by another category' },
  collection_slug_key: { path: 'slug', message: 'is already used by another collection' },
  product_option_product_id_name_key: { path: 'name', message: 'the product already has an option with this name' },
};

/**
 * Runs a catalog edit in one transaction. A refused edit throws inside it, so anything written before the refusal
 * is rolled back, and reaches the client as a typed error; a unique constraint lost to a concurrent edit becomes
 * a field error.
 */
export async function runEdit<T>(db: Database, work: (trx: DbTransaction) => Promise<EditResult<T>>): Promise<T> {
  try {
    return await inTransaction(db, async (trx) => {
      // Every staff edit clears this process's shopper read cache at commit, including the few (category names,
      // collection titles) that refresh no listing entry.
      await invalidateCatalogReadsOnCommit(trx);
      const result = await work(trx);
      if (!result.ok) throw editError(result.error);
      return result.value;
    });
  } catch (error) {
    const field = Object.entries(UNIQUE_FIELDS).find(([constraint]) => isUniqueViolation(error, constraint));
    if (field) throw invalidInput([field[1]]);
    throw error;
  }
}

/** A variant problem of a new product, at the editor line (`variants.N`) it concerns. */
export function variantProblemField(problem: VariantProblem): FieldError {
  switch (problem.type) {
    case 'DuplicateOptionName':
      return { path: 'options', message: `option "${problem.option}" is listed twice` };
    case 'DuplicateOptionValue':
      return { path: 'options', message: `option "${problem.option}" lists "${problem.value}" twice` };
    case 'MissingOptionValue':
      return { path: `variants.${problem.variantIndex}.optionValues`, message: `needs a value for "${problem.option}"` };
    case 'UnknownOption':
      return { path: `variants.${problem.variantIndex}.optionValues`, message: `"${problem.option}" is not one of the product's options` };
    case 'UnknownOptionValue':
      return { path: `variants.${problem.variantIndex}.optionValues`, message: `"${problem.value}" is not a value of "${problem.option}"` };
    case 'DuplicateCombination':
      return { path: `variants.${problem.variantIndexes[1] ?? 0}.optionValues`, message: 'another variant has the same options' };
    case 'InvalidSku':
      return { path: `variants.${problem.variantIndex}.sku`, message: 'must be 1–64 letters, digits, dots, hyphens or underscores' };
    case 'DuplicateSku':
      return { path: `variants.${problem.variantIndexes[1] ?? 0}.sku`, message: `SKU "${problem.sku}" is used twice` };
  }
}
