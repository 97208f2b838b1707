import { useEffect, useState } from 'react';

/** The current time, moving on every `intervalMs`, so "5 minutes ago" does not stay "just now". */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
