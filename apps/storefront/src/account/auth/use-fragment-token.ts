import { useEffect, useState } from 'react';
import { forgetFragmentToken, tokenFromFragment } from '../lib/link-token';

/** The token of the e-mailed link this page was opened from, read once; the address bar loses it straight away. */
export function useFragmentToken(): string | null {
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  useEffect(() => forgetFragmentToken(), []);
  return token;
}
