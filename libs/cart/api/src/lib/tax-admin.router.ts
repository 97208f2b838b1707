import { createTaxClassInput, saveTaxRegionInput, taxRegionIdInput, updateCurrencySettingInput } from '@emporium/cart-contracts';
import {
  createTaxClass,
  deleteTaxRegion,
  listCurrencySettings,
  listTaxClasses,
  listTaxRegions,
  saveTaxRegion,
  updateCurrencySetting,
} from '@emporium/cart-data-access';
import { router, staffProcedure } from '@emporium/platform-trpc';
import { pricingAdminWrite as adminProcedure } from './pricing-writes';
import { unwrap } from './promotion-errors';
import { currencySettingOutput, taxRegionOutput } from './tax-output';

/** Staff read the tax set-up; only admins change what every cart is charged. */
export const taxAdminRouter = router({
  classes: staffProcedure.query(async ({ ctx }) => (await listTaxClasses(ctx.db)).map((taxClass) => ({ code: taxClass.code, name: taxClass.name }))),
  createClass: adminProcedure.input(createTaxClassInput).mutation(async ({ ctx, input }) => unwrap(await createTaxClass(ctx.db, input))),
  regions: staffProcedure.query(async ({ ctx }) => (await listTaxRegions(ctx.db)).map(taxRegionOutput)),
  /** Creates a region (no id) or changes one; its rates are replaced by those given. */
  saveRegion: adminProcedure.input(saveTaxRegionInput).mutation(async ({ ctx, input }) => taxRegionOutput(unwrap(await saveTaxRegion(ctx.db, input)))),
  deleteRegion: adminProcedure.input(taxRegionIdInput).mutation(async ({ ctx, input }) => unwrap(await deleteTaxRegion(ctx.db, input.id))),
  currencies: staffProcedure.query(async ({ ctx }) => (await listCurrencySettings(ctx.db)).map(currencySettingOutput)),
  /** Creates or replaces a currency's tax mode, default country and shipping estimate. */
  updateCurrency: adminProcedure
    .input(updateCurrencySettingInput)
    .mutation(async ({ ctx, input }) => currencySettingOutput(unwrap(await updateCurrencySetting(ctx.db, input)))),
});
