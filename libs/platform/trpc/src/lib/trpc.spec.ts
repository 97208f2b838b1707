import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { z } from 'zod';
import { ANONYMOUS, type AuthState, type Role } from './auth';
import type { RequestContext } from './context';
import { domainError, formatError, invalidInput } from './errors';
import { testContext } from '../testing';
import { adminProcedure, createCallerFactory, customerProcedure, publicProcedure, router, staffProcedure } from './trpc';

const testRouter = router({
  open: publicProcedure.query(() => 'anyone'),
  mine: customerProcedure.query(({ ctx }) => ctx.user.id),
  staffOnly: staffProcedure.mutation(() => 'staff'),
  adminOnly: adminProcedure.mutation(() => 'admin'),
  validate: publicProcedure.input(z.object({ lines: z.array(z.object({ quantity: z.number().int().positive() })) })).mutation(() => 'ok'),
  outOfStock: publicProcedure.mutation(() => {
    throw domainError('CONFLICT', 'OUT_OF_STOCK', 'Only 2 left', { sku: 'TEE-M', available: 2 });
  }),
  crash: publicProcedure.query(() => {
    throw new Error('relation "catalog.secret" does not exist at SELECT * FROM catalog.secret');
  }),
});

const loggedErrors: unknown[] = [];

function contextAs(role: Role | null): RequestContext {
  const auth: AuthState = role ? { user: { id: `user-${role}`, email: `${role}@example.com`, role }, sessionId: 's1' } : ANONYMOUS;
  const logger = pino({ level: 'error' }, { write: (line: string) => void loggedErrors.push(JSON.parse(line)) });
  return testContext({ requestId: 'req-1', logger, identify: async () => auth });
}

const callerAs = (role: Role | null) => createCallerFactory(testRouter)(contextAs(role));

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('procedure builders', () => {
  it('let anyone call a public procedure', async () => {
    expect(await callerAs(null).open()).toBe('anyone');
  });

  it('refuse anonymous callers of customer procedures with UNAUTHORIZED', async () => {
    expect((await failure(callerAs(null).mine())).code).toBe('UNAUTHORIZED');
    expect(await callerAs('customer').mine()).toBe('user-customer');
  });

  it('let staff and admins, and only them, call staff procedures', async () => {
    expect((await failure(callerAs(null).staffOnly())).code).toBe('UNAUTHORIZED');
    expect((await failure(callerAs('customer').staffOnly())).code).toBe('FORBIDDEN');
    expect(await callerAs('staff').staffOnly()).toBe('staff');
    expect(await callerAs('admin').staffOnly()).toBe('staff');
  });

  it('let only admins call admin procedures', async () => {
    expect((await failure(callerAs('staff').adminOnly())).code).toBe('FORBIDDEN');
    expect(await callerAs('admin').adminOnly()).toBe('admin');
  });
});

describe('error formatting', () => {
  const shapeOf = (error: TRPCError, path: string) =>
    formatError({ error, shape: { message: error.message, code: -32600, data: { code: error.code, httpStatus: 400, path } } });

  it('turns validation problems into field paths and messages', async () => {
    const error = await failure(callerAs(null).validate({ lines: [{ quantity: 1 }, { quantity: -2 }] } as never));
    const shape = shapeOf(error, 'validate');
    expect(shape.data.code).toBe('BAD_REQUEST');
    expect(shape.data.fieldErrors).toEqual([{ path: 'lines.1.quantity', message: expect.stringMatching(/>0|positive|greater/i) }]);
  });

  it('reports business-rule input problems with field paths too', () => {
    const shape = shapeOf(invalidInput([{ path: 'priceMin', message: 'must not be above priceMax' }]), 'search');
    expect(shape.data).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'priceMin', message: 'must not be above priceMax' }] });
  });

  it('carries a domain reason and details', async () => {
    const shape = shapeOf(await failure(callerAs(null).outOfStock()), 'outOfStock');
    expect(shape.data).toMatchObject({ code: 'CONFLICT', reason: 'OUT_OF_STOCK', details: { sku: 'TEE-M', available: 2 } });
    expect(shape.message).toBe('Only 2 left');
  });

  it('hides the message and stack of unexpected errors from clients but logs them', async () => {
    const error = await failure(callerAs(null).crash());
    const shape = shapeOf(error, 'crash');
    expect(shape.message).toBe('Internal server error');
    expect(JSON.stringify(shape)).not.toMatch(/catalog\.secret|stack|SELECT/);
    expect(JSON.stringify(loggedErrors)).toContain('catalog.secret');
  });
});
