import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Rotation for a carousel, following the WAI-ARIA carousel pattern: it runs
 * only while `enabled`, pauses while the pointer is over the host or focus is
 * inside it, stays stopped once the reader has stopped it (`stop()`) until
 * they ask again (`play()`), and never runs under `prefers-reduced-motion`.
 *
 * Focus on an element for which `keepsRotating(element)` is true (the
 * carousel's own Pause/Play button) does not pause it, so pressing Play with
 * the keyboard starts rotation at once.
 * @internal
 */
export class AutoplayController implements ReactiveController {
  /** Milliseconds between moves. */
  interval = 6000;
  /** Whether the host wants rotation at all (e.g. its `autoplay` attribute). */
  enabled = false;
  /** The reader stopped rotation; only `play()` starts it again. */
  stopped = false;
  hovered = false;
  focused = false;

  private readonly motion = matchMedia('(prefers-reduced-motion: reduce)');
  private timer?: ReturnType<typeof setInterval>;
  private timerInterval = 0;
  private wasRotating = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tick: () => void,
    private readonly keepsRotating: (element: Element) => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** True when the reader's system asks for less motion: rotation never runs. */
  get reducedMotion(): boolean {
    return this.motion.matches;
  }

  /** True while the slides move on their own. */
  get rotating(): boolean {
    return this.enabled && !this.stopped && !this.hovered && !this.focused && !this.reducedMotion;
  }

  hostConnected(): void {
    this.listen('addEventListener');
    this.sync();
  }

  hostDisconnected(): void {
    this.listen('removeEventListener');
    this.hovered = this.focused = false;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Stop rotating until `play()`: the reader paused, or used a control. */
  stop(): void {
    this.stopped = true;
    this.sync();
    this.host.requestUpdate();
  }

  /** Rotate again (the reader pressed Play). */
  play(): void {
    this.stopped = false;
    this.sync();
    this.host.requestUpdate();
  }

  /**
   * Focus moving between two elements of the host's own shadow tree never
   * reaches the host (the event path stops where target and relatedTarget
   * meet), so focus is heard on the shadow root as well.
   */
  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    for (const type of EVENTS) this.host[method](type, this.onEvent);
    for (const type of EVENTS.slice(2)) this.host.shadowRoot?.[method](type, this.onEvent);
    this.motion[method]('change', this.onEvent);
  }

  private onEvent = (event: Event): void => {
    switch (event.type) {
      case 'pointerenter':
      case 'pointerleave':
        this.hovered = event.type === 'pointerenter';
        break;
      case 'focusin':
        this.focused = !this.keepsRotating(event.composedPath()[0] as Element);
        break;
      case 'focusout': {
        // Focus staying inside (a focusin follows) keeps it paused meanwhile.
        const to = (event as FocusEvent).relatedTarget as Node | null;
        this.focused = !!to && (this.host.contains(to) || !!this.host.shadowRoot?.contains(to));
      }
    }
    this.sync();
  };

  /** Start or stop the timer to match `rotating`; tell the host when that changes. */
  private sync(): void {
    const rotating = this.rotating && this.host.isConnected;
    if (!rotating || this.timerInterval !== this.interval) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    if (rotating && !this.timer) {
      this.timerInterval = this.interval;
      this.timer = setInterval(() => this.tick(), this.interval);
    }
    if (rotating !== this.wasRotating) {
      this.wasRotating = rotating;
      this.host.requestUpdate();
    }
  }
}

const EVENTS = ['pointerenter', 'pointerleave', 'focusin', 'focusout'] as const;
