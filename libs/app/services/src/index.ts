export type { DemoOptions, HttpRoute, HttpRouteRequest, HttpRouteResponse, HttpRouteRuntime, ServiceDefinition } from './lib/service-definition';
export {
  allHandlers,
  allJobs,
  allMigrationSets,
  type AppRouter,
  appRouter,
  definedServices,
  mountedServices,
  platformJobs,
  PLATFORM_MIGRATIONS,
  routerFor,
  SERVICES,
} from './lib/services';
