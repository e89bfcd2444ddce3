import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isIsoDate, todayInLondon } from '../content/dates.js';
import { warn } from '../shared/log.js';

const HOUR = 3_600_000;

/**
 * Keeps `today` (YYYY-MM-DD, the day in England) current for a host whose
 * words depend on the date, such as "Closes tomorrow": it wakes on the hour
 * (London's midnight is always on a UTC hour, in GMT and in BST), and when
 * the page becomes visible again (timers sleep with the device), and asks the
 * host to update only when the day has moved on. `day(value)` is the host's
 * day: its own `today` when that is a real date, else this one.
 */
export class LondonDayController implements ReactiveController {
  /** The day in England (YYYY-MM-DD), from when the host is connected. */
  today = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.check);
    this.check();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.check);
    clearTimeout(this.#timer);
  }

  /** `today` when it is a real day (YYYY-MM-DD); else the day in England (telling the author, if `today` was set). */
  day(today?: string): string {
    if (isIsoDate(today)) return today;
    if (today) warn(`<${this.host.localName}> today: expected a date like 2027-03-31, got "${today}"`);
    return this.today;
  }

  /** Look at the clock now; update the host if the day has changed, and wait for the next hour. */
  readonly check = (): void => {
    clearTimeout(this.#timer);
    const now = new Date();
    const today = todayInLondon(now);
    if (today !== this.today) {
      this.today = today;
      this.host.requestUpdate();
    }
    this.#timer = setTimeout(this.check, HOUR - (now.getTime() % HOUR));
  };
}
