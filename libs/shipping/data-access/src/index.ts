export { shippingMigrationSet } from './lib/shipping.migrations';
export { SHIPPING_SCHEMA, shippingDb, type ShippingTables } from './lib/shipping.tables';
export { createZone, deleteZone, getZone, listZones, type ZoneFields, type ZoneWriteFailure, type ZoneWriteResult, updateZone } from './lib/zones';
export {
  createMethod,
  deleteMethod,
  getMethod,
  listMethods,
  type MethodFields,
  type MethodWriteFailure,
  type MethodWriteResult,
  updateMethod,
} from './lib/methods';
export { seedDemoShipping } from './lib/demo-shipping';
export {
  createShipment,
  findShipmentByTrackingNumber,
  getShipment,
  listReturns,
  listShipments,
  lockShipment,
  lockShipmentByTrackingNumber,
  type NewShipment,
  setTrackingNumbers,
  type Shipment,
  type ShipmentAddress,
  returnedQuantities,
  type ShipmentFilter,
  type ShipmentKind,
  type ShipmentLine,
  type ShipmentParcel,
  type ShipmentWithDetails,
  updateShipmentStatus,
} from './lib/shipments';
export {
  clearTrackingNumbers,
  getLiveLabel,
  type LabelAttempt,
  type LabelAttemptOutcome,
  labelIdempotencyKey,
  listLabelAttempts,
  listLabels,
  markLabelCancelled,
  type NewLabel,
  openLabelAttempt,
  resolveLabelAttempt,
  saveLabel,
  type StoredLabel,
} from './lib/labels';
export { adoptTrackingEvents, type EventPlace, listTrackingEvents, lockTrackingNumbers, type NewTrackingEvent, recordTrackingEvent, type StoredTrackingEvent } from './lib/tracking-events';
export { TRACKING_GUESS_POLICY, trackingGuesses } from './lib/tracking-guesses';
