export type { DemoOptions, ServiceDefinition } from './lib/service-definition';
export {
  allHandlers,
  allJobs,
  allMigrationSets,
  type AppRouter,
  appRouter,
  definedServices,
  mountedServices,
  PLATFORM_JOBS,
  PLATFORM_MIGRATIONS,
  routerFor,
  SERVICES,
} from './lib/services';
