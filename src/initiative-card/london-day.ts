import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msUntilLondonMidnight, todayInLondon } from '../content/dates.js';

/**
 * Keeps `today` (YYYY-MM-DD, the day in England) current for a host whose
 * words depend on the date, such as "Closes tomorrow": it wakes at London
 * midnight, and when the page becomes visible again (timers sleep with the
 * device), and asks the host to update only when the day has moved on.
 * `now` is for tests.
 */
export class LondonDayController implements ReactiveController {
  today: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.today = todayInLondon(now());
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.check);
    this.check();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.check);
    clearTimeout(this.timer);
  }

  /** Look at the clock now; update the host if the day has changed, and wait for the next midnight. */
  readonly check = (): void => {
    clearTimeout(this.timer);
    const now = this.now();
    const today = todayInLondon(now);
    if (today !== this.today) {
      this.today = today;
      this.host.requestUpdate();
    }
    this.timer = setTimeout(this.check, msUntilLondonMidnight(now));
  };
}
