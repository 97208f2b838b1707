import { formatDate, relativeTime } from './relative-time';

const now = new Date('2025-03-12T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('relativeTime', () => {
  it('says "just now" for the last few seconds, and for a clock a little ahead', () => {
    expect(relativeTime(ago(0), now)).toBe('just now');
    expect(relativeTime(ago(44), now)).toBe('just now');
    expect(relativeTime(ago(-20), now)).toBe('just now');
  });

  it('counts minutes, then hours', () => {
    expect(relativeTime(ago(60), now)).toBe('1 minute ago');
    expect(relativeTime(ago(5 * 60), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(50 * 60), now)).toBe('1 hour ago');
    expect(relativeTime(ago(3 * 3600), now)).toBe('3 hours ago');
  });

  it('says "yesterday", then days and weeks', () => {
    expect(relativeTime(ago(26 * 3600), now)).toBe('yesterday');
    expect(relativeTime(ago(3 * 86400), now)).toBe('3 days ago');
    expect(relativeTime(ago(7 * 86400), now)).toBe('last week');
    expect(relativeTime(ago(20 * 86400), now)).toBe('3 weeks ago');
  });

  it('gives the date for anything older than about a month', () => {
    expect(relativeTime(ago(40 * 86400), now)).toBe(formatDate(ago(40 * 86400)));
    expect(formatDate(new Date('2025-01-31T12:00:00Z'))).toMatch(/Jan/);
  });
});
