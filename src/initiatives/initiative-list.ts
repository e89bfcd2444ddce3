import { html, nothing, type TemplateResult } from 'lit';
import { NhsElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { baseStyles, buttonStyles, cardStyles } from '../shared/styles.js';
import { tagStyles } from '../shared/tag-styles.js';
import { fieldStyles } from '../shared/field-styles.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings } from './strings.js';
import { feedMessage } from '../shared/feed-message.js';
import { parseItems } from '../content/parse.js';
import { FeedController } from '../controllers/feed-controller.js';
import { INITIATIVE_KINDS, type Initiative } from '../content/types.js';
import { initiativeStatus, listOrder, type InitiativeStatus } from './initiative-status.js';
import { LondonDayController } from './london-day-controller.js';
import { fromAttributes, renderInitiative } from './render-initiative.js';
import { warnProblems } from '../shared/log.js';
import { initiativeCardStyles } from './initiative-card.styles.js';
import { initiativeListStyles } from './initiative-list.styles.js';
import { NhsFilterChangeEvent } from './events.js';

/** How long typing must pause before the count is announced, the URL written and `nhs-filter-change` fired. */
const SETTLE_MS = 300;
/** How many matches are shown at first, and how many more each "Show more" adds. */
const PAGE = 24;
/** The search and filters: their controls' ids, and their keys in the address (after the prefix). */
const KEYS = ['search', 'audience', 'kind', 'closed'];

interface Entry extends InitiativeStatus {
  item: Initiative;
  /** Name, provider and summary, lower case without accents, worked out once per items change. */
  text: string;
  /** Its place in the list (`listOrder`). */
  order: number;
  /** Its card's heading id, unique in the list. */
  id: string;
  /** Its card, worked out when first shown, then kept. */
  view?: TemplateResult;
}

/** Lower case, accents dropped ("Más" → "mas"), so search ignores both. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A filterable list of initiatives: a search box, audience and kind filters,
 * an "Include closed" toggle and a result count announced politely once
 * typing settles. Open initiatives come first, closing soonest first, then
 * upcoming ones; closed ones come last and are hidden unless asked for.
 *
 * Initiatives come from `src` (a content pack), from `items`, or from
 * `<nhs-initiative-card>` children, which are read as data (their text is the
 * summary) and stay on the page if the feed fails.
 *
 * Typing keeps pace with the screen: a keystroke's frame draws the letter,
 * and the results follow in the next. `updateComplete` resolves once the list
 * is complete.
 *
 * The cards are drawn in the list's own shadow root, with the parts of
 * `<nhs-initiative-card>` prefixed `item-` (`item-card`, `item-heading`…).
 *
 * @summary Initiatives with search, filters and a live result count.
 * @slot - `<nhs-initiative-card>` elements to list when there is no `src` or `items`, or the feed fails.
 * @fires nhs-filter-change - `NhsFilterChangeEvent`, `detail: { search, audience, kind, showClosed }`: the reader changed the search or filters and paused (300 ms). Not on the first render, for presets or an address read at the start, or for a script's changes.
 * @csspart heading - The list's heading, when `heading` is set.
 * @csspart filters - The group of search box and filters.
 * @csspart search-input - The search box.
 * @csspart audience-select - The audience filter.
 * @csspart kind-select - The kind filter.
 * @csspart closed-checkbox - The "Include closed" checkbox.
 * @csspart count - "Showing 4 of 12 initiatives".
 * @csspart list - The list of cards.
 * @csspart item-card - Each card (`<nhs-initiative-card>`'s `card`).
 * @csspart item-heading - Each card's heading, the initiative's name.
 * @csspart item-link - The link on a card's name, when its `href` is safe.
 * @csspart item-status - Each card's status tag ("Open", "Closes in 12 days", …).
 * @csspart item-summary - Each card's summary.
 * @csspart item-facts - Each card's list of type, audiences, offer and closing date.
 * @csspart item-review - "Last reviewed March 2025" on a card whose content is old.
 * @csspart empty - The message when nothing matches.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart more-button - "Show 24 more", when more initiatives match than are shown.
 * @csspart message - The loading, error or empty-feed message.
 * @cssprop [--nhs-widgets-gap=16px] - The space between cards.
 * @cssprop [--nhs-widgets-color-focus=#ffeb3b] - The focus highlight.
 */
export class NhsInitiativeList extends NhsElement {
  static override styles = [
    baseStyles,
    cardStyles,
    tagStyles,
    buttonStyles,
    fieldStyles,
    initiativeCardStyles,
    initiativeListStyles,
  ];

  static override properties = {
    src: {},
    items: { attribute: false },
    audience: { reflect: true },
    kind: { reflect: true },
    showClosed: { attribute: 'show-closed', type: Boolean, reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    today: {},
    closingSoonDays: { attribute: 'closing-soon-days', type: Number },
    noSearch: { attribute: 'no-search', type: Boolean },
    noAudienceFilter: { attribute: 'no-audience-filter', type: Boolean },
    noKindFilter: { attribute: 'no-kind-filter', type: Boolean },
    noClosedToggle: { attribute: 'no-closed-toggle', type: Boolean },
    urlState: { attribute: 'url-state' },
    query: { state: true },
    announced: { state: true },
    limit: { state: true },
  };

  /** A content pack (JSON) to read the `initiatives` from. */
  declare src?: string;
  /** Initiatives as objects (the feed's format); checked as a feed is, and bad ones skipped with a console warning. */
  declare items?: Initiative[];
  /** Show only initiatives for this audience key, e.g. `veterans`. The reader can change it (the attribute follows). */
  declare audience?: string;
  /** Show only this kind: `programme`, `funding` or `guidance`. The reader can change it (the attribute follows). */
  declare kind?: string;
  /** Show closed initiatives too (hidden by default). The reader can change it (the attribute follows). */
  declare showClosed: boolean;
  /** A heading above the list. */
  declare heading?: string;
  /** The level of `heading`, 2 to 6; cards' headings are one level below it. */
  declare headingLevel: number;
  /** The day to work statuses out for (YYYY-MM-DD); by default today in England, kept current. */
  declare today?: string;
  /** How many days before closing an initiative counts as closing soon (30 when not set). */
  declare closingSoonDays?: number;
  /** Leave out the search box. */
  declare noSearch?: boolean;
  /** Leave out the audience filter (`audience` still applies). */
  declare noAudienceFilter?: boolean;
  /** Leave out the kind filter (`kind` still applies). */
  declare noKindFilter?: boolean;
  /** Leave out the "Include closed" toggle (`show-closed` still applies). */
  declare noClosedToggle?: boolean;
  /**
   * Keep the search and filters in the page's address, so a filtered view can
   * be shared and survives reload. The value is the prefix of the query keys
   * (`initiatives` when empty: `?initiatives-audience=veterans`); the page's
   * own query parameters are left as they are.
   */
  declare urlState?: string;

  /** The search box's text. */
  declare private query: string;
  /** What the live region says; it follows the count once typing settles. */
  declare private announced: string;
  /** How many matches to show. */
  declare private limit: number;

  #feed = new FeedController(this, 'initiatives');
  #clock = new LondonDayController(this);
  /** The `<nhs-initiative-card>` children, read as data. */
  #cards: Initiative[] = [];
  /** What the entries and their cards were made from: the initiatives, the day, the strings and the settings the cards show. */
  #made: unknown[] = [];
  #entries: Entry[] = [];
  /** The entries that match the search and filters. */
  #hits: Entry[] = [];
  /** The audience filter's keys: those with labels first, in the strings' order, then any others as written. */
  #audiences: string[] = [];
  /** The search and filters the page set as attributes (`filters()`); the address records changes from them. */
  #presets?: string[];
  /** The search and filters last told in `nhs-filter-change`, or set by the page or a script since (`filters()`). */
  #reported: string[] = [];
  /** Whether the reader has changed the search or a filter since the list last settled. */
  #changedByReader = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** Work put off until the next frame is drawn (`later`); `updateComplete` waits for it. */
  #next?: Promise<void>;

  constructor() {
    super();
    this.showClosed = false;
    this.headingLevel = 2;
    this.query = '';
    this.announced = '';
    this.limit = PAGE;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(): void {
    if (!this.hasUpdated) {
      this.#presets = this.#filters();
      const params = new URLSearchParams(this.urlState != null ? location.search : '');
      for (const key of KEYS) {
        const value = params.get(this.#urlKey(key));
        if (value != null) this.#set(key, value);
      }
      this.#reported = this.#filters();
    }
    this.#feed.load(this.src); // does nothing when it is already loading or loaded
    const items = this.#feed.use(this.items, `<${this.localName}>.items`) ?? this.#cards;
    const day = this.#clock.day(this.today);
    const made = [items, day, strings, this.closingSoonDays, this.heading, this.headingLevel];
    // Once per items (or day) change, what each keystroke will need: status, order, search text, audiences.
    if (made.some((value, i) => value !== this.#made[i])) {
      this.#made = made;
      this.#entries = items
        .map((item, i) => {
          const status = initiativeStatus(item, day, this.closingSoonDays);
          const text = fold([item.name, item.provider, item.summary].join(' '));
          return { ...status, item, text, order: listOrder(item, status, day), id: 'i' + i };
        })
        .sort((a, b) => a.order - b.order);
      const seen = new Set(items.flatMap((item) => item.audiences ?? []));
      this.#audiences = [...new Set([...Object.keys(strings.audiences).filter((key) => seen.has(key)), ...seen])];
    }
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    this.#hits = this.#entries.filter(
      (entry) =>
        (this.showClosed || entry.state != 'closed') &&
        (!this.audience || entry.item.audiences?.includes(this.audience)) &&
        (!this.kind || entry.item.kind == this.kind) &&
        words.every((word) => entry.text.includes(word)),
    );
    const count = strings.showing(this.#hits.length, this.#entries.length);
    // The first count is simply there; later ones wait for typing to settle.
    if (!this.#entries.length) this.announced = '';
    else if (!this.announced) this.announced = count;
    else this.#settle(count);
  }

  /** Do `then` once the next frame is drawn (a timer set in a frame runs after it is painted). */
  #later(then: () => void): void {
    this.#next = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))).then(then);
  }

  /** Resolves once the list is complete: after the frame that follows a keystroke. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let next, done;
    do {
      await (next = this.#next);
      done = await super.getUpdateComplete();
    } while (next != this.#next);
    return done;
  }

  /**
   * Once nothing has changed for a moment: announce `count`; tell scripts
   * what the reader now looks for, if they changed it; and write the search
   * and filters into the address if asked to: our keys, where they differ
   * from the presets; every other parameter stays exactly as written.
   */
  #settle(count: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.announced = count;
      const values = this.#filters();
      if (this.#changedByReader && values.some((value, i) => value != this.#reported[i])) {
        const [search, audience, kind] = values;
        this.dispatchEvent(new NhsFilterChangeEvent({ search, audience, kind, showClosed: this.showClosed }));
      }
      this.#reported = values;
      this.#changedByReader = false;
      if (this.urlState == null) return;
      const keys = KEYS.map((key) => this.#urlKey(key));
      const search = [
        ...location.search
          .slice(1)
          .split('&')
          .filter((part) => part && !keys.includes(part.split('=')[0])),
        ...keys.flatMap((key, i) => (values[i] != this.#presets![i] ? `${key}=${encodeURIComponent(values[i])}` : [])),
      ].join('&');
      history.replaceState(history.state, '', location.pathname + (search && '?' + search) + location.hash);
    }, SETTLE_MS);
  }

  /** The search and filters as strings, in the order of `KEYS`. */
  #filters(): string[] {
    return [this.query.trim(), this.audience ?? '', this.kind ?? '', this.showClosed ? '1' : '0'];
  }

  /** Which of them the reader cannot change, in the same order. */
  #fixed(): unknown[] {
    return [this.noSearch, this.noAudienceFilter, this.noKindFilter, true];
  }

  #urlKey(key: string): string {
    return `${this.urlState?.trim() || 'initiatives'}-${key}`;
  }

  /** Set the search or a filter, by its key, and go back to the first page (the update that follows settles the count and address). */
  #set(key: string, value: string, checked = value == '1'): void {
    if (key == 'closed') this.showClosed = checked;
    else if (key == 'search') this.query = value;
    else this[key as 'kind'] = value || undefined;
    this.limit = PAGE;
  }

  #readChildren(): void {
    const cards = Array.from(this.querySelectorAll(':scope>nhs-initiative-card'), fromAttributes); // (card, index)
    this.#cards = warnProblems(parseItems('initiatives', cards, `<${this.localName}> child cards`));
    this.requestUpdate();
  }

  /**
   * A control changed (every one fires `input`, which bubbles to their
   * group). The frame of a keystroke only draws the letter; the list follows
   * in the next, from the control as it is then (read any sooner, a value
   * typed over in between would be written back into the box).
   */
  #input({ target }: Event): void {
    const control = target as HTMLInputElement;
    this.#later(() => {
      this.#set(control.id, control.value, control.checked);
      this.#changedByReader = true;
      this.requestUpdate(); // to settle, even if the control is back as it was
    });
  }

  /** Show the next page of matches, and move focus to the first of them. */
  async #more(): Promise<void> {
    const first = this.limit;
    this.limit += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('li')[first].focus();
  }

  /** Clear the search and the filters the reader can change, and go back to the first control. */
  async #clear(): Promise<void> {
    const fixed = this.#fixed();
    KEYS.forEach((key, i) => fixed[i] || this.#set(key, ''));
    this.#changedByReader = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input,select')!.focus();
  }

  override render() {
    const { status } = this.#feed;
    const empty = !this.#entries.length && (status == 'ready' || this.items !== undefined);
    return html`${this.heading ? heading(this.headingLevel, this.heading) : nothing}
      ${feedMessage(status, empty)}${status != 'loading' && this.#entries.length ? this.#renderList() : nothing}
      <slot hidden @slotchange=${this.#readChildren}></slot>`;
  }

  #renderList() {
    const { limit, closingSoonDays } = this;
    const hits = this.#hits;
    const today = this.#made[1] as string;
    const level = this.heading ? this.headingLevel + 1 : this.headingLevel;
    // Lit fills the items by position: a keystroke rewrites the text of the
    // cards on show, and adds or removes cards only at the end. That costs
    // the browser far less style and layout than hiding some cards and
    // showing others (measured with npm run bench:list).
    return html`${this.#renderFilters()}
      <p class="count" part="count" role="status">${this.announced}</p>
      <ul class="items" part="list" role="list" aria-labelledby=${this.heading ? 'heading' : nothing} ?hidden=${!hits.length}>
        ${hits.slice(0, limit).map(
          (entry) => html`<li tabindex="-1">
            ${(entry.view ??= renderInitiative(entry.item, { today, level, id: entry.id, prefix: 'item-', closingSoonDays }))}
          </li>`,
        )}
      </ul>
      ${
        hits.length > limit
          ? html`<button class="button button-secondary" part="more-button" @click=${this.#more}>
            ${strings.showMore(Math.min(PAGE, hits.length - limit))}
          </button>`
          : hits.length
            ? nothing
            : html`<p part="empty">${strings.noMatches}</p>
              ${
                this.#filters().some((value, i) => value && !this.#fixed()[i])
                  ? html`<button class="button button-secondary" part="clear-button" @click=${this.#clear}>${strings.clearFilters}</button>`
                  : nothing
              }`
      }`;
  }

  #renderFilters() {
    const select = (
      id: 'audience' | 'kind',
      label: string,
      any: string,
      keys: readonly string[],
      names: Record<string, string>,
    ) => {
      const value = this[id];
      return html`<div>
        <label for=${id}>${label}</label>
        <select id=${id} part="${id}-select">
          <option value="" .selected=${!value}>${any}</option>
          ${(value ? [...new Set(keys).add(value)] : keys).map(
            (key) => html`<option value=${key} .selected=${key == value}>${names[key] ?? key}</option>`,
          )}
        </select>
      </div>`;
    };
    return html`<div class="filters" part="filters" role="group" aria-label=${strings.filtersLabel} @input=${this.#input}>
      ${
        this.noSearch
          ? nothing
          : html`<div>
            <label for="search">${strings.searchLabel}</label>
            <input id="search" part="search-input" type="search" .value=${this.query} />
          </div>`
      }
      ${
        this.noAudienceFilter
          ? nothing
          : select('audience', strings.initiativeAudiences, strings.anyAudience, this.#audiences, strings.audiences)
      }
      ${
        this.noKindFilter
          ? nothing
          : select('kind', strings.initiativeKind, strings.anyKind, INITIATIVE_KINDS, strings.initiativeKinds)
      }
      ${
        this.noClosedToggle
          ? nothing
          : html`<label class="check" for="closed">
            <input id="closed" part="closed-checkbox" type="checkbox" .checked=${this.showClosed} />
            ${strings.includeClosed}
          </label>`
      }
    </div>`;
  }
}

define('nhs-initiative-list', NhsInitiativeList);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-initiative-list': NhsInitiativeList;
  }
}
