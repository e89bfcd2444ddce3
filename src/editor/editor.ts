/**
 * The content editor: opens a content pack (a file, an address, or nothing),
 * edits every kind of item with forms drawn from the spec, checks it as the
 * elements will read it, previews the item in the real element, and saves the
 * feed (a download, or back to the file it came from). Work in progress is
 * kept in `localStorage` after every change, so a reload or a crash loses
 * nothing; nothing is sent anywhere but the address the author opens.
 *
 * A page, not an element: it draws into the light DOM of `root`, so the
 * error summary's links reach the fields and the page's own stylesheet
 * styles it.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { aboutSpec, sectionSpecs, type ObjectSpec } from '../content/spec.js';
import { sectionDocs } from '../content/docs.js';
import { parseItem } from '../content/parse.js';
import { todayInLondon } from '../content/dates.js';
import type { SectionKey } from '../content/types.js';
import { checkContentPackText, plainProblem } from './checks.js';
import { fieldPaths, fieldsOf, idOf, placeOf } from './fields.js';
import { problemWords, renderObject, type FormContext } from './form.js';
import { editorStrings as t } from './strings.js';
import {
  SECTIONS,
  checkWorkspace,
  cleanItem,
  copyOf,
  emptyWorkspace,
  feedText,
  isObject,
  moved,
  newUid,
  openWorkspace,
  readKept,
  slug,
  titleKey,
  titleOf,
  uniqueId,
  type Checked,
  type Entry,
  type Found,
  type Json,
  type Workspace,
} from './workspace.js';

/** Where work in progress is kept on the device. */
export const STORAGE_KEY = 'nhs-briefing-widgets:editor';
/** How long an address may take to answer, as the elements' own feed loader allows. */
export const TIMEOUT_MS = 10_000;
/** The preview's widths, in CSS pixels: a sidebar, an article column, a full-width page. */
export const WIDTHS = { sidebar: 320, article: 700, full: 1100 } as const;
type Width = keyof typeof WIDTHS;
/** When the page is one column (editor.css), the form is below the list of items. */
const NARROW = '(max-width: 799.98px)';

/** The item being edited: the pack's `about`, or an item of a section. */
type Place = { section: 'about' } | { section: SectionKey; uid: string };

/** The File System Access API where the browser has it (Chromium): open a file and save back to it. */
interface FileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}
type PickFile = () => Promise<FileHandle>;

export interface EditorOptions {
  /** Where work in progress is kept (`localStorage` by default; `null`: nowhere). */
  storage?: Storage | null;
  /** The day the checks and the preview take as today (YYYY-MM-DD); by default today in England. */
  today?: string;
  /** Asks the author a yes/no question (`confirm` by default). */
  ask?: (question: string) => boolean;
  /** Opens a file that can be saved back to; by default the browser's `showOpenFilePicker`, if it has one. */
  pickFile?: PickFile;
  /** The page's address: its origin is the one trusted without asking, its `?src=` is opened. */
  location?: URL;
}

const ABOUT = 'about';

function browserPicker(): PickFile | undefined {
  const picker = (globalThis as { showOpenFilePicker?: (options: unknown) => Promise<FileHandle[]> })
    .showOpenFilePicker;
  if (!picker) return undefined;
  return async () =>
    (
      await picker({
        types: [{ description: 'Content pack', accept: { 'application/json': ['.json'] } }],
        excludeAcceptAllOption: false,
      })
    )[0];
}

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Writes `value` at `parts` inside `target`, making objects on the way; `undefined` removes the field. */
function setAt(target: Json, parts: (string | number)[], value: unknown): void {
  let here: Record<string | number, unknown> = target;
  parts.slice(0, -1).forEach((part, i) => {
    const next = here[part];
    if (typeof next !== 'object' || next === null) here[part] = typeof parts[i + 1] === 'number' ? [] : {};
    here = here[part] as Record<string | number, unknown>;
  });
  const last = parts[parts.length - 1];
  if (value === undefined && !Array.isArray(here)) delete here[last];
  else here[last] = value;
}

/** The id of the control that shows a problem at `place`, for the error summary's links. */
const controlId = (place: string): string =>
  place ? idOf(place.replace(/\[(\d+)\]/g, '.$1').split('.')) : 'item-heading';

