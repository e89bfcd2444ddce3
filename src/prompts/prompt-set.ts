import { html, nothing } from 'lit';
import { NhsElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings } from './strings.js';
import { warn } from '../shared/log.js';
import { parseIds, pickByIds } from '../shared/ids.js';
import { FeedController } from '../controllers/feed-controller.js';
import { feedMessage } from '../shared/feed-message.js';
import { formatDate, todayInLondon } from '../content/dates.js';
import type { Prompt, PromptLevel } from '../content/types.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { setStyles } from './prompt-set.styles.js';
// Prompts made from data are <nhs-briefing-prompt> elements.
import './briefing-prompt.js';
import type { NhsBriefingPrompt } from './briefing-prompt.js';
import { knownLevel } from './levels.js';

/** Every part of a prompt, offered on the set with the `item-` prefix, as on every list element. */
const ITEM_PARTS = [
  'card',
  'heading',
  'level-tag',
  'why',
  'steps',
  'steps-heading',
  'notes-field',
  'textarea',
  'notes-status',
  'print-note',
]
  .map((part) => `${part}:item-${part}`)
  .join(', ');

/** Notes as a Markdown document: the title, the date, then each question with its note. */
export function notesMarkdown(title: string, date: string, prompts: Array<{ question: string; note: string }>): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  return (
    [
      `# ${line(title)}`,
      date,
      ...prompts.flatMap((p) => [`## ${line(p.question)}`, p.note.trim() || `_${strings.notesNone}_`]),
    ].join('\n\n') + '\n'
  );
}

/**
 * A group of briefing prompts: written as `<nhs-briefing-prompt>` children,
 * or read from a content pack (`src`) or `items`, chosen by `level` and
 * `ids`. With `notes`, each prompt gets a private notes box, and the set
 * shows how many have notes and lets the reader download (Markdown), copy,
 * print or clear them.
 *
 * The page styles prompts written as children directly; prompts drawn from
 * `src` or `items` are in the set's shadow root, and offer their parts with
 * the `item-` prefix: `nhs-prompt-set::part(item-heading)`.
 *
 * @summary A group of reflective questions, with private notes to download, copy, print or clear.
 *
 * @slot - `<nhs-briefing-prompt>` elements (shown when there is no `src` or `items`, and while a feed loads or if it fails).
 *
 * @csspart heading - The set's heading.
 * @csspart progress - "3 of 8 prompts have notes".
 * @csspart list - The prompts.
 * @csspart tools - The note buttons, the clear confirmation and the status line.
 * @csspart button - Each note button.
 * @csspart confirm - The "Clear all your notes?" question and its answers.
 * @csspart status - What the last action did ("Your notes have been copied.").
 * @csspart message - Loading, error and empty messages.
 * @csspart item-card - Each prompt's card (prompts from `src` or `items`; children are styled directly).
 * @csspart item-heading - Each prompt's question.
 * @csspart item-level-tag - Each prompt's level tag.
 * @csspart item-why - Why each prompt matters.
 * @csspart item-steps - Each prompt's "Get started" heading and steps.
 * @csspart item-steps-heading - Each prompt's "Get started" heading.
 * @csspart item-notes-field - Each prompt's notes label, hint, box and status.
 * @csspart item-textarea - Each prompt's notes box.
 * @csspart item-notes-status - Each prompt's "Saved on this device", or why notes cannot be kept.
 * @csspart item-print-note - Each prompt's note as printed (shown in print only).
 *
 * @cssprop [--nhs-widgets-color-button=#007f3b] - The buttons.
 * @cssprop [--nhs-widgets-color-error=#d5281b] - The "Yes, clear my notes" button and its question's border.
 * @cssprop [--nhs-widgets-gap=16px] - Space between prompts.
 *
 * @fires nhs-note-change - Bubbles up from each prompt: `{ promptId, text }`.
 */
export class NhsPromptSet extends NhsElement {
  static override styles = [baseStyles, buttonStyles, setStyles];

  static override properties = {
    src: {},
    items: { attribute: false },
    level: {},
    ids: {},
    notes: { type: Boolean, reflect: true },
    setId: { attribute: 'set-id' },
    heading: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    filled: { state: true },
    confirming: { state: true },
    announcement: { state: true },
  };

  /** A content pack (JSON) whose `prompts` to show. */
  declare src: string;
  /** Prompts as data (checked as a feed's are); wins over `src`. */
  declare items?: Prompt[];
  /** Of the prompts from `src` or `items`, show only those at this level: `organisation` or `system`. */
  declare level?: PromptLevel;
  /**
   * Of the prompts from `src` or `items`, show only these ids, in the order written, separated by spaces or commas:
   * `ids="open-entry-routes pool-effort"`. Combined with `level`: an id at another level is not shown.
   */
  declare ids: string;
  /** Give every prompt a private notes box, with progress and note buttons (the set turns its prompts' `notes` on or off). */
  declare notes: boolean;
  /** Names this set's notes on the device, so two sets keep theirs apart. */
  declare setId: string;
  /** The set's heading; the prompts' headings go one level below it. */
  declare heading: string;
  /** The set's heading level, 2–6. */
  declare headingLevel: number;

  /** How many prompts on show have notes, once they have read them. */
  declare private filled: number;
  declare private confirming: boolean;
  /** The status line's words for the reader. */
  declare private announcement: string;

