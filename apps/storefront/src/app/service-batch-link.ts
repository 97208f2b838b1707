import { httpBatchLink, type TRPCLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';

type BatchOptions = Parameters<typeof httpBatchLink>[0];

/**
 * Batches calls per service (`catalog.*` with `catalog.*`, never with `cart.*`). When the services run in separate
 * processes the API the page talks to passes each request on to the one process that owns it, which it can only do
 * when a request names one service (see the API's service-forwarding). In one process it costs a request per service
 * a page asks at once, instead of one.
 */
export function serviceBatchLink<TRouter extends AnyRouter>(options: BatchOptions): TRPCLink<TRouter> {
  return (runtime) => {
    const perService = new Map<string, ReturnType<TRPCLink<TRouter>>>();
    return (call) => {
      const service = call.op.path.split('.', 1)[0] ?? '';
      let link = perService.get(service);
      if (!link) {
        link = (httpBatchLink(options) as unknown as TRPCLink<TRouter>)(runtime);
        perService.set(service, link);
      }
      return link(call);
    };
  };
}