export class ContentEditor {
  /** The pack being edited. */
  workspace: Workspace = emptyWorkspace();
  /** The file name it is saved under. */
  name = 'content.json';
  /** True when there are changes not yet saved to a file. */
  dirty = false;

  private readonly storage: Storage | null;
  private readonly today: string;
  private readonly ask: (question: string) => boolean;
  private readonly pickFile?: PickFile;
  private readonly base: URL;

  private selected: Place = { section: 'about' };
  private handle?: FileHandle;
  /** Failed attempts to save: from the first, the error summary shows, and every problem. */
  private attempts = 0;
  /** Items (by uid, or `about`) whose every problem shows: those opened from a file. */
  private shown = new Set<string>();
  /** Fields the author has been in, as `uid|path`: their problems show. */
  private touched = new Set<string>();
  /** Date controls holding a day the browser cannot read, as `uid|path`. */
  private badDates = new Set<string>();
  private status = '';
  private notKeptSaid = false;
  private foreign?: URL;
  private width: Width = matchMedia(NARROW).matches ? 'sidebar' : 'article';
  private scale = 1;
  private checked!: Checked;
  private focusId?: string;
  private rendering?: Promise<void>;
  // In the next frame: fitting changes the stage's height, which would otherwise notify this observer again at once.
  private readonly resize = new ResizeObserver(() => requestAnimationFrame(() => this.fitPreview()));

  constructor(
    readonly root: HTMLElement,
    options: EditorOptions = {},
  ) {
    this.storage = options.storage === undefined ? localStore() : options.storage;
    this.today = options.today ?? todayInLondon();
    this.ask = options.ask ?? ((question) => confirm(question));
    this.pickFile = options.pickFile ?? browserPicker();
    this.base = options.location ?? new URL(location.href);
    addEventListener('beforeunload', this.onBeforeUnload);
    this.restore();
    this.requestRender();
    const src = this.base.searchParams.get('src');
    if (src && !this.dirty) void this.openAddress(src);
  }

  /** Stops listening to the window (for tests and pages that remove the editor). */
  disconnect(): void {
    removeEventListener('beforeunload', this.onBeforeUnload);
    this.resize.disconnect();
    render(nothing, this.root);
  }

  /** Settles once the page shows the latest state (and any announcement that follows it). */
  get updateComplete(): Promise<void> {
    return (async () => {
      while (this.rendering) await this.rendering;
    })();
  }