  #feed = new FeedController(this, 'prompts');
  /** The prompts made from `src` or `items`, once there are some. */
  #shown?: Prompt[];

  constructor() {
    super();
    this.src = '';
    this.ids = '';
    this.notes = false;
    this.setId = 'default';
    this.heading = '';
    this.headingLevel = 3;
    this.filled = 0;
    this.confirming = false;
    this.announcement = '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) this.#feed.load(this.src);
    const level = knownLevel('<nhs-prompt-set>', this.level, 'showing every level');
    const fits = (p: Prompt) => !level || p.level === level;
    const all = this.#feed.use(this.items, '<nhs-prompt-set>.items');
    this.#shown =
      all &&
      pickByIds(all.filter(fits), parseIds(this.ids), (id) =>
        warn(`<nhs-prompt-set>: ids: no prompt "${id}"${level ? ` at level ${level}` : ''}`),
      );
  }

  /**
   * Passes the set's notes, set-id and heading level on to its prompts (a
   * prompt's own `heading-level` wins). When the "Clear all your notes?"
   * question opens or closes, focus goes to the last button on show:
   * "Cancel" when it opens (the safe answer; the question names the group,
   * so it is heard first), "Clear all notes" again when it closes.
   */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    for (const prompt of this.prompts) {
      prompt.setId = this.setId;
      prompt.notes = this.notes;
      if (!prompt.hasAttribute('heading-level')) prompt.headingLevel = this.headingLevel + (this.heading ? 1 : 0);
    }
    this.#count();
    // `undefined` before the first render: focus stays where the page put it.
    if (changed.get('confirming') !== undefined) {
      this.renderRoot.querySelector<HTMLElement>('button:last-of-type')?.focus();
    }
  }

  async #count(): Promise<void> {
    const prompts = this.prompts;
    await Promise.all(prompts.map((p) => p.updateComplete));
    this.filled = prompts.filter((p) => p.note.trim()).length;
  }

  #download(): void {
    const link = document.createElement('a');
    // A data: URL needs no object URL to revoke afterwards.
    link.href = `data:text/markdown;charset=utf-8,${encodeURIComponent(this.markdown())}`;
    link.download = `${
      this.heading
        .toLowerCase()
        .match(/[a-z0-9]+/g)
        ?.join('-') || 'notes'
    }.md`;
    // In the document for the click, as some browsers will not download from a detached link.
    this.renderRoot.append(link);
    link.click();
    link.remove();
  }

  /** Announces `words` in the status line, even if they are the same as last time. */
  async #announce(words: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = words;
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.markdown());
      this.#announce(strings.notesCopied);
    } catch {
      this.#announce(strings.notesCopyFailed);
    }
  }

  /** "Clear all notes": asks first, in the page. */
  #askToClear(): void {
    this.#announce('');
    this.confirming = true;
  }

  /** "Cancel" or Escape: the notes stay. */
  #cancelClear(): void {
    this.confirming = false;
  }

  /** "Yes, clear my notes". */
  #clearAll(): void {
    this.prompts.forEach((p) => p.clearNote());
    this.#announce(strings.notesCleared);
    this.confirming = false;
  }

  /** The prompts on show, written as children or made from data. */
  get prompts(): NhsBriefingPrompt[] {
    return [...(this.#shown ? this.renderRoot : this).querySelectorAll('nhs-briefing-prompt')];
  }

  /** The notes of every prompt on show, as Markdown. */
  markdown(): string {
    return notesMarkdown(this.heading || strings.notesTitle, formatDate(todayInLondon()), this.prompts);
  }

  override render() {
    const { notes } = this;
    const shown = this.#shown;
    return html`${this.heading ? heading(this.headingLevel, this.heading) : nothing}
      ${notes ? html`<p part="progress" id="progress">${strings.notesProgress(this.filled, (shown ?? this.prompts).length)}</p>` : nothing}
      ${feedMessage(shown ? 'ready' : this.#feed.status, shown?.length === 0)}
      <div class="prompts" part="list" @nhs-note-change=${this.#count}>
        ${
          shown
            ? shown.map((p) => html`<nhs-briefing-prompt exportparts=${ITEM_PARTS} .item=${p}></nhs-briefing-prompt>`)
            : html`<slot @slotchange=${() => this.requestUpdate()}></slot>`
        }
      </div>
      ${notes ? this.#renderTools() : nothing}`;
  }

  #renderTools() {
    return html`<div class="tools" part="tools">
      ${
        this.confirming
          ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="ask"
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#cancelClear()}>
            <p id="ask">${strings.notesClearAsk}</p>
            ${button(strings.notesClearYes, this.#clearAll, 'warning')} ${button(strings.notesClearNo, this.#cancelClear)}
          </div>`
          : html`${button(strings.notesDownload, this.#download, '')} ${button(strings.notesCopy, this.#copy)}
          ${button(strings.notesPrint, () => print())} ${button(strings.notesClear, this.#askToClear)}`
      }
      <p part="status" role="status">${this.announcement}</p>
    </div>`;
  }
}

/** A note button: NHS.UK secondary unless `kind` says otherwise. */
const button = (words: string, click: () => void, kind = 'button-secondary') =>
  html`<button class="button ${kind}" part="button" @click=${click}>${words}</button>`;

define('nhs-prompt-set', NhsPromptSet);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-prompt-set': NhsPromptSet;
  }
}
