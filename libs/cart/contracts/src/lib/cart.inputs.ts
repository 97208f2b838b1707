import { z } from 'zod';
import { couponCodeSchema } from './coupon-code';
import { countrySchema, currencySchema, idSchema, regionSchema } from './fields';

/** Most units of one variant on one line (the cart rules' default; the service applies its configured rules). */
export const MAX_LINE_QUANTITY = 99;

const quantity = (min: 0 | 1) =>
  z
    .number({ error: `Quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}` })
    .int(`Quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`)
    .min(min, `Quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`)
    .max(MAX_LINE_QUANTITY, `Quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`);

/**
 * Shopper inputs are not strict: a price, total or discount a client sends along is dropped, never read (prices come
 * from the catalog on the server).
 *
 * Every shopper call may name the cart it thinks it is working on; a cart that is not the caller's is NOT_FOUND,
 * never someone else's. Without it the call works on the caller's own cart (cookie or account).
 */
const cartRef = { cartId: idSchema.optional() };

/** For calls that need nothing else; a client may send nothing at all (undefined or null). */
export const cartRefInput = z.object(cartRef).nullish();

export const addToCartInput = z
  .object({
    ...cartRef,
    variantId: idSchema,
    quantity: quantity(1),
    /** The currency the shopper saw the price in; an empty cart takes it, a filled one is switched to it. */
    currency: currencySchema.optional(),
  })
  ;

export const setLineQuantityInput = z.object({ ...cartRef, variantId: idSchema, quantity: quantity(0) });

export const removeLineInput = z.object({ ...cartRef, variantId: idSchema });

export const couponInput = z.object({ ...cartRef, code: couponCodeSchema });

export const setCurrencyInput = z.object({ ...cartRef, currency: currencySchema });

export const destinationSchema = z
  .object({
    country: countrySchema,
    region: z.union([regionSchema, z.literal('').transform(() => undefined)]).optional(),
    postalCode: z.string().trim().max(20, 'A postcode has at most 20 characters').optional(),
  })
  ;

/** `destination: null` forgets it (tax is estimated for the currency's default country again). */
export const setDestinationInput = z.object({ ...cartRef, destination: destinationSchema.nullable() });

/** Accepts the current price of the named lines (all flagged lines when left out). */
export const acceptPricesInput = z.object({ ...cartRef, variantIds: z.array(idSchema).max(100).optional() });

export type AddToCartInput = z.infer<typeof addToCartInput>;
export type DestinationInput = z.infer<typeof destinationSchema>;
