import {
  adjustInput,
  alertsInput,
  auditInput,
  createLocationInput,
  itemPolicyInput,
  movementsInput,
  skuInput,
  stockListInput,
  transferInput,
  updateLocationInput,
} from '@emporium/inventory-contracts';
import {
  type Actor,
  adjust,
  auditLedger,
  createLocation,
  listLocations,
  listStock,
  listStockAlerts,
  movementsOf,
  stockOf,
  transfer,
  updateItemPolicy,
  updateLocation,
} from '@emporium/inventory-data-access';
import { adminProcedure, domainError, router, type SignedInContext, staffProcedure } from '@emporium/platform-trpc';
import { unwrap } from './inventory-errors';

const staffActor = (ctx: SignedInContext): Actor => ({ id: `user:${ctx.user.id}`, label: ctx.user.email });

const skuNotFound = (sku: string) => domainError('NOT_FOUND', 'SKU_NOT_FOUND', `Unknown SKU: ${sku}`, { skus: [sku] });

/** Staff run stock; admins set up locations. */
export const inventoryAdminRouter = router({
  locations: router({
    list: staffProcedure.query(({ ctx }) => listLocations(ctx.db)),
    create: adminProcedure.input(createLocationInput).mutation(async ({ ctx, input }) => unwrap(await createLocation(ctx.db, input))),
    update: adminProcedure.input(updateLocationInput).mutation(async ({ ctx, input }) => {
      const { id, ...fields } = input;
      return unwrap(await updateLocation(ctx.db, ctx.events, id, fields));
    }),
  }),

  stock: router({
    list: staffProcedure.input(stockListInput).query(({ ctx, input }) => listStock(ctx.db, input)),
    get: staffProcedure.input(skuInput).query(async ({ ctx, input }) => {
      const stock = await stockOf(ctx.db, input.sku);
      if (!stock) throw skuNotFound(input.sku);
      return stock;
    }),
    /** Set a count, or add/remove units, at one location — with a reason the ledger keeps. */
    adjust: staffProcedure.input(adjustInput).mutation(async ({ ctx, input }) => unwrap(await adjust(ctx.db, ctx.events, input, staffActor(ctx)))),
    transfer: staffProcedure.input(transferInput).mutation(async ({ ctx, input }) => unwrap(await transfer(ctx.db, ctx.events, input, staffActor(ctx)))),
    setPolicy: staffProcedure.input(itemPolicyInput).mutation(async ({ ctx, input }) => {
      const { sku, ...policy } = input;
      return unwrap(await updateItemPolicy(ctx.db, ctx.events, sku, policy));
    }),
    /** The movement ledger of one SKU, newest first, with the level after each movement. */
    movements: staffProcedure.input(movementsInput).query(async ({ ctx, input }) => {
      const page = await movementsOf(ctx.db, input.sku, { before: input.before, limit: input.limit });
      if (!page) throw skuNotFound(input.sku);
      return page;
    }),
  }),

  /** SKUs at or below their low-stock threshold, or out of stock. */
  alerts: staffProcedure.input(alertsInput).query(({ ctx, input }) => listStockAlerts(ctx.db, input.limit)),

  /** Levels rebuilt from the ledger and compared with the recorded ones; empty means they agree. */
  audit: staffProcedure.input(auditInput).query(async ({ ctx, input }) => ({ discrepancies: await auditLedger(ctx.db, input.sku) })),
});
