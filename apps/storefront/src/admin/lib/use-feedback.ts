import { useToast } from '@emporium/ui';
import { useMemo } from 'react';
import { describeProblem } from './api-problems';

/** Toasts for the outcome of an action: a short success, or the problem in words (errors stay until dismissed). */
export function useFeedback() {
  const toast = useToast();
  return useMemo(
    () => ({
      saved: (message: string) => toast.show(message, { tone: 'success' }),
      failed: (error: unknown) => toast.show(describeProblem(error), { tone: 'error' }),
    }),
    [toast],
  );
}
