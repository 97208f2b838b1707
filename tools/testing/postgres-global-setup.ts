// One Vitest global setup for every project whose tests need PostgreSQL (see vitest.shared.mts).
export { setupTestPostgres as default } from '@emporium/platform-db/testing';
