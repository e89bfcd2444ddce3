/**
 * Dates in the feed are ISO days (YYYY-MM-DD). Days are compared as days,
 * never as instants, and "today" is the reader's day in England
 * (Europe/London), whatever their device's time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day written YYYY-MM-DD (so not 2027-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

let londonParts: Intl.DateTimeFormat | undefined;

/** The day it is in England at `now`, as YYYY-MM-DD. */
export function todayInLondon(now: Date = new Date()): string {
  londonParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

let londonClock: Intl.DateTimeFormat | undefined;

/**
 * Milliseconds from `now` until the next midnight in England. Never late: on
 * the day the clocks change it may be up to an hour early, so a caller that
 * wakes then should check `todayInLondon()` and wait again if it has not moved.
 */
export function msUntilLondonMidnight(now: Date = new Date()): number {
  londonClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p = Object.fromEntries(londonClock.formatToParts(now).map((x) => [x.type, Number(x.value)]));
  let wait = DAY_MS - ((p.hour * 60 + p.minute) * 60 + p.second) * 1000 - now.getMilliseconds();
  // Spring forward: the day is an hour short, so midnight comes an hour sooner.
  if (todayInLondon(new Date(now.getTime() + wait - 3_600_000)) !== todayInLondon(now)) {
    wait -= 3_600_000;
  }
  return Math.max(1000, wait);
}

let longDate: Intl.DateTimeFormat | undefined;
let monthYear: Intl.DateTimeFormat | undefined;

/** "31 March 2027", as NHS.UK writes dates. */
export function formatDate(iso: string): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return longDate.format(utcDay(iso));
}

/** "March 2027". */
export function formatMonth(iso: string): string {
  monthYear ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return monthYear.format(utcDay(iso));
}
