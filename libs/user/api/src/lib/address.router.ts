import { inTransaction } from '@emporium/platform-db';
import { customerProcedure, domainError, router } from '@emporium/platform-trpc';
import { addressIdInput, addressInput, updateAddressInput } from '@emporium/user-contracts';
import { addAddress, deleteAddress, listAddresses, MAX_ADDRESSES_PER_USER, setDefaultAddress, updateAddress } from '@emporium/user-data-access';
import { toAddressView } from './user-views';

const notFound = () => domainError('NOT_FOUND', 'address_not_found', 'No such address');

/** The caller's own address book. Every query is scoped by the signed-in user's id: others' addresses are NOT_FOUND. */
export const addressRouter = router({
  list: customerProcedure.query(async ({ ctx }) => (await listAddresses(ctx.db, ctx.user.id)).map(toAddressView)),

  add: customerProcedure.input(addressInput).mutation(async ({ ctx, input }) => {
    const saved = await inTransaction(ctx.db, (trx) => addAddress(trx, ctx.user.id, input));
    if (!saved) throw domainError('BAD_REQUEST', 'address_book_full', `You can keep up to ${MAX_ADDRESSES_PER_USER} addresses. Delete one first.`);
    return toAddressView(saved);
  }),

  update: customerProcedure.input(updateAddressInput).mutation(async ({ ctx, input }) => {
    const saved = await inTransaction(ctx.db, (trx) => updateAddress(trx, ctx.user.id, input.id, input.address));
    if (!saved) throw notFound();
    return toAddressView(saved);
  }),

  setDefault: customerProcedure.input(addressIdInput).mutation(async ({ ctx, input }) => {
    const saved = await inTransaction(ctx.db, (trx) => setDefaultAddress(trx, ctx.user.id, input.id));
    if (!saved) throw notFound();
    return toAddressView(saved);
  }),

  remove: customerProcedure.input(addressIdInput).mutation(async ({ ctx, input }) => {
    if (!(await inTransaction(ctx.db, (trx) => deleteAddress(trx, ctx.user.id, input.id)))) throw notFound();
    return { removed: true as const };
  }),
});
