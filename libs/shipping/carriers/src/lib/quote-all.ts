import type { Carrier, CarrierQuote, QuoteRequest } from './carrier';
import { CarrierRejected, CarrierUnavailable } from './carrier-errors';

export interface QuoteNote {
  readonly carrier: string;
  /** One sentence for staff and logs; the checkout shows the options it has and may say some are missing. */
  readonly message: string;
  readonly reason: 'timeout' | 'unavailable' | 'rejected' | 'failed';
  /** What was thrown, for logging. */
  readonly error?: unknown;
}

export interface QuoteAllResult {
  /** Cheapest first, then by carrier and name. */
  readonly options: CarrierQuote[];
  /** One per carrier that gave no answer. */
  readonly notes: QuoteNote[];
}

/**
 * Asks every carrier in parallel and waits at most `timeoutMs`. A carrier that is slow, down, refuses or throws
 * contributes a note instead of options: a checkout never fails (nor waits) because one carrier does. The signal
 * passed to each carrier aborts at the time limit so its HTTP calls stop too; a carrier that ignores it is simply
 * no longer waited for.
 */
export async function quoteAll(
  carriers: readonly Carrier[],
  request: QuoteRequest,
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
): Promise<QuoteAllResult> {
  const answers = await Promise.all(carriers.map((carrier) => quoteOne(carrier, request, options)));
  const quotes = answers.flatMap((answer) => answer.options);
  const notes = answers.flatMap((answer) => (answer.note ? [answer.note] : []));
  quotes.sort((a, b) => a.amount.amount - b.amount.amount || compare(a.carrier, b.carrier) || compare(a.name, b.name));
  return { options: quotes, notes };
}

type Answer = { options: CarrierQuote[]; note?: QuoteNote };

async function quoteOne(carrier: Carrier, request: QuoteRequest, options: { timeoutMs: number; signal?: AbortSignal }): Promise<Answer> {
  const limit = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([limit, options.signal]) : limit;
  let onAbort = () => undefined as void;
  const gaveUp = new Promise<'timeout'>((resolve) => {
    onAbort = () => resolve('timeout');
    if (signal.aborted) resolve('timeout');
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const answer = await Promise.race([carrier.quote(request, { signal }), gaveUp]);
    if (answer === 'timeout') return { options: [], note: timedOut(carrier.code, options.timeoutMs) };
    const usable = answer.filter((quote) => quote.amount.currency === request.currency);
    if (usable.length === answer.length) return { options: usable };
    // Never shown in another currency, never converted.
    const message = `${carrier.code} quoted ${answer.length - usable.length} service(s) in another currency than ${request.currency}; left out.`;
    return { options: usable, note: { carrier: carrier.code, reason: 'rejected', message } };
  } catch (error) {
    if (limit.aborted || (error instanceof CarrierUnavailable && error.reason === 'aborted')) {
      return { options: [], note: { ...timedOut(carrier.code, options.timeoutMs), error } };
    }
    return { options: [], note: noteFor(carrier.code, error) };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

const timedOut = (carrier: string, timeoutMs: number): QuoteNote => ({
  carrier,
  reason: 'timeout',
  message: `${carrier} did not answer within ${timeoutMs} ms; its services are not offered.`,
});

function noteFor(carrier: string, error: unknown): QuoteNote {
  if (error instanceof CarrierUnavailable) {
    return { carrier, reason: 'unavailable', message: `${carrier} is unavailable (${error.message}); its services are not offered.`, error };
  }
  if (error instanceof CarrierRejected) {
    return { carrier, reason: 'rejected', message: `${carrier} refused to quote: ${error.message}`, error };
  }
  return { carrier, reason: 'failed', message: `${carrier} failed to quote; its services are not offered.`, error };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