  // Keeping work on the device

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = t.leaveAsk;
  };

  private restore(): void {
    const kept = readKept(this.read());
    if (!kept) return;
    this.workspace = kept.workspace;
    this.name = kept.name;
    this.dirty = kept.dirty;
    this.shown = new Set([ABOUT, ...this.entries().map((entry) => entry.uid)]);
    this.selectFirst();
    if (kept.dirty) {
      const when = new Date(kept.at);
      this.status = t.restored(
        Number.isNaN(when.getTime())
          ? 'earlier'
          : when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }),
      );
    }
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private keep(): void {
    const kept = { workspace: this.workspace, name: this.name, dirty: this.dirty, at: new Date().toISOString() };
    try {
      if (!this.storage) throw new Error('no storage');
      this.storage.setItem(STORAGE_KEY, JSON.stringify(kept));
    } catch {
      if (!this.notKeptSaid) this.say(t.notKept);
      this.notKeptSaid = true;
    }
  }

  /** After every change: unsaved, kept on the device, drawn again. */
  private edited(): void {
    this.dirty = true;
    this.keep();
    this.requestRender();
  }

  private say(words: string): void {
    // Cleared first, so the same words are announced again.
    this.status = '';
    this.requestRender();
    void this.rendering!.then(() => {
      this.status = words;
      this.requestRender();
    });
  }

  // Items

  private entries(): Entry[] {
    return SECTIONS.flatMap((section) => this.workspace.sections[section]);
  }

  private find(uid: string): { section: SectionKey; index: number; entry: Entry } | undefined {
    for (const section of SECTIONS) {
      const index = this.workspace.sections[section].findIndex((entry) => entry.uid === uid);
      if (index >= 0) return { section, index, entry: this.workspace.sections[section][index] };
    }
    return undefined;
  }

  private current() {
    return this.selected.section === 'about' ? undefined : this.find(this.selected.uid);
  }

  private selectFirst(): void {
    const section = SECTIONS.find((key) => this.workspace.sections[key].length);
    this.selected = section ? { section, uid: this.workspace.sections[section][0].uid } : { section: 'about' };
  }

  private select(place: Place): void {
    this.selected = place;
    // Where the form is below the list (a phone), take the author to it.
    if (matchMedia(NARROW).matches) this.focusId = 'item-heading';
    this.requestRender();
  }

  private nameOf(section: SectionKey, entry: Entry): string {
    return titleOf(section, entry) || t.untitled(t.itemNames[section]);
  }

  private add(section: SectionKey): void {
    const entry: Entry = { uid: newUid(), value: {}, draft: false, autoId: true };
    this.workspace.sections[section].push(entry);
    this.selected = { section, uid: entry.uid };
    this.focusId = idOf([titleKey(sectionSpecs[section]) ?? 'id']);
    this.say(t.added(t.itemNames[section]));
    this.edited();
  }

  private move(by: -1 | 1): void {
    const found = this.current();
    if (!found) return;
    const { section, index, entry } = found;
    const list = this.workspace.sections[section];
    const to = index + by;
    if (to < 0 || to >= list.length) return;
    this.workspace.sections[section] = moved(list, index, to);
    const atEnd = by < 0 ? to === 0 : to === list.length - 1;
    // Focus stays on the button pressed, unless it has just been turned off.
    this.focusId = by < 0 !== atEnd ? 'move-up' : 'move-down';
    this.say(t.moved(this.nameOf(section, entry), to + 1, list.length));
    this.edited();
  }

  private duplicate(): void {
    const found = this.current();
    if (!found) return;
    const { section, index, entry } = found;
    const copy = copyOf(entry, this.workspace.sections[section]);
    this.workspace.sections[section].splice(index + 1, 0, copy);
    this.shown.add(copy.uid);
    this.selected = { section, uid: copy.uid };
    this.focusId = 'item-heading';
    this.say(t.duplicated(this.nameOf(section, entry)));
    this.edited();
  }

  private remove(): void {
    const found = this.current();
    if (!found) return;
    const { section, index, entry } = found;
    const title = this.nameOf(section, entry);
    if (!this.ask(t.deleteAsk(title))) return;
    const list = this.workspace.sections[section];
    list.splice(index, 1);
    const next = list[Math.min(index, list.length - 1)];
    this.selected = next ? { section, uid: next.uid } : { section: 'about' };
    this.focusId = next ? 'item-heading' : `add-${section}`;
    this.say(t.deleted(title));
    this.edited();
  }

  private setDraft(draft: boolean): void {
    const found = this.current();
    if (!found) return;
    found.entry.draft = draft;
    this.edited();
  }

  /** A change in the form of the item being edited. */
  private change(parts: (string | number)[], value: unknown): void {
    const found = this.current();
    if (!found) {
      setAt(this.workspace.about, parts, value);
      this.edited();
      return;
    }
    const { section, entry } = found;
    setAt(entry.value, parts, value);
    if (parts.length === 1 && parts[0] === 'id') entry.autoId = false;
    else if (entry.autoId && parts.length === 1 && parts[0] === titleKey(sectionSpecs[section])) {
      entry.value.id = uniqueId(slug(typeof value === 'string' ? value : ''), this.workspace.sections[section], entry);
      if (!entry.value.id) delete entry.value.id;
    }
    this.edited();
  }

  // Checks

  private check(): void {
    const checked = checkWorkspace(this.workspace, this.today);
    for (const key of this.badDates) {
      const [uid, field] = key.split('|');
      const entry = uid === ABOUT ? undefined : this.find(uid)?.entry;
      if (uid !== ABOUT && !entry) {
        this.badDates.delete(key);
        continue;
      }
      const found: Found = { path: field, field, uid, message: t.badDate, severity: 'error' };
      if (uid === ABOUT) checked.about.push(found);
      else checked.items.set(uid, [...(checked.items.get(uid) ?? []), found]);
      if (!entry?.draft) checked.blocking.push(found);
    }
    this.checked = checked;
  }

  private problemsOf(uid: string): Found[] {
    return uid === ABOUT ? this.checked.about : (this.checked.items.get(uid) ?? []);
  }

  /** Whether the author should see this problem yet: not before they have been in the field, tried to save, or opened it. */
  private visible(uid: string, place: string, problem: Found): boolean {
    if (problem.severity === 'warning' || this.attempts > 0 || this.shown.has(uid)) return true;
    // A field inside a group (an image's alt, an outcome's label) shows its
    // problems once the author has been anywhere in that group.
    const within = place.includes('.') ? place.slice(0, place.lastIndexOf('.')) : place;
    for (const key of this.touched) {
      const [touchedUid, path] = key.split('|');
      if (touchedUid === uid && (path === within || path.startsWith(`${within}.`) || path.startsWith(`${within}[`)))
        return true;
    }
    return false;
  }

  // Opening

  private async openText(name: string, text: string, handle?: FileHandle): Promise<void> {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      // Below: the checks say where the JSON breaks.
    }
    if (!isObject(value)) {
      const problem = checkContentPackText(text, this.today).problems.find((p) => p.path === '(feed)');
      this.say(t.openFailed(name, problem ? plainProblem(problem) : t.notJson));
      return;
    }
    if (this.dirty && !this.ask(t.replaceAsk)) return;
    const { workspace, skipped } = openWorkspace(value);
    this.workspace = workspace;
    this.name = name;
    this.handle = handle;
    this.dirty = false;
    this.attempts = 0;
    this.touched.clear();
    this.badDates.clear();
    this.shown = new Set([ABOUT, ...this.entries().map((entry) => entry.uid)]);
    this.selectFirst();
    this.keep();
    this.say([t.opened(name, this.entries().length), ...skipped.map(t.skippedItem)].join(' '));
  }

  private openFile = async () => {
    if (!this.pickFile) {
      this.root.querySelector<HTMLInputElement>('#open-file')!.click();
      return;
    }
    let handle: FileHandle;
    try {
      handle = await this.pickFile();
    } catch {
      return; // The author closed the picker.
    }
    const file = await handle.getFile();
    await this.openText(file.name, await file.text(), handle);
  };

  private onFileChosen = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.openText(file.name, await file.text());
    input.value = '';
  };

  private onAddress = async (event: Event) => {
    event.preventDefault();
    await this.openAddress(this.root.querySelector<HTMLInputElement>('#open-url')!.value);
  };

  /** Opens the pack at `address`: at once on this site, after asking on another. */
  async openAddress(address: string, { confirmed = false } = {}): Promise<void> {
    let url: URL;
    try {
      url = new URL(address.trim(), this.base);
      if (!/^https?:$/.test(url.protocol) || !address.trim()) throw new Error('not http');
    } catch {
      this.say(t.badUrl);
      return;
    }
    if (url.origin !== this.base.origin && !confirmed) {
      this.foreign = url;
      this.focusId = 'foreign-yes';
      this.requestRender();
      return;
    }
    this.foreign = undefined;
    const name = decodeURIComponent(url.pathname.split('/').pop() || '') || 'content.json';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(url, {
        signal: abort.signal,
        cache: 'no-store',
        credentials: url.origin === this.base.origin ? 'same-origin' : 'omit',
      });
      if (!response.ok) {
        this.say(t.openFailed(name, t.fetchFailed(`${response.status} ${response.statusText}`.trim())));
        return;
      }
      await this.openText(name, await response.text());
    } catch {
      this.say(t.openFailed(name, abort.signal.aborted ? t.fetchTimeout : t.fetchError));
    } finally {
      clearTimeout(timer);
    }
  }

  private startEmpty = () => {
    if (this.dirty && !this.ask(t.replaceAsk)) return;
    this.workspace = emptyWorkspace();
    this.name = 'content.json';
    this.handle = undefined;
    this.dirty = false;
    this.attempts = 0;
    this.touched.clear();
    this.badDates.clear();
    this.shown.clear();
    this.selected = { section: 'about' };
    this.keep();
    this.say(t.openedEmpty);
  };

  // Saving

  /** True when the feed may be saved; otherwise the error summary appears, with focus on it. */
  private publishable(): boolean {
    this.check();
    if (!this.checked.blocking.length) return true;
    this.attempts++;
    this.focusId = 'error-summary';
    this.requestRender();
    return false;
  }

  private saved(words: string): void {
    this.dirty = false;
    this.attempts = 0;
    this.keep();
    const drafts = this.entries().filter((entry) => entry.draft).length;
    this.say(drafts ? `${words} ${t.draftsKept(drafts)}` : words);
  }

  private download = () => {
    if (!this.publishable()) return;
    const link = document.createElement('a');
    // A data: URL needs no object URL to revoke afterwards.
    link.href = `data:application/json;charset=utf-8,${encodeURIComponent(feedText(this.workspace))}`;
    link.download = this.name;
    // In the document for the click, as some browsers will not download from a detached link.
    this.root.append(link);
    link.click();
    link.remove();
    this.saved(t.downloaded(this.name));
  };

  private saveBack = async () => {
    const handle = this.handle;
    if (!handle || !this.publishable()) return;
    try {
      if (handle.requestPermission && (await handle.requestPermission({ mode: 'readwrite' })) !== 'granted') {
        throw new Error('permission was not given');
      }
      const writable = await handle.createWritable();
      await writable.write(feedText(this.workspace));
      await writable.close();
      this.saved(t.saved(handle.name));
    } catch (error) {
      this.say(t.saveFailed(error instanceof Error ? error.message : String(error)));
    }
  };

  // Drawing

  requestRender(): void {
    this.rendering ??= Promise.resolve().then(() => {
      this.rendering = undefined;
      this.check();
      render(this.template(), this.root);
      this.fitPreview();
      if (this.focusId) {
        this.focus(this.focusId);
        this.focusId = undefined;
      }
    });
  }

  /** Focus on the control with `id`; on a group, its first control (the checked one of radios). */
  private focus(id: string): void {
    const target = this.root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    const control =
      target instanceof HTMLFieldSetElement
        ? (target.querySelector<HTMLElement>('input:checked, input, textarea, select, button') ?? target)
        : target;
    control.focus();
  }

  /** Scales the preview down when the chosen width is wider than the space beside the form. */
  private fitPreview(): void {
    const stage = this.root.querySelector<HTMLElement>('#preview-stage');
    const frame = stage?.querySelector<HTMLElement>('.preview-frame');
    if (!stage || !frame) return;
    this.resize.observe(stage);
    this.resize.observe(frame);
    const scale = Math.min(1, stage.clientWidth / WIDTHS[this.width]);
    frame.style.width = `${WIDTHS[this.width]}px`;
    frame.style.transform = scale < 1 ? `scale(${scale})` : '';
    stage.style.height = `${Math.ceil(frame.offsetHeight * scale)}px`;
    if (Math.abs(scale - this.scale) > 0.005) {
      this.scale = scale;
      this.requestRender();
    }
  }

  private goTo(problem: Found) {
    return (event: Event) => {
      event.preventDefault();
      if (problem.uid === ABOUT) this.selected = { section: 'about' };
      else if (problem.uid) {
        const found = this.find(problem.uid);
        if (found) this.selected = { section: found.section, uid: problem.uid };
      }
      this.focusId = controlId(this.placeIn(problem));
      this.requestRender();
    };
  }

  /** Where the form shows `problem`: the deepest field that holds it. */
  private placeIn(problem: Found): string {
    if (problem.uid === ABOUT) return placeOf(problem.field, fieldPaths(aboutSpec, this.workspace.about));
    const found = problem.uid ? this.find(problem.uid) : undefined;
    if (!found) return '';
    return placeOf(problem.field, fieldPaths(sectionSpecs[found.section], found.entry.value));
  }

  /** A problem's words with the field's label, as the summary lists it. */
  private summaryWords(problem: Found): string {
    const place = this.placeIn(problem);
    const key =
      place
        .split(/[.[\]]+/)
        .filter((part) => part && !/^\d+$/.test(part))
        .pop() ?? '';
    const spec: ObjectSpec =
      problem.uid === ABOUT ? aboutSpec : sectionSpecs[this.find(problem.uid ?? '')?.section ?? 'prompts'];
    const label = fieldsOf(spec).find((info) => info.key === key)?.label ?? key;
    const words = problemWords(problem, label, undefined);
    if (problem.uid === ABOUT) return `${t.about}: ${words}`;
    const found = problem.uid ? this.find(problem.uid) : undefined;
    if (!found) return words;
    const { section, index, entry } = found;
    const list = this.workspace.sections[section];
    return `${t.itemOf(t.itemNames[section], index + 1, list.length)} (${this.nameOf(section, entry)}): ${words}`;
  }

  private template(): TemplateResult {
    return html`${this.renderSummary()}
      <div class="toolbar">${this.renderOpen()} ${this.renderSave()}</div>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      <div class="workspace">
        <nav class="items" aria-label=${t.itemsLabel}>${this.renderItems()}</nav>
        <section class="editing" aria-labelledby="item-heading">${this.renderForm()}</section>
        <section class="preview" aria-labelledby="preview-heading">${this.renderPreview()}</section>
      </div>`;
  }

  private renderSummary() {
    if (!this.attempts) return nothing;
    const blocking = this.checked.blocking;
    if (!blocking.length) {
      return html`<div class="success-summary" id="error-summary" tabindex="-1">
        <p>${t.summaryFixed}</p>
      </div>`;
    }
    // Keyed by the attempt, so each refused save announces the summary afresh.
    return keyed(
      this.attempts,
      html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 class="error-summary-title" id="error-summary-title">${t.summaryTitle}</h2>
        <p>${t.summaryIntro}</p>
        <ul class="error-summary-list">
          ${blocking.map(
            (problem) =>
              html`<li>
                <a href="#${controlId(this.placeIn(problem))}" @click=${this.goTo(problem)}
                  >${this.summaryWords(problem)}</a
                >
              </li>`,
          )}
        </ul>
      </div>`,
    );
  }

  private renderOpen() {
    const foreign = this.foreign;
    return html`<section class="panel" aria-labelledby="open-heading">
      <h2 class="panel-heading" id="open-heading">${t.openHeading}</h2>
      <div class="button-row">
        <button type="button" class="button button-secondary" @click=${this.openFile}>${t.openFile}</button>
        <button type="button" class="button button-secondary" @click=${this.startEmpty}>${t.startEmpty}</button>
      </div>
      <input
        id="open-file"
        type="file"
        accept=".json,application/json"
        aria-label=${t.openFileInput}
        hidden
        @change=${this.onFileChosen}
      />
      <form class="url-form" @submit=${this.onAddress}>
        <label class="label label-small" for="open-url">${t.openUrlLabel}</label>
        <div class="hint" id="open-url-hint">${t.openUrlHint}</div>
        <div class="input-row">
          <input
            class="input"
            id="open-url"
            type="text"
            inputmode="url"
            spellcheck="false"
            autocomplete="url"
            aria-describedby="open-url-hint"
            .value=${this.base.searchParams.get('src') ?? ''}
          />
          <button type="submit" class="button button-secondary">${t.openUrl}</button>
        </div>
      </form>
      ${
        foreign
          ? html`<div class="ask" role="group" aria-labelledby="foreign-ask">
              <p id="foreign-ask">${t.foreignAsk(foreign.host)}</p>
              <div class="button-row">
                <button
                  type="button"
                  class="button"
                  id="foreign-yes"
                  aria-describedby="foreign-ask"
                  @click=${() => this.openAddress(foreign.href, { confirmed: true })}
                >
                  ${t.foreignYes}
                </button>
                <button
                  type="button"
                  class="button button-secondary"
                  @click=${() => {
                    this.foreign = undefined;
                    this.focusId = 'open-url';
                    this.requestRender();
                  }}
                >
                  ${t.foreignNo}
                </button>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderSave() {
    const drafts = this.entries().filter((entry) => entry.draft).length;
    return html`<section class="panel" aria-labelledby="save-heading">
      <h2 class="panel-heading" id="save-heading">${t.saveHeading}</h2>
      <p class="file-state">${this.dirty ? t.statusUnsaved(this.name) : t.statusSaved(this.name)}</p>
      <div class="button-row">
        ${
          this.handle
            ? html`<button type="button" class="button" @click=${this.saveBack}>${t.saveBack(this.handle.name)}</button>`
            : nothing
        }
        <button
          type="button"
          class="button ${this.handle ? 'button-secondary' : ''}"
          aria-describedby="download-hint"
          @click=${this.download}
        >
          ${t.download}
        </button>
      </div>
      <div class="hint" id="download-hint">${t.downloadHint(this.name)}</div>
      ${drafts ? html`<p class="hint">${t.draftsKept(drafts)}</p>` : nothing}
    </section>`;
  }

  private renderItems() {
    const selected = this.selected.section === 'about' ? ABOUT : this.selected.uid;
    const isAbout = selected === ABOUT;
    return html`<ul class="item-list">
        <li>
          <button
            type="button"
            class="item-button"
            aria-current=${isAbout ? 'true' : nothing}
            @click=${() => this.select({ section: 'about' })}
          >
            ${t.about}${this.renderTags(ABOUT, false)}
          </button>
        </li>
      </ul>
      ${SECTIONS.map((section) => {
        const list = this.workspace.sections[section];
        return html`<h2 class="items-heading">
            ${t.sectionNames[section]} <span class="count">(${list.length})</span>
          </h2>
          <p class="hint">${sectionDocs[section]}</p>
          ${
            list.length
              ? html`<ol class="item-list">
                  ${list.map(
                    (entry) =>
                      html`<li>
                        <button
                          type="button"
                          class="item-button"
                          aria-current=${selected === entry.uid ? 'true' : nothing}
                          @click=${() => this.select({ section, uid: entry.uid })}
                        >
                          <span class="item-title-text">${this.nameOf(section, entry)}</span>${this.renderTags(
                            entry.uid,
                            entry.draft,
                          )}
                        </button>
                      </li>`,
                  )}
                </ol>`
              : html`<p class="empty">${t.empty(t.sectionNames[section].toLowerCase())}</p>`
          }
          <button
            type="button"
            class="button button-secondary button-small"
            id="add-${section}"
            @click=${() => this.add(section)}
          >
            ${t.add[section]}
          </button>`;
      })}`;
  }

  private renderTags(uid: string, draft: boolean) {
    const problems = this.problemsOf(uid);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    return html`${draft ? html` <span class="tag tag-grey">${t.tagDraft}</span>` : nothing}${
      errors ? html` <span class="tag tag-red">${t.tagProblems(errors)}</span>` : nothing
    }${warnings ? html` <span class="tag tag-yellow">${t.tagWarnings(warnings)}</span>` : nothing}`;
  }

  private formContext(uid: string, spec: ObjectSpec, value: Json, autoId: boolean): FormContext {
    const paths = fieldPaths(spec, value);
    const placed = new Map<string, Found[]>();
    for (const problem of this.problemsOf(uid)) {
      const place = placeOf(problem.field, paths);
      if (this.visible(uid, place, problem)) placed.set(place, [...(placed.get(place) ?? []), problem]);
    }
    return {
      problemsAt: (path) => placed.get(path) ?? [],
      change: (parts, next) => this.change(parts, next),
      touch: (path) => this.touched.add(`${uid}|${path}`),
      badDate: (path, bad) => {
        if (bad) this.badDates.add(`${uid}|${path}`);
        else this.badDates.delete(`${uid}|${path}`);
      },
      focusLater: (id) => (this.focusId = id),
      today: this.today,
      idNote: autoId ? t.idFollows(fieldsOf(spec).find((info) => info.key === titleKey(spec))?.label ?? '') : undefined,
    };
  }

  private renderForm() {
    const found = this.current();
    if (!found) {
      const ctx = this.formContext(ABOUT, aboutSpec, this.workspace.about, false);
      return html`<h2 class="item-heading" id="item-heading" tabindex="-1">${t.about}</h2>
        <p class="hint">${t.aboutHint}</p>
        ${this.renderItemProblems(ctx)}
        <form class="item-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
          ${renderObject(ctx, aboutSpec, this.workspace.about)}
        </form>`;
    }
    const { section, index, entry } = found;
    const list = this.workspace.sections[section];
    const spec = sectionSpecs[section];
    const ctx = this.formContext(entry.uid, spec, entry.value, entry.autoId === true);
    const heading = t.itemOf(t.itemNames[section], index + 1, list.length);
    return html`<h2 class="item-heading" id="item-heading" tabindex="-1">
        ${heading}<span class="item-title">${this.nameOf(section, entry)}</span>
      </h2>
      <div class="button-row item-actions" role="group" aria-labelledby="item-heading">
        <button
          type="button"
          class="button button-secondary button-small"
          id="move-up"
          ?disabled=${index === 0}
          @click=${() => this.move(-1)}
        >
          ${t.moveUp}
        </button>
        <button
          type="button"
          class="button button-secondary button-small"
          id="move-down"
          ?disabled=${index === list.length - 1}
          @click=${() => this.move(1)}
        >
          ${t.moveDown}
        </button>
        <button type="button" class="button button-secondary button-small" @click=${() => this.duplicate()}>
          ${t.duplicate}
        </button>
        <button type="button" class="button button-warning button-small" @click=${() => this.remove()}>
          ${t.delete}
        </button>
      </div>
      <div class="checkbox draft-choice">
        <input
          class="checkbox-input"
          type="checkbox"
          id="item-draft"
          aria-describedby="item-draft-hint"
          .checked=${live(entry.draft)}
          @change=${(e: Event) => this.setDraft((e.target as HTMLInputElement).checked)}
        />
        <label class="checkbox-label" for="item-draft">${t.draft}</label>
        <div class="hint" id="item-draft-hint">${t.draftHint}</div>
      </div>
      ${this.renderItemProblems(ctx)}
      <form class="item-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${renderObject(ctx, spec, entry.value)}
      </form>`;
  }

  /** Problems that belong to no one field. */
  private renderItemProblems(ctx: FormContext) {
    const problems = ctx.problemsAt('');
    if (!problems.length) return nothing;
    return html`<div class="item-problems">
      <h3 class="label">${t.itemProblems}</h3>
      <ul>
        ${problems.map(
          (p) =>
            html`<li class=${p.severity === 'error' ? 'error-message' : 'warning-message'}>${plainProblem(p)}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderPreview() {
    const found = this.current();
    let element: TemplateResult;
    if (!found) {
      element = html`<p class="preview-none">${t.previewAbout}</p>`;
    } else {
      const { section, index, entry } = found;
      // The item as the feed will hold it, checked as an element will check it
      // (its problems are in the form, so the element gets only what it accepts).
      const item = parseItem(section, cleanItem(section, entry), `${section}[${index}]`).value;
      element = !item
        ? html`<p class="preview-none">${t.previewNone}</p>`
        : section === 'prompts'
          ? html`<nhs-briefing-prompt .item=${item}></nhs-briefing-prompt>`
          : section === 'initiatives'
            ? html`<nhs-initiative-card .item=${item} today=${this.today}></nhs-initiative-card>`
            : html`<nhs-case-study .item=${item}></nhs-case-study>`;
    }
    return html`<h2 class="panel-heading" id="preview-heading">${t.previewHeading}</h2>
      <fieldset class="fieldset preview-widths">
        <legend class="legend legend-small">${t.previewWidth}</legend>
        <div class="radios radios-inline">
          ${(Object.keys(WIDTHS) as Width[]).map(
            (width) =>
              html`<div class="radio">
                <input
                  class="radio-input"
                  type="radio"
                  id="width-${width}"
                  name="preview-width"
                  .checked=${live(this.width === width)}
                  @change=${() => {
                    this.width = width;
                    this.requestRender();
                  }}
                />
                <label class="radio-label" for="width-${width}">${t.widths[width]}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      ${this.scale < 1 ? html`<p class="hint">${t.previewScaled(Math.round(this.scale * 100))}</p>` : nothing}
      <div class="preview-stage" id="preview-stage">
        <div class="preview-frame">${element}</div>
      </div>`;
  }
}
