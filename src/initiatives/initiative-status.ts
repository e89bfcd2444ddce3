/**
 * Where an initiative stands on a given day, worked out from its dates alone,
 * so that it can be tested for any day without a clock. `opens` is the first
 * day it is open and `closes` the last; days are compared as days.
 */
import { daysBetween } from '../content/dates.js';
import type { Initiative } from '../content/types.js';

export type InitiativeState = 'upcoming' | 'open' | 'closing' | 'closed';

export interface InitiativeStatus {
  state: InitiativeState;
  /** Days from today to `closes` (0 on the closing day), when it has a closing date. */
  days?: number;
}

/** The status of `initiative` on `today` (YYYY-MM-DD); "closing soon" is within `closingSoonDays`. */
export function initiativeStatus(
  { opens, closes }: Pick<Initiative, 'opens' | 'closes'>,
  today: string,
  closingSoonDays = 30,
): InitiativeStatus {
  const upcoming = opens && today < opens;
  if (!closes) return { state: upcoming ? 'upcoming' : 'open' };
  const days = daysBetween(today, closes);
  return { state: upcoming ? 'upcoming' : days < 0 ? 'closed' : days <= closingSoonDays ? 'closing' : 'open', days };
}

/**
 * Where an initiative goes in a list, smallest first: open ones, closing
 * soonest first (no closing date after them), then upcoming ones, opening
 * soonest first, then closed ones, most recently closed first. Sort with a
 * stable sort, so that ties keep the author's order.
 */
export function listOrder(
  { opens }: Pick<Initiative, 'opens'>,
  { state, days }: InitiativeStatus,
  today: string,
): number {
  return state == 'upcoming' ? 1e6 + daysBetween(today, opens!) : state == 'closed' ? 2e6 - days! : (days ?? 9e5);
}

/**
 * True when `reviewed` is more than `months` months before `today`
 * (reviewed 15 March 2025 goes stale on 16 March 2026 with 12 months).
 */
export function isStale(reviewed: string | undefined, today: string, months = 12): boolean {
  if (!reviewed) return false;
  const [y, m, d] = reviewed.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
  return today > limit;
}
