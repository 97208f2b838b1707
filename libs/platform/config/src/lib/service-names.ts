/** The services Emporium is made of. Each owns one PostgreSQL schema and one tRPC router namespace. */
export const SERVICE_NAMES = ['storefront', 'catalog', 'cart', 'order', 'payment', 'user', 'inventory', 'shipping'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** `worker` is not a service: it runs event handlers and scheduled jobs, in the API process or on its own. */
export const PROCESS_ROLES = [...SERVICE_NAMES, 'worker'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}

/** The environment variable that holds a service's base URL when it runs in another process. */
export function serviceUrlVariable(service: ServiceName): `${Uppercase<ServiceName>}_URL` {
  return `${service.toUpperCase() as Uppercase<ServiceName>}_URL`;
}
