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
