export { countSchema, idempotencyKeySchema, quantitySchema, requestLineSchema, skuSchema } from './lib/fields';
export { createLocationInput, locationFieldsSchema, locationIdInput, type LocationFieldsInput, updateLocationInput } from './lib/location.inputs';
export {
  availabilityInput,
  commitInput,
  MAX_AVAILABILITY_SKUS,
  MAX_RESERVATION_LINES,
  releaseInput,
  type ReleaseInput,
  reservationIdInput,
  reserveInput,
  type ReserveInput,
  restockInput,
  type RestockInput,
} from './lib/reservation.inputs';
export {
  adjustInput,
  type AdjustInput,
  alertsInput,
  auditInput,
  itemPolicyInput,
  type ItemPolicyInput,
  movementsInput,
  skuInput,
  stockListInput,
  type StockListInput,
  transferInput,
  type TransferInput,
} from './lib/stock-admin.inputs';
