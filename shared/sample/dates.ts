/**
 * Date helpers for the sample workspace. Review dates are placed relative to
 * `now`, so that the sample never goes stale (except where a finding is meant).
 */

/** `now` moved by whole months (negative = past), as YYYY-MM-DD in UTC. */
export function monthsFrom(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  d.setUTCMonth(d.getUTCMonth() + months);
  // Keep the day of month where that month has it, else its last day.
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return d.toISOString().slice(0, 10);
}

/** The review dates of a record reviewed `monthsAgo` months before `now`, due again a year after that review. */
export function reviewDates(now: Date, monthsAgo: number): { lastReviewed: string; nextReviewDue: string } {
  return { lastReviewed: monthsFrom(now, -monthsAgo), nextReviewDue: monthsFrom(now, 12 - monthsAgo) };
}

/** `now` as an ISO 8601 date-time in UTC (what `exportedAt`, `createdAt`, `updatedAt` hold). */
export function isoDateTime(now: Date): string {
  return now.toISOString();
}
