export type { ProviderFailure } from './lib/provider-failure';
export {
  type ProviderErrors,
  type ProviderHttpClient,
  providerHttpClient,
  type ProviderHttpOptions,
  type ProviderRequest,
  type ProviderResponse,
} from './lib/provider-http-client';
