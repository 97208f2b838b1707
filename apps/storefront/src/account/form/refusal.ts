import { apiErrorMessage, apiErrorReason } from '../../lib/api-error';

/**
 * What to say when the API refuses a form: the page's own words for the reasons it expects (`invalid_credentials`
 * → "The e-mail address or password is not right."), else the general message (which covers the wait of a
 * rate-limited request, the network and the server).
 */
export function refusalMessage(error: unknown, reasons: Readonly<Record<string, string>> = {}): string {
  const reason = apiErrorReason(error);
  return (reason !== null && reasons[reason]) || apiErrorMessage(error);
}
