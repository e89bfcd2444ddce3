import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../shared/log.js';

/** Where notes are kept: `nhs-briefing-widgets:notes:<set-id>:<prompt-id>`. */
export const notesKey = (setId: string, promptId: string): string => `nhs-briefing-widgets:notes:${setId}:${promptId}`;

/**
 * `notesSaved`: the device has the text; `notesNotSaved`: the device refused it, so it lives only in the page.
 * Each is the key of the string that says so.
 */
export type NotesStatus = '' | 'notesSaved' | 'notesNotSaved';

/**
 * One private note kept in `localStorage`: read when the key is set, saved
 * a moment after typing stops, on `flush()`, when the page is hidden
 * (`visibilitychange`, `pagehide`: phones may never fire the second), and kept in
 * step with other tabs through the `storage` event. Storage that is off,
 * private or full never throws and never loses text: `text` stays, and
 * `status` becomes `notesNotSaved`.
 */
export class NotesController implements ReactiveController {
  /** The note as the reader sees it. */
  text = '';
  status: NotesStatus = '';

  /** `null` until a key is first set. */
  #key?: string | null = null;
  #timer?: ReturnType<typeof setTimeout>;
  #listening?: AbortController;

  #host: ReactiveControllerHost;
  #onChange: (text: string) => void;
  #delay: number;

  /**
   * @param onChange called after a save, a change in another tab, or `clear()`; not on load.
   * @param delay how long typing must pause before a save, in milliseconds.
   */
  constructor(host: ReactiveControllerHost, onChange: (text: string) => void, delay = 500) {
    this.#host = host;
    this.#onChange = onChange;
    this.#delay = delay;
    host.addController(this);
  }

  hostConnected(): void {
    const options = { signal: (this.#listening = new AbortController()).signal };
    addEventListener('storage', this.#onStorage, options);
    addEventListener('pagehide', this.flush, options);
    document.addEventListener('visibilitychange', this.flush, options);
  }

  hostDisconnected(): void {
    this.flush();
    this.#listening!.abort();
  }

  /** Use another key (or none: nothing is kept), reading what it holds. */
  setKey(key: string | undefined): void {
    if (key === this.#key) return;
    this.flush();
    this.#key = key;
    this.text = '';
    this.status = key ? '' : 'notesNotSaved';
    try {
      if (key) this.text = localStorage.getItem(key) ?? '';
    } catch (error) {
      this.#refused(error);
    }
    this.#host.requestUpdate();
  }

  /** The reader typed: show it at once, save it when typing pauses. */
  input(text: string): void {
    this.text = text;
    // "Saved" goes while there is something new to save; "cannot keep" stays, so it is not said again.
    if (this.status === 'notesSaved') this.status = '';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, this.#delay);
    this.#host.requestUpdate();
  }

  /** Save now if a save is waiting. */
  readonly flush = (): void => {
    if (this.#timer !== undefined) this.#save();
  };

  /** Empty the note, here and on the device, without saying "saved" (whoever clears says what happened). */
  clear(): void {
    this.text = '';
    this.#save();
    if (this.status === 'notesSaved') this.status = '';
  }

  #save(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const { text } = this;
    const key = this.#key;
    if (key) {
      try {
        if (text) localStorage.setItem(key, text);
        else localStorage.removeItem(key);
        this.status = 'notesSaved';
      } catch (error) {
        this.#refused(error);
      }
    }
    this.#host.requestUpdate();
    this.#onChange(text);
  }

  #refused(error: unknown): void {
    this.status = 'notesNotSaved';
    warn(`notes cannot be kept on this device (${error})`);
  }

  /** Another tab changed this note, or cleared the device's storage (`key` is `null`): show it, unless the reader is typing here. */
  #onStorage = (event: StorageEvent): void => {
    const text = (event.key && event.newValue) || '';
    // Only with a key is `localStorage` read (where storage is off, reading it throws, but no event comes either).
    if (
      this.#key &&
      (event.key ?? this.#key) === this.#key &&
      event.storageArea === localStorage &&
      this.#timer === undefined &&
      text !== this.text
    ) {
      this.text = text;
      this.status = '';
      this.#host.requestUpdate();
      this.#onChange(text);
    }
  };
}
