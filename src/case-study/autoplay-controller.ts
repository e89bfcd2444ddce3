import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Rotation for a carousel, following the WAI-ARIA carousel pattern: it runs
 * only while `enabled`, pauses while the pointer is over the host or focus is
 * inside it, stays stopped once the reader has stopped it (`stop()`) until
 * they ask again (`play()`), and never runs under `prefers-reduced-motion`.
 *
 * Focus on the element matching the `exempt` selector in the host's shadow
 * root (the carousel's own Pause/Play button) does not pause it, so pressing
 * Play with the keyboard starts rotation at once. The timer starts afresh on
 * every update of the host, and each change here asks for one.
 * @internal
 */
export class AutoplayController implements ReactiveController {
  /** Milliseconds between moves. */
  interval = 6000;
  /** Whether the host wants rotation at all (e.g. its `autoplay` attribute). */
  enabled = false;
  /** The reader stopped rotation; only `play()` starts it again. */
  stopped = false;

  private hovered = false;
  private timer?: ReturnType<typeof setInterval>;
  private readonly motion = matchMedia('(prefers-reduced-motion:reduce)');

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tick: () => void,
    private readonly exempt: string,
  ) {
    host.addController(this);
  }

  /** True when the reader's system asks for less motion: rotation never runs. */
  get reducedMotion(): boolean {
    return this.motion.matches;
  }

  /** True while the slides move on their own. */
  get rotating(): boolean {
    const { host } = this;
    return (
      this.enabled &&
      !this.stopped &&
      !this.hovered &&
      !this.reducedMotion &&
      (!host.matches(':focus-within') || !!host.shadowRoot?.querySelector(`${this.exempt}:focus`))
    );
  }

  hostConnected(): void {
    this.listen('addEventListener');
  }

  hostDisconnected(): void {
    this.hovered = false;
    this.listen('removeEventListener');
  }

  /** (Re)starts the timer to match `rotating`. */
  hostUpdated(): void {
    clearInterval(this.timer);
    if (this.rotating && this.host.isConnected) this.timer = setInterval(() => this.rotating && this.tick(), this.interval);
  }

  /** Stop rotating until `play()`: the reader paused, or used a control. */
  stop(): void {
    this.stopped = true;
    this.host.requestUpdate();
  }

  /** Rotate again (the reader pressed Play). */
  play(): void {
    this.stopped = false;
    this.host.requestUpdate();
  }

  /**
   * Focus moving between two elements of the host's own shadow tree never
   * reaches the host (the event path stops where target and relatedTarget
   * meet), so focus is heard on the shadow root as well.
   */
  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    for (const type of ['pointerenter', 'pointerleave', 'focusin', 'focusout']) {
      this.host[method](type, this.onEvent);
      this.host.shadowRoot?.[method](type, this.onEvent);
    }
    this.motion[method]('change', this.onEvent);
    this.hostUpdated();
  }

  private onEvent = ({ type }: Event): void => {
    if (type[0] === 'p') this.hovered = type === 'pointerenter';
    this.host.requestUpdate();
  };
}
