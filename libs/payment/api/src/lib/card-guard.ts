import { containsCardData, redactCardData } from '@emporium/payment-domain';
import { domainError, middleware } from '@emporium/platform-trpc';

/**
 * Card numbers, security codes and track data never reach the shop: the browser gives them to the gateway, which
 * answers a token. A request carrying any of them is refused before anything reads it, and the log shows where it
 * was, redacted — so a misbuilt client is found without the number being written anywhere.
 */
export const refuseCardData = middleware(async ({ ctx, path, getRawInput, next }) => {
  const input = await getRawInput();
  const found = containsCardData(input);
  if (found.found) {
    ctx.logger.warn({ procedure: path, paths: found.paths, input: redactCardData(input) }, 'refused a request carrying card data');
    throw domainError(
      'BAD_REQUEST',
      'CARD_DATA_REFUSED',
      'Card details are never sent to the shop. Enter them in the secure card form, which sends them straight to the payment provider.',
      { paths: found.paths },
    );
  }
  return next();
});
