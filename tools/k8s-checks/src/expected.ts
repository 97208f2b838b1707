import { SERVICES } from '@emporium/app-services';
import { SERVICE_NAMES } from '@emporium/platform-config';

/**
 * The call graph the manifests must implement (docs/operations.md#deploying-on-kubernetes): service → the services
 * it calls over HTTP, read from the services' own definitions (`calls` in libs/app/services), so a new call in the
 * code fails here until the manifests allow it. The storefront is the edge that forwards the browser's calls, so it
 * may call every service. The worker calls none (database, e-mail and the card gateway only).
 */
export const CALLS: Record<string, string[]> = {
  ...Object.fromEntries(SERVICE_NAMES.map((name) => [name, [...(SERVICES[name]?.calls ?? [])].sort()])),
  storefront: SERVICE_NAMES.filter((name) => name !== 'storefront').sort(),
  worker: [],
  all: [],
};

/** Who calls a service: the inverse of CALLS. */
export const callersOf = (service: string): string[] =>
  Object.entries(CALLS)
    .filter(([, callees]) => callees.includes(service))
    .map(([caller]) => caller)
    .sort();

/** Services the ingress controller reaches: the storefront (SPA, tRPC edge) and the webhook receivers. */
export const EDGE = ['storefront', 'payment', 'shipping', 'all'];

/** Ports each process may open to the internet: gateways and carriers (443), e-mail (587, 465). */
export const INTERNET_PORTS: Record<string, number[]> = {
  payment: [443],
  shipping: [443],
  worker: [443, 465, 587],
  all: [443, 465, 587],
};

/** Processes that keep no request state and scale on CPU; the worker scales on its queue, not its CPU. */
export const STATEFUL = ['worker'];

export const SPLIT_SERVICES = ['cart', 'catalog', 'inventory', 'order', 'payment', 'shipping', 'storefront', 'user', 'worker'];
