import { edited } from '@emporium/catalog-domain';
import {
  addOption,
  createVariant,
  publishSkusRegistered,
  removeOption,
  removeVariantPrice,
  renameOption,
  setOptionValues,
  setVariantPrice,
  setVariantStatus,
  updateVariant,
} from '@emporium/catalog-data-access';
import { router, staffProcedure } from '@emporium/platform-trpc';
import { runEdit } from './catalog-admin.errors';
import {
  addOptionInput,
  createVariantInput,
  optionIdInput,
  removePriceInput,
  renameOptionInput,
  setOptionValuesInput,
  setPriceInput,
  setVariantStatusInput,
  updateVariantInput,
} from './catalog-admin-variants.inputs';

// Every edit here locks its product first and refreshes the product's listing entries in the same transaction.
// A new variant or a SKU edit is told to the inventory (`catalog.skus-registered`) in that transaction too.

export const adminOptionsRouter = router({
  /** Adds an option with its values; the product's existing variants take its first value. */
  add: staffProcedure.input(addOptionInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => addOption(trx, input.productId, input))),

  rename: staffProcedure.input(renameOptionInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => renameOption(trx, input.id, input.name))),

  /** Removes an option from the product and its variants; refused if two active variants would become the same. */
  remove: staffProcedure.input(optionIdInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => removeOption(trx, input.id))),

  /** Sets the option's values in order: keep (and rename) by id, add without, remove by leaving out; values active variants use stay. */
  setValues: staffProcedure.input(setOptionValuesInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => setOptionValues(trx, input.id, input.values))),
});

export const adminVariantsRouter = router({
  /** A new active variant: one value per option, a SKU no other variant has (ignoring case), prices (required when the product is live). */
  create: staffProcedure.input(createVariantInput).mutation(({ ctx, input: { productId, ...draft } }) =>
    runEdit(ctx.db, async (trx) => {
      const result = await createVariant(trx, productId, draft);
      if (result.ok) await publishSkusRegistered(trx, ctx.events, { skus: [draft.sku] });
      return result;
    }),
  ),

  /** Changes SKU, option values, barcode or weight. A SKU edit (letter case too) is a rename for the inventory. */
  update: staffProcedure.input(updateVariantInput).mutation(({ ctx, input: { id, ...changes } }) =>
    runEdit(ctx.db, async (trx) => {
      const result = await updateVariant(trx, id, changes);
      if (!result.ok) return result;
      if (result.value.renamed) await publishSkusRegistered(trx, ctx.events, { skus: [], renamed: [result.value.renamed] });
      return edited({ id: result.value.id });
    }),
  ),

  /** Archives (stops selling) or restores a variant. A live product keeps at least one active, priced variant. */
  setStatus: staffProcedure.input(setVariantStatusInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => setVariantStatus(trx, input.id, input.status))),

  /** Sets a variant's price in one currency (amount null removes it); compare-at must be above the price. */
  setPrice: staffProcedure.input(setPriceInput).mutation(async ({ ctx, input }) => {
    const { amount } = input;
    if (amount === null) await runEdit(ctx.db, (trx) => removeVariantPrice(trx, input.variantId, input.currency));
    else await runEdit(ctx.db, (trx) => setVariantPrice(trx, { ...input, amount }));
    return { ok: true as const };
  }),

  /** Stops selling a variant in one currency; refused for the last price of an active variant of a live product. */
  removePrice: staffProcedure.input(removePriceInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => removeVariantPrice(trx, input.variantId, input.currency))),
});
