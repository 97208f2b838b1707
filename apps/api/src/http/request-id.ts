import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a well-formed incoming id (so one request can be followed across services) and mints one otherwise. */
export function requestIdFrom(incoming: string | undefined): string {
  return incoming && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
}
