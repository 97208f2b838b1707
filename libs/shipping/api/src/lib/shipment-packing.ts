import type { TRPCError } from '@trpc/server';
import type { PackingError } from '@emporium/shipping-domain';
import { invalidInput } from '@emporium/platform-trpc';

/** Why lines cannot be packed, at the line the staff member must change (its weight, usually). */
export function packingError(error: PackingError, lines: readonly { readonly lineId: string }[]): TRPCError {
  const index = 'lineId' in error ? lines.findIndex((line) => line.lineId === error.lineId) : -1;
  const path = index >= 0 ? `lines.${index}.unitWeightGrams` : 'lines';
  const message =
    error.type === 'ItemTooHeavy'
      ? `One unit weighs ${error.unitWeightGrams} g, more than a parcel may (${error.maxWeightGrams} g)`
      : error.type === 'InvalidItem'
        ? `This line cannot be packed (${error.field}: ${error.reason})`
        : 'These lines cannot be packed';
  return invalidInput([{ path, message }]);
}
