import type { TRPCError } from '@trpc/server';
import type { MethodWriteFailure, ZoneWriteFailure } from '@emporium/shipping-data-access';
import { type AddressError, type ConfigError, describeShippingError } from '@emporium/shipping-domain';
import { domainError, invalidInput } from '@emporium/platform-trpc';

/** A zone or method the domain refuses: every issue under its field, inside `fields` as the input names it. */
export function configError(error: ConfigError, prefix = 'fields'): TRPCError {
  return invalidInput(error.issues.map((issue) => ({ path: `${prefix}.${issue.path.replace(/\[(\d+)\]/g, '.$1')}`, message: issue.message })));
}

/** An address that cannot be shipped to as given, at the field the shopper must fix. */
export function addressError(error: AddressError, prefix = 'destination'): TRPCError {
  const path = `${prefix}.${error.type === 'UnknownCountry' ? 'country' : 'postalCode'}`;
  return invalidInput([{ path, message: describeShippingError(error) }]);
}

export function zoneWriteError(failure: ZoneWriteFailure): TRPCError {
  return failure.type === 'UnknownZone'
    ? domainError('NOT_FOUND', 'ZONE_NOT_FOUND', 'No such shipping zone', { zoneId: failure.zoneId })
    : invalidInput([{ path: 'fields.name', message: `Another zone is already called ${failure.name}` }]);
}

export function methodWriteError(failure: MethodWriteFailure): TRPCError {
  return failure.type === 'UnknownMethod'
    ? domainError('NOT_FOUND', 'METHOD_NOT_FOUND', 'No such shipping method', { methodId: failure.methodId })
    : invalidInput([{ path: 'fields.zoneId', message: 'No such shipping zone' }]);
}
