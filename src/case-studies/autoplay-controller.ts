import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller reads of its host: the element's own `autoplay` and `autoplayInterval`. */
export interface AutoplayHost extends ReactiveControllerHost, HTMLElement {
  /** Rotate on a timer. */
  autoplay: boolean;
  /** Milliseconds between steps (at least 1000; 6000 when not a number). */
  autoplayInterval: number;
}

/**
 * Rotation for a carousel, following the WAI-ARIA Authoring Practices:
 * calls `step` every `autoplayInterval` milliseconds while `rotating`, the
 * timer started afresh after every update of the host.
 *
 * The controller listens to its host itself, from `hostConnected` to
 * `hostDisconnected`: rotation waits while the pointer is over the host
 * (`pointerenter` / `pointerleave`), and stops when keyboard focus arrives
 * anywhere in it (`focusin` not brought by a `pointerdown`), the Pause/Play
 * button included; only `play()`
 * starts it again, even with focus still inside, and focus leaving never does.
 * The host calls `pause()` when the reader uses one of its controls. Rotation
 * never runs under `prefers-reduced-motion`, nor when `can()` says there is
 * nothing to rotate to. Every change updates the host, so it can show
 * Pause or Play and turn its live region on or off.
 */
export class AutoplayController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;
  #stopped = false;
  #hovered = false;
  #pressed = false;
  #motion = matchMedia('(prefers-reduced-motion: reduce)');
  /** Ends every listener added on connection, at disconnection. */
  #listening?: AbortController;

  #host: AutoplayHost;
  #step: () => void;
  #can: () => boolean;

  constructor(host: AutoplayHost, step: () => void, can: () => boolean) {
    this.#host = host;
    this.#step = step;
    this.#can = can;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    const options = { signal: (this.#listening = new AbortController()).signal };
    host.addEventListener('pointerenter', this.#onPointerEnter, options);
    host.addEventListener('pointerleave', this.#onPointerLeave, options);
    host.addEventListener('pointerdown', this.#onPointerDown, options);
    host.addEventListener('pointerup', this.#onPointerUp, options);
    host.addEventListener('focusin', this.#onFocusIn, options);
    this.#motion.addEventListener('change', this.#update, options);
    // Also on reconnection: the update starts the timer again.
    host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#hovered = this.#pressed = false;
    clearInterval(this.#timer);
  }

  hostUpdated(): void {
    clearInterval(this.#timer);
    if (this.rotating && this.#host.isConnected) {
      const ms = Math.max(1000, this.#host.autoplayInterval || 6000);
      this.#timer = setInterval(() => this.rotating && this.#step(), ms);
    }
  }

  /** With `autoplay`, and without reduced motion: the host offers Pause/Play. */
  get on(): boolean {
    return this.#host.autoplay && !this.#motion.matches;
  }

  /** The reader paused rotation (Pause, a control, or keyboard focus); only `play()` starts it again. */
  get paused(): boolean {
    return this.#stopped;
  }

  /** True while the slides move on their own (see the class comment). */
  get rotating(): boolean {
    return this.on && !this.#stopped && !this.#hovered && this.#can();
  }

  /** Starts rotation again (the reader pressed Play). */
  play(): void {
    this.#stopped = false;
    this.#host.requestUpdate();
  }

  /** Stops rotation until `play()` (the reader pressed Pause, or used a control). */
  pause(): void {
    this.#stopped = true;
    this.#host.requestUpdate();
  }

  #update = (): void => this.#host.requestUpdate();

  #onPointerEnter = (): void => {
    this.#hovered = true;
    this.#update();
  };

  #onPointerLeave = (): void => {
    this.#hovered = this.#pressed = false;
    this.#update();
  };

  /** A press of the pointer on the host: the focus it brings is the pointer's, not the keyboard's. */
  #onPointerDown = (): void => {
    this.#pressed = true;
  };

  #onPointerUp = (): void => {
    this.#pressed = false;
  };

  /**
   * Focus arrived on something in the host from the keyboard (or a script):
   * rotation stops. Focus that a press of the pointer brings is left to the
   * click that follows, so a click on Pause/Play toggles rotation once, not twice.
   */
  #onFocusIn = (): void => {
    if (this.on && !this.#stopped && !this.#pressed) this.pause();
  };
}
