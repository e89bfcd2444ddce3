import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller reads of its host: the element's own `autoplay` and `interval`. */
export interface AutoplayHost extends ReactiveControllerHost, HTMLElement {
  /** Rotate on a timer. */
  autoplay: boolean;
  /** Seconds between steps (at least 1; 6 when not a number). */
  interval: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Rotation for a carousel: calls `step` every `interval` seconds while
 * `rotating`, with the timer started afresh after every update of the host.
 * Rotation pauses while the pointer is over the host or focus is inside it
 * (except on its Pause/Play button, `.rotation`), stops for good once the
 * reader has used a control (`stop()`, until Play), and never runs under
 * `prefers-reduced-motion`, nor when `can()` says there is nothing to rotate
 * to. The host calls `refresh` when the pointer or focus moves.
 */
export class AutoplayController implements ReactiveController {
  /** The reader stopped rotation (Pause, or any control); only Play starts it again. */
  stopped = false;
  private timer?: ReturnType<typeof setInterval>;
  private motion = matchMedia('(prefers-reduced-motion:reduce)');

  constructor(
    private readonly host: AutoplayHost,
    private readonly step: () => void,
    private readonly can: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.motion.onchange = this.refresh;
    // Also on reconnection: the update restarts rotation.
    this.refresh();
  }

  hostDisconnected(): void {
    this.motion.onchange = null;
    clearInterval(this.timer);
  }

  hostUpdated(): void {
    clearInterval(this.timer);
    if (this.rotating && this.host.isConnected) {
      this.timer = setInterval(() => this.rotating && this.step(), Math.max(1, this.host.interval || 6) * 1000);
    }
  }

  /** With `autoplay`, and without reduced motion: the host offers Pause/Play. */
  get on(): boolean {
    return this.host.autoplay && !this.motion.matches;
  }

  /** True while the slides move on their own (see the class comment). */
  get rotating(): boolean {
    const { host } = this;
    return (
      this.on &&
      !this.stopped &&
      this.can() &&
      !host.matches(':hover') &&
      (!host.matches(':focus-within') || !!host.renderRoot.querySelector('.rotation:focus'))
    );
  }

  /** Stop rotation for good (Pause, or the reader used a control), or with `false` start it again (Play). */
  stop(stopped = true): void {
    this.stopped = stopped;
    this.host.requestUpdate();
  }

  /** The pointer or focus moved, or the motion setting changed: rotation may pause or resume. */
  readonly refresh = (): void => this.host.requestUpdate();
}
