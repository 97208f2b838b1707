import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { shouldRetry } from '../lib/api-error';
import { trpc } from '../trpc';
import { serviceBatchLink } from './service-batch-link';

/** The API refuses batches larger than this (MAX_BATCH_SIZE in platform-trpc, which the SPA does not import). */
const MAX_BATCH_SIZE = 25;

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Catalogue data changes rarely; going back to a page should not flash skeletons again.
        staleTime: 60_000,
      },
    },
  });
}

/** Gives every component below the typed tRPC hooks, talking to the API at /trpc on the same origin. */
export function ApiProvider({ children }: { readonly children: ReactNode }) {
  // Created once per mount, not per render: a new client would throw the cache away.
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => trpc.createClient({ links: [serviceBatchLink({ url: '/trpc', maxItems: MAX_BATCH_SIZE })] }));
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
