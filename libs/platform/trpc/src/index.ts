export { ANONYMOUS, anonymousResolver, type AuthenticatedUser, type AuthRequest, type AuthResolver, type AuthState, type Role, ROLES } from './lib/auth';
export type { ClientInfo, RequestContext, SignedInContext } from './lib/context';
export { handleLeanTrpcRequest, isLeanTrpcRequest, type LeanTrpcRequest, type LeanTrpcResponse } from './lib/lean-http-handler';
export { DomainFailure, domainError, InvalidInput, invalidInput, type ErrorData, type FieldError, formatError } from './lib/errors';
export { describeWait, rateLimited } from './lib/rate-limited';
export {
  type CallOrigin,
  createServiceClients,
  MAX_BATCH_SIZE,
  type ServiceClients,
  type ServiceRef,
  type ServiceTopology,
  ServiceUnavailableError,
} from './lib/service-client';
export { adminProcedure, createCallerFactory, customerProcedure, internalProcedure, middleware, publicProcedure, router, staffProcedure } from './lib/trpc';
export { SERVICE_TOKEN_HEADER, isServiceToken } from './lib/service-token';
export type { BackgroundTask, RunningTask } from './lib/background-task';
