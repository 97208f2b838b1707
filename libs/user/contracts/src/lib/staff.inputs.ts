import { z } from 'zod';
import { ROLES } from '@emporium/user-domain';

/** Staff looking up customers: by name or e-mail text, optionally one role, a page at a time. */
export const customerSearchInput = z
  .object({
    query: z.string().trim().max(200).optional(),
    role: z.enum(ROLES).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .strict();

export const userIdInput = z.object({ userId: z.uuid() }).strict();

/** Whether the change is allowed is `decideRoleChange`'s call on the server, with the actor and admin count. */
export const setRoleInput = z.object({ userId: z.uuid(), role: z.enum(ROLES) }).strict();

export type CustomerSearchInput = z.infer<typeof customerSearchInput>;
export type UserIdInput = z.infer<typeof userIdInput>;
export type SetRoleInput = z.infer<typeof setRoleInput>;
