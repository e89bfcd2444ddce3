import { html } from 'lit';
import { NhsElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { tagStyles } from '../shared/tag-styles.js';
import { headingLevelConverter } from '../shared/heading.js';
import { warnProblems } from '../shared/log.js';
import { parseItem } from '../content/parse.js';
import type { Initiative } from '../content/types.js';
import { LondonDayController } from './london-day-controller.js';
import { fromAttributes, renderInitiative } from './render-initiative.js';
import { initiativeCardStyles } from './initiative-card.styles.js';

/**
 * One national skills or employment initiative, or a financial incentive:
 * who it is for, what it offers, who runs it, and whether it is open, worked
 * out from its dates and the reader's day in England (it changes at midnight
 * on a page left open).
 *
 * @summary An initiative with its open, closing-soon or closed status.
 * @slot - The summary: a sentence or two of HTML. Ignored when `item` is set.
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
export class NhsInitiativeCard extends NhsElement {
  static override styles = [baseStyles, cardStyles, tagStyles, initiativeCardStyles];

  static override properties = {
    name: {},
    provider: {},
    href: {},
    audiences: {},
    kind: {},
    offer: {},
    opens: {},
    closes: {},
    reviewed: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    today: {},
    closingSoonDays: { attribute: 'closing-soon-days', type: Number },
    reviewMonths: { attribute: 'review-months', type: Number },
    item: { attribute: false },
  };

  /** The initiative's name (required). */
  declare name?: string;
  /** Who runs it. */
  declare provider?: string;
  /** Its official page; dropped, with a console warning, unless it is http(s), mailto, tel or relative. */
  declare href?: string;
  /** Who it is for: audience keys separated by commas, e.g. `young-people,veterans`. */
  declare audiences?: string;
  /** `programme`, `funding` or `guidance`. */
  declare kind?: string;
  /** What it offers, e.g. "Up to £3,000 per new apprentice". */
  declare offer?: string;
  /** The first day it is open (YYYY-MM-DD). */
  declare opens?: string;
  /** The last day it is open (YYYY-MM-DD). */
  declare closes?: string;
  /** The day someone last checked it against its source (YYYY-MM-DD). */
  declare reviewed?: string;
  /** The heading level of the name, 2 to 6. */
  declare headingLevel: number;
  /** The day to show the status for (YYYY-MM-DD); by default today in England, kept current. */
  declare today?: string;
  /** How many days before `closes` the status says "Closes in N days" (30 when not set). */
  declare closingSoonDays?: number;
  /** After how many months without a review the card says when it was last reviewed (12 when not set). */
  declare reviewMonths?: number;
  /**
   * The whole initiative as one object, as in a feed (`{ id, name, provider, … }`), checked as a
   * feed item is; when set, the attributes and slot are ignored.
   */
  declare item?: Initiative;

  #clock = new LondonDayController(this);

  constructor() {
    super();
    this.headingLevel = 3;
  }

  override render() {
    const tag = `<${this.localName}${this.name ? ` name="${this.name}"` : ''}>`;
    const raw = this.item ?? fromAttributes(this);
    const item = warnProblems(parseItem('initiatives', raw, this.item ? `${tag}.item` : tag, { id: 'card' }));
    const slot = html`<slot></slot>`;
    return item
      ? renderInitiative(item, {
          today: this.#clock.day(this.today),
          level: this.headingLevel,
          id: 'heading',
          summary: this.item ? undefined : slot,
          closingSoonDays: this.closingSoonDays,
          reviewMonths: this.reviewMonths,
        })
      : slot;
  }
}

define('nhs-initiative-card', NhsInitiativeCard);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-initiative-card': NhsInitiativeCard;
  }
}
