import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NhsElement } from '../shared/element.js';
import { customElement } from '../shared/define.js';
import { baseStyles, cardStyles, tagStyles } from '../shared/styles.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings } from '../shared/strings.js';
import { warn } from '../shared/log.js';
import { parseItem, formatProblem, type Parsed } from '../content/parse.js';
import { formatDate, formatMonth } from '../content/dates.js';
import type { Initiative } from '../content/types.js';
import { initiativeStatus, isStale } from './initiative-status.js';
import { LondonDayController } from './london-day.js';
import { initiativeCardStyles } from './initiative-card.styles.js';

/** The parsed value, each problem told to the author. @internal */
export function warned<T>({ value, problems }: Parsed<T>): T {
  problems.forEach((p) => warn(formatProblem(p)));
  return value;
}

/**
 * The initiative an `<nhs-initiative-card>` describes with its attributes
 * (the parser reads only the fields it knows) and text. @internal
 */
export function fromAttributes(el: Element, id: string | number = 'card'): Record<string, unknown> {
  return {
    ...Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    id,
    summary: el.textContent!,
  };
}

/** What a card takes from the element that draws it. @internal */
export interface CardHost {
  closingSoonDays?: number;
  reviewMonths?: number;
}

/**
 * A card's inside, shared by `<nhs-initiative-card>` and the list (which
 * renders cards straight into its own shadow root: far cheaper than one
 * element each when a search shows new ones). `id` and `part` are the
 * heading's; `summary` is the item's own unless given. `data` has been
 * through the parser, so its `href` is safe. @internal
 */
export function renderInitiative(
  data: Initiative,
  today: string,
  host: CardHost,
  level: number,
  id: string,
  part: string,
  summary: unknown = data.summary,
): TemplateResult {
  const { state, days } = initiativeStatus(data, today, host.closingSoonDays);
  const months = host.reviewMonths ?? 12;
  const closes = data.closes && formatDate(data.closes);
  const [colour, words] =
    state == 'open'
      ? ['green', strings.statusOpen]
      : state == 'closing'
        ? ['yellow', strings.statusCloses(days!)]
        : ['grey', state == 'closed' ? strings.statusClosed(closes!) : strings.statusOpens(formatDate(data.opens!))];
  const stale = isStale(data.reviewed, today, months);
  if (stale) {
    warn(`"${data.name}" was last reviewed on ${data.reviewed}, over ${months} months ago`);
  }
  const facts = [
    [strings.initiativeKind, data.kind && strings.initiativeKinds[data.kind]],
    [strings.initiativeAudiences, data.audiences?.map((key) => strings.audiences[key] ?? key).join(', ')],
    [strings.initiativeOffer, data.offer],
    [strings.initiativeCloses, state == 'open' && closes],
  ].filter(([, value]) => value);
  return html`<article class="card" part="card" aria-labelledby=${id}>
    ${heading(level, data.href ? html`<a part="link" href=${data.href}>${data.name}</a>` : data.name, part, id)}
    ${data.provider ? html`<p class="provider">${data.provider}</p>` : nothing}
    <p><strong class="tag tag-${colour}" part="status">${words}</strong></p>
    ${summary ? html`<div part="summary">${summary}</div>` : nothing}
    ${facts.length
      ? html`<dl class="facts" part="facts">${facts.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`
      : nothing}
    ${stale ? html`<p class="review" part="review">${strings.lastReviewed(formatMonth(data.reviewed!))}</p>` : nothing}
  </article>`;
}

/**
 * One national skills or employment initiative, or a financial incentive:
 * who it is for, what it offers, who runs it, and whether it is open, worked
 * out from its dates and the reader's day in England (it changes at midnight
 * on a page left open).
 *
 * @summary An initiative with its open, closing-soon or closed status.
 * @slot - The summary: a sentence or two of HTML. Ignored when `initiative` is set.
 * @csspart card - The card.
 * @csspart heading - The initiative's name.
 * @csspart link - The link on the name, when `href` is safe.
 * @csspart status - The status tag ("Open", "Closes in 12 days", …).
 * @csspart summary - The summary.
 * @csspart facts - The list of type, audiences, offer and closing date.
 * @csspart review - "Last reviewed March 2025", when the content is old.
 * @cssprop [--nhs-widgets-color-border=#d8dde0] - The card's border.
 * @cssprop [--nhs-widgets-color-surface=#ffffff] - The card's background.
 * @cssprop [--nhs-widgets-color-link=#005eb8] - The name's link.
 */
@customElement('nhs-initiative-card')
export class NhsInitiativeCard extends NhsElement {
  static override styles = [baseStyles, cardStyles, tagStyles, initiativeCardStyles];

  /** The initiative's name (required). */
  @property() name?: string;
  /** Who runs it. */
  @property() provider?: string;
  /** Its official page; dropped, with a console warning, unless it is http(s), mailto, tel or relative. */
  @property() href?: string;
  /** Who it is for: audience keys separated by commas, e.g. `young-people,veterans`. */
  @property() audiences?: string;
  /** `programme`, `funding` or `guidance`. */
  @property() kind?: string;
  /** What it offers, e.g. "Up to £3,000 per new apprentice". */
  @property() offer?: string;
  /** The first day it is open (YYYY-MM-DD). */
  @property() opens?: string;
  /** The last day it is open (YYYY-MM-DD). */
  @property() closes?: string;
  /** The day someone last checked it against its source (YYYY-MM-DD). */
  @property() reviewed?: string;
  /** The heading level of the name, 2 to 6. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel = 3;
  /** The day to show the status for (YYYY-MM-DD); by default today in England, kept current. */
  @property() today?: string;
  /** How many days before `closes` the status says "Closes in N days" (30 when not set). */
  @property({ attribute: 'closing-soon-days', type: Number }) closingSoonDays?: number;
  /** After how many months without a review the card says when it was last reviewed (12 when not set). */
  @property({ attribute: 'review-months', type: Number }) reviewMonths?: number;
  /** The whole initiative as one object (as in a feed); when set, the attributes and slot are ignored. */
  @property({ attribute: false }) initiative?: Initiative;

  private clock = new LondonDayController(this);

  override render() {
    const tag = `<${this.localName}${this.name ? ` name="${this.name}"` : ''}>`;
    const raw = this.initiative ?? fromAttributes(this);
    const data = warned(parseItem('initiatives', { id: 'card', ...raw }, this.initiative ? `${tag}.initiative` : tag));
    const slot = html`<slot></slot>`;
    return data
      ? renderInitiative(data, this.clock.day(this.today), this, this.headingLevel, 'heading', 'heading', this.initiative ? undefined : slot)
      : slot;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nhs-initiative-card': NhsInitiativeCard;
  }
}
