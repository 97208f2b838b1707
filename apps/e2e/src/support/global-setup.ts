export { setupTestPostgres as default } from '@emporium/platform-db/testing';
