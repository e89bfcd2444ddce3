import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, DEFAULT_TIMEOUT_MS, type FeedResult } from '../content/feed.js';
import { warn } from '../shared/log.js';
import { formatProblem, parseItems } from '../content/parse.js';
import type { SectionKey, Sections } from '../content/types.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads one section of a content pack for an element with a `src`. Call
 * `load(src)` from the host's `willUpdate` when `src` changes; read `status`
 * and `items` in `render()`. A request still under way is aborted when the
 * host disconnects or `src` changes, and started again on reconnection.
 */
export class FeedController<K extends SectionKey> implements ReactiveController {
  status: FeedStatus = 'idle';
  /** The section's valid items, once `status` is `ready`. */
  items: Sections[K][] = [];
  /** The whole answer, once there is one. */
  result?: FeedResult;

  private src?: string;
  private abort?: AbortController;
  private connected = false;
  private given?: unknown;
  private checked?: Sections[K][];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly section: K,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.src && this.status === 'loading') this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * What the host shows: `items` when its `items` property is set (checked
   * once per new value, each problem to the console under `label`, such as
   * `<nhs-prompt-set>.items`), else the feed's items once it is ready;
   * `undefined` while there are none yet.
   */
  use(items: unknown, label: string): Sections[K][] | undefined {
    if (items !== this.given) {
      this.given = items;
      const parsed = items === undefined ? undefined : parseItems(this.section, items, label);
      parsed?.problems.forEach((problem) => warn(formatProblem(problem)));
      this.checked = parsed?.value;
    }
    return this.checked ?? (this.status === 'ready' ? this.items : undefined);
  }

  /** Start loading `src`, or go back to idle when it is empty. */
  load(src: string | null | undefined): void {
    const next = src?.trim() || undefined;
    if (next === this.src && this.status !== 'idle') return;
    this.abort?.abort();
    this.abort = undefined;
    this.src = next;
    this.result = undefined;
    this.items = [];
    this.status = next ? 'loading' : 'idle';
    if (next && this.connected) this.start();
  }

  private start(): void {
    const src = this.src!;
    const abort = new AbortController();
    this.abort = abort;
    loadFeed(src, { signal: abort.signal, timeoutMs: this.timeoutMs }).then(
      (result) => {
        if (abort !== this.abort) return;
        this.abort = undefined;
        this.result = result;
        if (result.ok) {
          this.items = result.pack[this.section] as Sections[K][];
          this.status = 'ready';
          if (this.items.length === 0) {
            warn(`${result.url}: <${this.host.localName}> found no valid ${this.section} in this feed`);
          }
        } else {
          this.status = 'error';
        }
        this.host.requestUpdate();
      },
      () => {
        // Aborted: the host left or moved on to another src; nothing to show.
      },
    );
    this.host.requestUpdate();
  }
}
