import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NhsElement } from '../shared/element.js';
import { customElement } from '../shared/define.js';
import { baseStyles, buttonStyles, cardStyles, tagStyles } from '../shared/styles.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings, type Strings } from '../shared/strings.js';
import { warn } from '../shared/log.js';
import { parseItems, formatProblem } from '../content/parse.js';
import { FeedController } from '../content/feed-controller.js';
import { AUDIENCES, INITIATIVE_KINDS } from '../content/spec.js';
import type { Initiative } from '../content/types.js';
import { compareInitiatives, initiativeStatus, type InitiativeStatus } from './initiative-status.js';
import { LondonDayController } from './london-day.js';
import { dayOr, fromAttributes, renderInitiative } from './initiative-card.js';
import { initiativeCardStyles } from './initiative-card.styles.js';
import { initiativeListStyles } from './initiative-list.styles.js';

const TAG = 'nhs-initiative-list';
/** How long typing must pause before the count is announced and the URL written. */
const SETTLE_MS = 300;
/** How many matches are shown at first, and how many more each "Show more" adds. */
const PAGE = 24;

interface Entry {
  item: Initiative;
  status: InitiativeStatus;
  /** Name, provider and summary, lower case without accents, worked out once per items change. */
  text: string;
  /** Its card has been rendered (cards are made when first shown, then kept and hidden). */
  made?: boolean;
  /** Its card, rendered once per items, day, heading or strings change. */
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
 * @summary Initiatives with search, filters and a live result count.
 * @slot - `<nhs-initiative-card>` elements to list when there is no `src` or `items`, or the feed fails.
 * @csspart list-heading - The heading, when `heading` is set.
 * @csspart filters - The group of search box and filters.
 * @csspart search-input - The search box.
 * @csspart audience-select - The audience filter.
 * @csspart kind-select - The kind filter.
 * @csspart closed-checkbox - The "Include closed" checkbox.
 * @csspart count - "Showing 4 of 12 initiatives".
 * @csspart list - The list of cards.
 * @csspart card - Each card (as `<nhs-initiative-card>`'s).
 * @csspart card-heading - Each card's heading.
 * @csspart link - Each card's link.
 * @csspart status - Each card's status tag.
 * @csspart summary - Each card's summary.
 * @csspart facts - Each card's list of type, audiences, offer and closing date.
 * @csspart review - "Last reviewed March 2025" on a card whose content is old.
 * @csspart empty - The message and "Clear filters" button when nothing matches.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart more-button - "Show 24 more", when more initiatives match than are shown.
 * @csspart message - The loading, error or empty-feed message.
 * @cssprop [--nhs-widgets-gap=16px] - The space between cards.
 * @cssprop [--nhs-widgets-color-focus=#ffeb3b] - The focus highlight.
 */
@customElement('nhs-initiative-list')
export class NhsInitiativeList extends NhsElement {
  static override styles = [baseStyles, cardStyles, tagStyles, buttonStyles, initiativeCardStyles, initiativeListStyles];

  /** A content pack (JSON) to read the `initiatives` from. */
  @property() src?: string;
  /** Initiatives as objects (the feed's format); checked, and bad ones skipped with a console warning. */
  @property({ attribute: false }) items?: unknown;
  /** Show only initiatives for this audience key, e.g. `veterans`. The reader can change it. */
  @property() audience?: string;
  /** Show only this kind: `programme`, `funding` or `guidance`. The reader can change it. */
  @property() kind?: string;
  /** Show closed initiatives too (hidden by default). The reader can change it. */
  @property({ attribute: 'show-closed', type: Boolean, reflect: true }) showClosed = false;
  /** A heading above the list. */
  @property() heading?: string;
  /** The level of `heading`, 2 to 6; cards' headings are one level below it. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel = 2;
  /** The day to work statuses out for (YYYY-MM-DD); by default today in England, kept current. */
  @property() today?: string;
  /** How many days before closing an initiative counts as closing soon. */
  @property({ attribute: 'closing-soon-days', type: Number }) closingSoonDays = 30;
  /** Leave out the search box. */
  @property({ attribute: 'no-search', type: Boolean, reflect: true }) noSearch = false;
  /** Leave out the audience filter (`audience` still applies). */
  @property({ attribute: 'no-audience-filter', type: Boolean, reflect: true }) noAudienceFilter = false;
  /** Leave out the kind filter (`kind` still applies). */
  @property({ attribute: 'no-kind-filter', type: Boolean, reflect: true }) noKindFilter = false;
  /** Leave out the "Include closed" toggle (`show-closed` still applies). */
  @property({ attribute: 'no-closed-toggle', type: Boolean, reflect: true }) noClosedToggle = false;
  /**
   * Keep the search and filters in the page's address, so a filtered view can
   * be shared and survives reload. The value is the prefix of the query keys
   * (`initiatives` when empty: `?initiatives-audience=veterans`); the page's
   * own query parameters are left as they are.
   */
  @property({ attribute: 'url-state' }) urlState?: string;

  /** The search box's text. */
  @state() private query = '';
  /** What the live region says; it follows the count once typing settles. */
  @state() private announced = '';
  /** How many matches to show. */
  @state() private limit = PAGE;

  private feed = new FeedController(this, 'initiatives');
  private clock = new LondonDayController(this);
  private parsed?: Initiative[];
  private children_: Initiative[] = [];
  private source?: Initiative[];
  private day = '';
  private words?: Strings;
  private entries: Entry[] = [];
  private audienceKeys: string[] = [];
  private hits: Entry[] = [];
  private shown = new Set<Entry>();
  private presets?: string[];
  private timer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.presets = this.filters();
      if (this.urlState != null) this.readUrl();
    }
    if (changed.has('src')) this.feed.load(this.src);
    if (changed.has('items')) {
      if (this.items === undefined) this.parsed = undefined;
      else {
        const { value, problems } = parseItems('initiatives', this.items, `<${TAG}>.items`);
        problems.forEach((p) => warn(formatProblem(p)));
        this.parsed = value;
      }
    }
    const source = this.parsed ?? (this.feed.status === 'ready' ? this.feed.items : this.children_);
    const day = dayOr(this.today, () => this.clock.today, TAG);
    if (
      source !== this.source ||
      day !== this.day ||
      strings !== this.words ||
      ['closingSoonDays', 'heading', 'headingLevel'].some((key) => changed.has(key as keyof NhsInitiativeList))
    ) {
      this.source = source;
      this.day = day;
      this.words = strings;
      this.prepare();
    }
    this.filter();
  }

  /** Work out once per items (or day) change what each keystroke will need: status, order, search text. */
  private prepare(): void {
    const seen = new Set<string>();
    this.entries = this.source!.map((item) => {
      item.audiences?.forEach((key) => seen.add(key));
      return {
        item,
        status: initiativeStatus(item, this.day, this.closingSoonDays),
        text: fold([item.name, item.provider, item.summary].join(' ')),
      };
    }).sort((a, b) => compareInitiatives(a.item, a.status, b.item, b.status));
    const known: readonly string[] = AUDIENCES;
    this.audienceKeys = [...known.filter((key) => seen.has(key)), ...[...seen].filter((key) => !known.includes(key))];
  }

  private filter(): void {
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    this.hits = this.entries.filter(
      ({ item, status, text }) =>
        (this.showClosed || status.state !== 'closed') &&
        (!this.audience || !!item.audiences?.includes(this.audience)) &&
        (!this.kind || item.kind === this.kind) &&
        words.every((word) => text.includes(word)),
    );
    this.shown = new Set(this.hits.slice(0, this.limit));
    this.shown.forEach((entry) => (entry.made = true));
    const count = strings.showing(this.hits.length, this.entries.length);
    // The first count is simply there; later ones wait for typing to settle.
    if (!this.entries.length) this.announced = '';
    else if (!this.announced) this.announced = count;
    else if (count !== this.announced) this.settle(() => (this.announced = count));
  }

  /** Run `then` (and write the URL) once nothing has changed for a moment. */
  private settle(then?: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      then?.();
      if (this.urlState != null) this.writeUrl();
    }, SETTLE_MS);
  }

  /** The search and filters as strings, in the order of the URL keys. */
  private filters(): string[] {
    return [this.query.trim(), this.audience ?? '', this.kind ?? '', this.showClosed ? '1' : '0'];
  }

  private urlKeys(): string[] {
    const prefix = this.urlState?.trim() || 'initiatives';
    return ['search', 'audience', 'kind', 'closed'].map((key) => `${prefix}-${key}`);
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const [query, audience, kind, closed] = this.urlKeys().map((key) => params.get(key));
    if (query !== null) this.query = query;
    if (audience !== null) this.audience = audience || undefined;
    if (kind !== null) this.kind = kind || undefined;
    if (closed !== null) this.showClosed = closed === '1';
  }

  /** Our keys, where they differ from the presets; every other parameter stays exactly as written. */
  private writeUrl(): void {
    const keys = this.urlKeys();
    const values = this.filters();
    const kept = location.search
      .slice(1)
      .split('&')
      .filter((part) => part && !keys.includes(part.split('=')[0]));
    const ours = keys.flatMap((key, i) =>
      values[i] !== this.presets![i] ? [`${key}=${encodeURIComponent(values[i])}`] : [],
    );
    const search = [...kept, ...ours].join('&');
    const url = location.pathname + (search && `?${search}`) + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
  }

  private readChildren(): void {
    const cards = [...this.children].filter((el) => el.localName === 'nhs-initiative-card');
    const raw = cards.map((el, i) => ({ ...fromAttributes(el), id: `card-${i}` }));
    const { value, problems } = parseItems('initiatives', raw, `<${TAG}> child cards`);
    problems.forEach((p) => warn(formatProblem(p)));
    this.children_ = value;
    this.requestUpdate();
  }

  private change(update: () => void): void {
    update();
    this.limit = PAGE;
    this.settle();
  }

  /** Show the next page of matches, and move focus to the first of them. */
  private async more(): Promise<void> {
    const next = this.entries.indexOf(this.hits[this.limit]);
    this.limit += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-i="${next}"]`)?.focus();
  }

  private async clear(): Promise<void> {
    if (!this.noSearch) this.query = '';
    if (!this.noAudienceFilter) this.audience = undefined;
    if (!this.noKindFilter) this.kind = undefined;
    this.limit = PAGE;
    this.settle();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select')?.focus();
  }

  override render() {
    const status = this.feed.status;
    const slot = html`<slot hidden @slotchange=${this.readChildren}></slot>`;
    const title = this.heading ? heading(this.headingLevel, this.heading, 'list-heading', 'list-heading') : nothing;
    const message = (text: string) => html`<p class="message" part="message" role="status">${text}</p>`;
    if (status === 'loading') {
      return html`${slot}${title}<p class="message" part="message" data-loading>${strings.loading}</p>`;
    }
    return html`${slot}${title}${status === 'error' ? message(strings.feedError) : nothing}
    ${this.entries.length
      ? this.renderList()
      : status === 'ready' || this.parsed
        ? message(strings.feedEmpty)
        : nothing}`;
  }

  private renderList() {
    const cardLevel = this.heading ? this.headingLevel + 1 : this.headingLevel;
    const filtered =
      (!this.noSearch && this.query.trim()) || (!this.noAudienceFilter && this.audience) || (!this.noKindFilter && this.kind);
    return html`${this.renderFilters()}
      <p class="count" part="count" role="status">${this.announced}</p>
      <ul class="items" part="list" role="list" aria-labelledby=${this.heading ? 'list-heading' : nothing}>
        ${this.entries.map((entry, i) =>
          entry.made
            ? html`<li ?hidden=${!this.shown.has(entry)} data-i=${i} tabindex="-1">
              ${(entry.view ??= renderInitiative(entry.item, this.day, {
                level: cardLevel,
                id: `i${i}`,
                part: 'card-heading',
                closingSoonDays: this.closingSoonDays,
                reviewMonths: 12,
              }))}
            </li>`
            : nothing,
        )}
      </ul>
      ${this.hits.length > this.limit
        ? html`<button class="button button-secondary more" part="more-button" @click=${this.more}>
            ${strings.showMore(Math.min(PAGE, this.hits.length - this.limit))}
          </button>`
        : nothing}
      ${this.shown.size
        ? nothing
        : html`<div class="empty" part="empty">
            <p>${strings.noMatches}</p>
            ${filtered
              ? html`<button class="button button-secondary" part="clear-button" @click=${this.clear}>
                  ${strings.clearFilters}
                </button>`
              : nothing}
          </div>`}`;
  }

  private renderFilters() {
    const select = (
      id: string,
      label: string,
      any: string,
      keys: readonly string[],
      names: Record<string, string>,
      value: string | undefined,
      set: (value: string | undefined) => void,
    ) =>
      html`<div>
        <label for=${id}>${label}</label>
        <select
          id=${id}
          part="${id}-select"
          @change=${(e: Event) => this.change(() => set((e.target as HTMLSelectElement).value || undefined))}
        >
          <option value="" .selected=${!value}>${any}</option>
          ${[...keys, ...(value && !keys.includes(value) ? [value] : [])].map(
            (key) => html`<option value=${key} .selected=${key === value}>${names[key] ?? key}</option>`,
          )}
        </select>
      </div>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${strings.filtersLabel}>
      ${this.noSearch
        ? nothing
        : html`<div>
            <label for="search">${strings.searchLabel}</label>
            <input
              id="search"
              part="search-input"
              type="search"
              .value=${this.query}
              @input=${(e: Event) => this.change(() => (this.query = (e.target as HTMLInputElement).value))}
            />
          </div>`}
      ${this.noAudienceFilter
        ? nothing
        : select('audience', strings.initiativeAudiences, strings.anyAudience, this.audienceKeys, strings.audiences, this.audience, (v) => (this.audience = v))}
      ${this.noKindFilter
        ? nothing
        : select('kind', strings.initiativeKind, strings.anyKind, INITIATIVE_KINDS, strings.initiativeKinds, this.kind, (v) => (this.kind = v))}
      ${this.noClosedToggle
        ? nothing
        : html`<div class="check">
            <input
              id="closed"
              part="closed-checkbox"
              type="checkbox"
              .checked=${this.showClosed}
              @change=${(e: Event) => this.change(() => (this.showClosed = (e.target as HTMLInputElement).checked))}
            />
            <label for="closed">${strings.includeClosed}</label>
          </div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nhs-initiative-list': NhsInitiativeList;
  }
}
