import { type DeliveryWindow, estimateDelivery, type LocalDateTime } from '@emporium/shipping-domain';
import type { Config } from '@emporium/platform-config';

/** The wall-clock date and time at `at` in `timeZone`, as the delivery rules read an order's moment. */
export function localDateTime(at: Date, timeZone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** When an option ordered at `at` ships and arrives, by the warehouse's cut-off, time zone and holidays. */
export function deliveryWindow(
  config: Pick<Config, 'SHIPPING_TIMEZONE' | 'SHIPPING_CUTOFF' | 'SHIPPING_HOLIDAYS'>,
  at: Date,
  transitDays: { readonly min: number; readonly max: number },
): DeliveryWindow {
  const [hours = 0, minutes = 0] = config.SHIPPING_CUTOFF.split(':').map(Number);
  return estimateDelivery({
    orderedAt: localDateTime(at, config.SHIPPING_TIMEZONE),
    cutOffMinutes: hours * 60 + minutes,
    holidays: config.SHIPPING_HOLIDAYS,
    minDays: transitDays.min,
    maxDays: Math.max(transitDays.min, transitDays.max),
  });
}
