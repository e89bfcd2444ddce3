/**
 * Dates in the feed are ISO days (YYYY-MM-DD). Days are compared as days,
 * never as instants, and "today" is the reader's day in England
 * (Europe/London), whatever their device's time zone.
 */

const DAY_MS = 86_400_000;

const utcDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** True for a real calendar day written YYYY-MM-DD (so not 2027-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = utcDay(value);
  // An impossible day either fails to parse or rolls over into the next month.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/**
 * Formats with `locale` and `options`, by a formatter made on first use and
 * kept: making one costs about as much as forty uses, and a list may write
 * dozens of dates in one keystroke.
 */
const kept = (locale: string, options: Intl.DateTimeFormatOptions) => {
  let format: Intl.DateTimeFormat | undefined;
  return (time: number | Date): string => (format ??= new Intl.DateTimeFormat(locale, options)).format(time);
};

const london = kept('sv-SE', { timeZone: 'Europe/London' });

/** The day it is in England at `now`, as YYYY-MM-DD (Swedish dates are written that way). */
export function todayInLondon(now: Date = new Date()): string {
  return london(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** Writes ISO days in en-GB with `options`; anything else comes back as it is. */
const formatter = (options: Intl.DateTimeFormatOptions) => {
  const format = kept('en-GB', { timeZone: 'UTC', ...options });
  return (iso: string): string => {
    const time = utcDay(iso);
    return Number.isNaN(time) ? iso : format(time);
  };
};

/** "31 March 2027", as NHS.UK writes dates. */
export const formatDate = formatter({ day: 'numeric', month: 'long', year: 'numeric' });

/** "March 2027". */
export const formatMonth = formatter({ month: 'long', year: 'numeric' });
