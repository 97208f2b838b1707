import type { SagaStep } from '@emporium/checkout-domain';
import type { RequestContext } from '@emporium/platform-trpc';

/**
 * The crash tests' hook (CHECKOUT_TEST_CRASH_AFTER, refused in production by the config): the process dies the
 * hardest way right after the step took effect and before the saga saved it — the moment recovery must handle.
 */
export function crashIfAsked(ctx: RequestContext, step: SagaStep): void {
  if (ctx.config.CHECKOUT_TEST_CRASH_AFTER !== step) return;
  ctx.logger.warn({ step }, 'CHECKOUT_TEST_CRASH_AFTER: killing the process');
  process.kill(process.pid, 'SIGKILL');
}
