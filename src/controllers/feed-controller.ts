import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedResult } from '../content/feed.js';
import type { SectionKey, Sections } from '../content/types.js';
import { warn, warnProblems } from '../shared/log.js';
import { loadContent, loadedContent, useContent } from './content.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads one section of a content pack for an element with a `src` (or, given
 * no `section`, the whole pack, in `result`). Call `load(src)` from the host's
 * `willUpdate` when `src` changes; read `status` and `items` in `render()`. A
 * request still under way is aborted when the host disconnects or `src`
 * changes, and started again on reconnection. The feed loader and the parser
 * load the first time they are needed (see `content.ts`).
 */
export class FeedController<K extends SectionKey> implements ReactiveController {
  /** The section's valid items, once the feed is ready. */
  items: Sections[K][] = [];
  /** The whole answer, once there is one. */
  result?: FeedResult;

  /** Where the feed is: `idle` without a `src`, then `loading`, `ready` or `error`. */
  #feedStatus: FeedStatus = 'idle';
  /** The host has `items` to check, and the parser is still loading (if it cannot be loaded, they are not shown). */
  #parsing = false;
  #src?: string;
  #abort?: AbortController;
  #connected = false;
  #given?: unknown;
  #checked?: Sections[K][];

  #host: ReactiveControllerHost & HTMLElement;
  #section?: K;
  #timeoutMs?: number;

  /** @param timeoutMs how long the feed may take (the feed loader's 10 s when not given). */
  constructor(host: ReactiveControllerHost & HTMLElement, section?: K, timeoutMs?: number) {
    this.#host = host;
    this.#section = section;
    this.#timeoutMs = timeoutMs;
    host.addController(this);
  }

  /** What the host shows: `loading` while the feed loads (or the parser its `items` need), then `ready` or `error`; `idle` without a `src`. */
  get status(): FeedStatus {
    return this.#parsing ? 'loading' : this.#feedStatus;
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#src && this.#feedStatus === 'loading') void this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /**
   * What the host shows: `items` when its `items` property is set, not
   * `null` or `undefined` (checked once per new value, each problem to the
   * console under `label`, such as `<nhs-prompt-set>.items`), else the feed's
   * items once it is ready; `undefined` while there are none yet.
   */
  use(items: unknown, label: string): Sections[K][] | undefined {
    const content = items == null ? undefined : useContent(this.#host);
    this.#parsing = content === 'loading';
    if (content === 'loading') return undefined;
    if (items !== this.#given) {
      this.#given = items;
      this.#checked = content && warnProblems(content.parseItems(this.#section!, items, label));
    }
    return this.#checked ?? (this.#feedStatus === 'ready' ? this.items : undefined);
  }

  /** Start loading `src`, or go back to idle when it is empty. */
  load(src: string | null | undefined): void {
    const next = src?.trim() || undefined;
    if (next === this.#src && this.#feedStatus !== 'idle') return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#src = next;
    this.result = undefined;
    this.items = [];
    this.#feedStatus = next ? 'loading' : 'idle';
    if (next && this.#connected) void this.#start();
  }

  async #start(): Promise<void> {
    const src = this.#src!;
    const abort = (this.#abort = new AbortController());
    this.#host.requestUpdate();
    let result: FeedResult;
    try {
      // Once loaded, the feed loader is called at once, as the page asked for the feed.
      const { loadFeed } = loadedContent() ?? (await loadContent());
      if (abort !== this.#abort) return;
      result = await loadFeed(src, { signal: abort.signal, timeoutMs: this.#timeoutMs });
    } catch {
      // Aborted: the host left or moved on to another src, so there is nothing to show.
      // Or the feed loader could not be loaded (the author has been told): the feed failed.
      if (abort === this.#abort) {
        this.#abort = undefined;
        this.#feedStatus = 'error';
        this.#host.requestUpdate();
      }
      return;
    }
    if (abort !== this.#abort) return;
    this.#abort = undefined;
    this.result = result;
    if (result.ok) {
      const section = this.#section;
      this.items = section ? (result.pack[section] as Sections[K][]) : [];
      this.#feedStatus = 'ready';
      if (section && this.items.length === 0) {
        warn(`${result.url}: <${this.#host.localName}> found no valid ${this.#section} in this feed`);
      }
    } else {
      this.#feedStatus = 'error';
    }
    this.#host.requestUpdate();
  }
}
