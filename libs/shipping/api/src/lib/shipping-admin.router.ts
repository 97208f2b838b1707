import {
  createMethod,
  createZone,
  deleteMethod,
  deleteZone,
  listMethods,
  listZones,
  type MethodFields,
  updateMethod,
  updateZone,
  type ZoneFields,
} from '@emporium/shipping-data-access';
import { validateMethod, validateZone } from '@emporium/shipping-domain';
import { domainError, router, staffProcedure } from '@emporium/platform-trpc';
import { configError, methodWriteError, zoneWriteError } from './shipping-errors';
import { idInput, methodFieldsSchema, previewInput, updateMethodInput, updateZoneInput, zoneFieldsSchema } from './shipping.inputs';
import { tableRates } from './shipping-quotes';
import { shipmentsRouter } from './shipments.router';

/** Fields the domain accepts, or the typed error naming every field it does not. */
function checkedZone(fields: ZoneFields): ZoneFields {
  const checked = validateZone({ id: 'new', ...fields });
  if (!checked.ok) throw configError(checked.error);
  return fields;
}

function checkedMethod(fields: MethodFields): MethodFields {
  const checked = validateMethod({ id: 'new', ...fields });
  if (!checked.ok) throw configError(checked.error);
  return fields;
}

function unwrap<T, E>(result: { ok: true; value: T } | { ok: false; error: E }, toError: (error: E) => Error): T {
  if (!result.ok) throw toError(result.error);
  return result.value;
}

/** Staff set up where the shop ships and at what price. */
export const shippingAdminRouter = router({
  zones: router({
    /** Every zone with its methods. */
    list: staffProcedure.query(async ({ ctx }) => {
      const [zones, methods] = await Promise.all([listZones(ctx.db), listMethods(ctx.db)]);
      return zones.map((zone) => ({ ...zone, methods: methods.filter((method) => method.zoneId === zone.id) }));
    }),
    create: staffProcedure.input(zoneFieldsSchema).mutation(async ({ ctx, input }) => unwrap(await createZone(ctx.db, checkedZone(input)), zoneWriteError)),
    update: staffProcedure.input(updateZoneInput).mutation(async ({ ctx, input }) => unwrap(await updateZone(ctx.db, input.id, checkedZone(input.fields)), zoneWriteError)),
    delete: staffProcedure.input(idInput).mutation(async ({ ctx, input }) => {
      if (!(await deleteZone(ctx.db, input.id))) throw domainError('NOT_FOUND', 'ZONE_NOT_FOUND', 'No such shipping zone', { zoneId: input.id });
      return { deleted: true };
    }),
  }),
  methods: router({
    create: staffProcedure.input(methodFieldsSchema).mutation(async ({ ctx, input }) => unwrap(await createMethod(ctx.db, checkedMethod(input)), methodWriteError)),
    update: staffProcedure
      .input(updateMethodInput)
      .mutation(async ({ ctx, input }) => unwrap(await updateMethod(ctx.db, input.id, checkedMethod(input.fields)), methodWriteError)),
    delete: staffProcedure.input(idInput).mutation(async ({ ctx, input }) => {
      if (!(await deleteMethod(ctx.db, input.id))) throw domainError('NOT_FOUND', 'METHOD_NOT_FOUND', 'No such shipping method', { methodId: input.id });
      return { deleted: true };
    }),
  }),
  /** The options an address would get for a weight and a subtotal, with how many methods of its zone were left out. */
  preview: staffProcedure
    .input(previewInput)
    .query(({ ctx, input }) =>
      tableRates(ctx, { address: input.destination, subtotal: { amount: input.subtotal, currency: input.currency }, weightGrams: input.weightGrams }),
    ),
  shipments: shipmentsRouter,
});
