import { html, nothing } from 'lit';
import { NhsElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings } from './strings.js';
import { warn, warnProblems } from '../shared/log.js';
import { useContent } from '../controllers/content.js';
import { knownLevel } from './levels.js';
import type { Prompt, PromptLevel } from '../content/types.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { tagStyles } from '../shared/tag-styles.js';
import { fieldStyles } from '../shared/field-styles.js';
import { promptStyles } from './briefing-prompt.styles.js';
import { NotesController, notesKey } from './notes-controller.js';
import { NhsNoteChangeEvent } from './events.js';

/**
 * One reflective question for leaders, as an NHS.UK card: its level, why it
 * matters, steps to get started and, with `notes`, a private notes box whose
 * text stays on the reader's device (`localStorage`, under
 * `nhs-briefing-widgets:notes:<set-id>:<prompt-id>`).
 *
 * @summary A reflective question with practical steps and optional private notes.
 *
 * @slot - Why the question matters (not shown when a valid `item` is set).
 * @slot actions - The steps to get started, such as a `<ul>` of links (not shown when a valid `item` is set).
 *
 * @csspart card - The card around everything.
 * @csspart heading - The question.
 * @csspart level-tag - The level tag ("Organisation" or "System").
 * @csspart why - Why it matters.
 * @csspart steps - The "Get started" heading and steps.
 * @csspart steps-heading - The "Get started" heading.
 * @csspart notes-field - The notes label, hint, box and status.
 * @csspart textarea - The notes box.
 * @csspart notes-status - "Saved on this device", or why notes cannot be kept.
 * @csspart print-note - The note as printed (shown in print only).
 *
 * @cssprop [--nhs-widgets-color-brand=#005eb8] - The level tag and the card's top border.
 * @cssprop [--nhs-widgets-color-border=#d8dde0] - The card's border and the line above the notes.
 * @cssprop [--nhs-widgets-gap=16px] - Space between the card's parts.
 *
 * @fires nhs-note-change - `{ promptId, text }` when the reader pauses typing, another tab changes the note, or it is cleared.
 */
export class NhsBriefingPrompt extends NhsElement {
  static override styles = [baseStyles, cardStyles, tagStyles, fieldStyles, promptStyles];

  static override properties = {
    promptId: { attribute: 'prompt-id' },
    question: {},
    level: {},
    item: { attribute: false },
    notes: { type: Boolean, reflect: true },
    setId: { attribute: 'set-id' },
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
  };

  /** The prompt's id in its content pack; notes are kept under it. */
  declare promptId: string;
  /** The reflective question. */
  declare question: string;
  /** `organisation` or `system`. */
  declare level?: PromptLevel;
  /**
   * The whole prompt as one feed item: it sets `prompt-id`, `question` and
   * `level`, and its `context` and `actions` replace the slots.
   */
  declare item?: Prompt;
  /** Show a private notes box. */
  declare notes: boolean;
  /** Names the group of prompts the notes belong to (a prompt set passes its own). */
  declare setId: string;
  /** The question's heading level, 2–6: the page owns its outline. */
  declare headingLevel: number;

  /** `item`, checked as a feed item is; `undefined` when there is none or it is broken. */
  #checked?: Prompt;
  /** `item` is set, and the parser it needs is still loading. */
  #waiting = false;
  /** `level`, if it is a known one. */
  #tag?: PromptLevel;

  #store = new NotesController(this, (text) =>
    this.dispatchEvent(new NhsNoteChangeEvent({ promptId: this.promptId, text })),
  );

  constructor() {
    super();
    this.promptId = '';
    this.question = '';
    this.notes = false;
    this.setId = 'default';
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const waited = this.#waiting;
    if (changed.has('item') || waited) {
      // `item` waits for the parser, the first time one is needed (nothing is shown meanwhile).
      const content = this.item == null ? undefined : useContent(this);
      this.#waiting = content === 'loading';
      if (content === 'loading') return;
      // A broken item is reported and left out: the attributes and slots stay in use.
      this.#checked = content && warnProblems(content.parseItem('prompts', this.item, '<nhs-briefing-prompt>.item'));
      if (this.#checked) ({ id: this.promptId, question: this.question, level: this.level } = this.#checked);
    }
    // Not again when only strings or slotted content changed.
    if (!changed.size && !waited) return;
    this.#store.setKey(this.notes && this.promptId ? notesKey(this.setId, this.promptId) : undefined);
    const where = `<nhs-briefing-prompt prompt-id="${this.promptId}">`;
    if (!this.question) warn(`${where}: it needs a question`);
    if (this.notes && !this.promptId) warn(`${where}: notes need a prompt-id to be kept on the device`);
    this.#tag = knownLevel(where, this.level, 'no level is shown');
  }

  /** The note as it stands. */
  get note(): string {
    return this.#store.text;
  }

  /** Empty the note, here and on the device. */
  clearNote(): void {
    this.#store.clear();
  }

  override render() {
    if (this.#waiting) return nothing;
    const { headingLevel } = this;
    const checked = this.#checked;
    const tag = this.#tag;
    const { text, status } = this.#store;
    return html`<article class="card" part="card" aria-labelledby="heading">
      ${this.question ? heading(headingLevel, this.question) : nothing}
      ${tag ? html`<p class="tag level" part="level-tag">${strings.promptLevels[tag]}</p>` : nothing}
      <div part="why">${checked ? checked.context : html`<slot></slot>`}</div>
      <div part="steps" ?hidden=${checked ? !checked.actions?.length : !this.querySelector(':scope>[slot=actions]')}>
        ${heading(headingLevel + 1, strings.getStarted, 'steps-heading', 'steps-heading')}
        ${
          checked
            ? html`<ul>${checked.actions?.map((a) => html`<li>${a.href ? html`<a href=${a.href}>${a.text}</a>` : a.text}</li>`)}</ul>`
            : html`<slot name="actions" @slotchange=${() => this.requestUpdate()}></slot>`
        }
      </div>
      ${
        this.notes
          ? html`<div class="notes" part="notes-field">
      <label id="notes-label" for="notes">${strings.notesLabel}</label>
      <p id="notes-hint">${strings.notesHint}</p>
      <textarea id="notes" part="textarea" rows="5" aria-labelledby="notes-label heading" aria-describedby="notes-hint notes-status"
        .value=${text} @input=${(e: Event) => this.#store.input((e.target as HTMLTextAreaElement).value)} @change=${this.#store.flush}></textarea>
      <p id="notes-status" part="notes-status" class=${status} role="status">
        ${status && strings[status]}
      </p>
      <p part="print-note">${text}</p>
    </div>`
          : nothing
      }
    </article>`;
  }
}

define('nhs-briefing-prompt', NhsBriefingPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-briefing-prompt': NhsBriefingPrompt;
  }
}
