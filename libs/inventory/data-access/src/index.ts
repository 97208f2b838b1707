export { adjust, type AdjustRequest, type LevelView, transfer, type TransferRequest } from './lib/adjustments';
export { type AvailabilityAnswer, availabilityOf, type SkuAvailability } from './lib/availability';
export { ensureDemoLocations } from './lib/demo-stock';
export { type InventoryFailure, type InventoryResult } from './lib/inventory-failure';
export { inventoryMigrationSet } from './lib/inventory.migrations';
export { INVENTORY_SCHEMA, inventoryDb, type InventoryTables } from './lib/inventory.tables';
export { type PolicyChange, updateItemPolicy } from './lib/items';
export { auditLedger } from './lib/ledger-audit';
export {
  type Actor,
  AVAILABILITY_CHANGED,
  type AvailabilityChanged,
  type EventPublisher,
  SYSTEM_ACTOR,
} from './lib/level-changes';
export { createLocation, getLocation, listActiveLocations, type Location, type LocationAddress, type LocationFields, type LocationView, listLocations, updateLocation } from './lib/locations';
export { type HeldUnits, type ReservationLineView, type ReservationView } from './lib/reservation-view';
export { type CloseRequest, commit, expireReservations, getReservation, release, reserve, type ReserveOutcome, type ReserveRequest } from './lib/reservations';
export { restock, type RestockOutcome, type RestockRequest } from './lib/restock';
export { registerSkus, type SkusRegistered } from './lib/sku-registry';
export { applyStockAlert, listStockAlerts, type StockAlertView } from './lib/stock-alerts';
export { type LocationLevel, listStock, type MovementView, movementsOf, type StockListQuery, type StockPage, type StockRow, stockOf } from './lib/stock-queries';
