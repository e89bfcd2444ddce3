import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../shared/log.js';

/** Where notes are kept: `nhs-briefing-widgets:notes:<set-id>:<prompt-id>`. */
export const notesKey = (setId: string, promptId: string): string =>
  `nhs-briefing-widgets:notes:${setId}:${promptId}`;

/** `saved`: the device has the text; `unsaved`: the device refused it, so it lives only in the page. */
export type NotesStatus = '' | 'saved' | 'unsaved';

/**
 * One private note kept in `localStorage`: read when the key is set, saved
 * a moment after typing stops, on `flush()`, when the page is hidden
 * (`visibilitychange`, `pagehide`: phones may never fire the second), and kept in
 * step with other tabs through the `storage` event. Storage that is off,
 * private or full never throws and never loses text: `text` stays, and
 * `status` becomes `unsaved`.
 */
/** Connected controllers, so two on one page with the same key stay in step (`storage` events only reach other tabs). */
const live = new Set<NotesController>();

export class NotesController implements ReactiveController {
  /** The note as the reader sees it. */
  text = '';
  status: NotesStatus = '';

  /** `null` until a key is first set. */
  private key?: string | null = null;
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param onChange called after a save, a change in another tab, or `clear()`; not on load.
   * @param delay how long typing must pause before a save, in milliseconds.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (text: string) => void,
    private readonly delay = 500,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
    addEventListener('storage', this.onStorage);
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    live.delete(this);
    removeEventListener('storage', this.onStorage);
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
  }

  /** Use another key (or none: nothing is kept), reading what it holds. */
  setKey(key: string | undefined): void {
    if (key === this.key) return;
    this.flush();
    this.key = key;
    this.text = '';
    this.status = key ? '' : 'unsaved';
    try {
      if (key) this.text = localStorage.getItem(key) ?? '';
    } catch (error) {
      this.refused(error);
    }
    this.host.requestUpdate();
  }

  /** The reader typed: show it at once, save it when typing pauses. */
  input(text: string): void {
    this.text = text;
    // "Saved" goes while there is something new to save; "cannot keep" stays, so it is not said again.
    if (this.status === 'saved') this.status = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.delay);
    this.host.requestUpdate();
  }

  /** Save now if a save is waiting. */
  readonly flush = (): void => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  };

  /** Empty the note, here and on the device, without saying "saved" (whoever clears says what happened). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.text = '';
    this.save();
    if (this.status === 'saved') this.status = '';
  }

  private save(): void {
    if (this.key) {
      try {
        if (this.text) localStorage.setItem(this.key, this.text);
        else localStorage.removeItem(this.key);
        this.status = 'saved';
      } catch (error) {
        this.refused(error);
      }
      live.forEach((other) => other !== this && other.key === this.key && other.take(this.text));
    }
    this.host.requestUpdate();
    this.onChange(this.text);
  }

  private refused(error: unknown): void {
    this.status = 'unsaved';
    warn(`notes cannot be kept on this device (${(error as Error)?.name ?? error}); they stay in the page until it closes`);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (!this.key) return;
    if (event.key !== null && event.key !== this.key) return;
    try {
      if (event.storageArea !== localStorage) return;
    } catch {
      return;
    }
    this.take((event.key && event.newValue) || '');
  };

  /** Show a change made elsewhere, unless the reader is typing here. */
  private take(text: string): void {
    if (this.timer !== undefined || text === this.text) return;
    this.text = text;
    this.status = '';
    this.host.requestUpdate();
    this.onChange(text);
  }
}
