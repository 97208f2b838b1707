import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';
import { SHIPMENT_STATUSES } from '@emporium/shipping-domain';

const text = (max: number, error: string) => z.string({ error }).trim().min(1, error).max(max, `Use at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`).optional();

export const shipmentAddressSchema = z
  .object({
    name: text(120, 'Enter a name'),
    company: optionalText(120),
    line1: text(200, 'Enter the street address'),
    line2: optionalText(200),
    city: text(120, 'Enter a city'),
    region: optionalText(60),
    postalCode: text(20, 'Enter a postcode'),
    country: z.string({ error: 'Choose a country' }).trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like US'),
    phone: optionalText(40),
    email: optionalText(200),
  })
  .strict();

/** The carriers staff choose by name; stored by their carrier code. */
export const CARRIER_CHOICES = { 'table-rate': 'table-rate', sandbox: 'sandbox-carrier' } as const;
export type CarrierChoice = keyof typeof CARRIER_CHOICES;

const quantity = z.number({ error: 'Enter a quantity' }).int('Enter a whole quantity').min(1, 'Enter at least 1').max(10_000, 'Enter at most 10,000');
const locationId = (error: string) => z.uuid({ error });
const carrierChoice = z.enum(['table-rate', 'sandbox'], { error: 'Choose table-rate or sandbox' });
const eachLineOnce = <T extends { lineId: string }>(lines: readonly T[]) => new Set(lines.map((line) => line.lineId)).size === lines.length;

export const createShipmentInput = z
  .object({
    orderRef: text(120, 'Enter the order reference'),
    lines: z
      .array(
        z
          .object({
            lineId: text(120, 'Enter the line id'),
            sku: text(120, 'Enter the SKU'),
            title: text(300, 'Enter the title'),
            quantity,
            unitWeightGrams: z.number().int('Enter whole grams').min(1, 'Enter a weight above 0 g').max(1_000_000),
          })
          .strict(),
      )
      .min(1, 'A shipment needs at least one line')
      .max(500)
      .refine(eachLineOnce, 'Each line id once'),
    /** The inventory location it leaves from: its address is asked of the inventory service. */
    shipFromLocationId: locationId('Choose the location it ships from'),
    shipTo: shipmentAddressSchema,
    carrier: carrierChoice,
    service: text(60, 'Choose a service'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrencyCode, 'Use a three-letter ISO 4217 currency code, like USD')
      .transform((value) => value as CurrencyCode)
      .default('USD' as CurrencyCode),
  })
  .strict();
export type CreateShipmentInput = z.infer<typeof createShipmentInput>;

/** A return of some of an outbound shipment's lines, from the customer back to a location. */
export const createReturnInput = z
  .object({
    shipmentId: z.uuid({ error: 'Not a valid id' }),
    lines: z
      .array(z.object({ lineId: text(120, 'Enter the line id'), quantity }).strict())
      .min(1, 'Choose at least one line to return')
      .max(500)
      .refine(eachLineOnce, 'Each line id once'),
    reason: optionalText(500),
    /** Where it goes back to; by default the location the shipment left from. */
    locationId: locationId('Choose the location it goes back to').optional(),
    /** By default the outbound shipment's carrier and service. */
    carrier: carrierChoice.optional(),
    service: text(60, 'Choose a service').optional(),
  })
  .strict();
export type CreateReturnInput = z.infer<typeof createReturnInput>;

export const shipmentIdInput = z.object({ shipmentId: z.uuid({ error: 'Not a valid id' }) }).strict();
export const idInput = z.object({ id: z.uuid({ error: 'Not a valid id' }) }).strict();

export const listShipmentsInput = z
  .object({
    status: z.enum(SHIPMENT_STATUSES).optional(),
    kind: z.enum(['outbound', 'return']).optional(),
    orderRef: z.string().trim().min(1).max(120).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .strict();

export const trackInput = z
  .object({
    trackingNumber: z.string().trim().min(1).max(60),
    postalCode: z.string().trim().min(1).max(20),
  })
  .strict();
