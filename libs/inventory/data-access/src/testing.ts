/** Test support for the inventory: fixtures and ledger checks. Import from `@emporium/inventory-data-access/testing`. */
export { CHECKOUT, givenLocation, givenStock, levelOf, lowestAvailableInLedger, recordingPublisher, STAFF } from './testing/inventory-fixtures';
