import type { AppRouter } from '@emporium/app-services';
import { type CreateTRPCReact, createTRPCReact } from '@trpc/react-query';

// The explicit annotation keeps the declaration emit from naming @trpc/react-query's internal types (TS2883).
export const trpc: CreateTRPCReact<AppRouter, unknown> = createTRPCReact<AppRouter>();
