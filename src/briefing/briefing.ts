import { html, nothing, type PropertyValues } from 'lit';
import { NhsElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { baseStyles } from '../shared/styles.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings } from './strings.js';
import { warn, warnAbout } from '../shared/log.js';
import { parseIds } from '../shared/ids.js';
import { feedMessage } from '../shared/feed-message.js';
import { FeedController } from '../controllers/feed-controller.js';
import { formatProblem, parseContentPack } from '../content/parse.js';
import type { About, ContentPack } from '../content/types.js';
// Each section is one of the library's own elements, handed its items.
import '../prompts/prompt-set.js';
import '../initiatives/initiative-list.js';
import '../case-studies/case-study-carousel.js';
import { briefingStyles } from './briefing.styles.js';

/** The sections in the briefing's order, by the names that `sections` and the page's address use. */
const SECTIONS = ['about', 'prompts', 'initiatives', 'case-studies'] as const;
export type BriefingSection = (typeof SECTIONS)[number];

/** The feed key of each list section. */
const KEYS = { prompts: 'prompts', initiatives: 'initiatives', 'case-studies': 'caseStudies' } as const;

/**
 * The whole briefing from one content pack: its introduction (from the
 * pack's `about`: title, publisher, summary, who it is for, the quotation,
 * the chapters, the reference group and a contents list), then the prompts
 * (`<nhs-prompt-set>`), the national initiatives (`<nhs-initiative-list>`)
 * and the case studies (`<nhs-case-study-carousel>`). Each section appears
 * only when the pack has it; `sections` chooses some and their order
 * (`sections="about"` is the introduction alone).
 *
 * The feed is fetched once, and each section is handed its `items`; a bad
 * feed gives one message for the whole briefing, and the page's own content
 * (the default slot) stays readable.
 *
 * The contents list and the page's address (`#prompts`, `#initiatives`,
 * `#case-studies`, `#about`) take the reader to a section and move focus to
 * its heading; following an entry writes the address, and an address with one
 * of these on load opens the briefing there. Headings form one outline: the
 * title at `heading-level`, the sections one level below (at `heading-level`
 * when the introduction is not shown), their items below those.
 *
 * Printed, it is a document: the introduction, every prompt with the
 * reader's notes, the initiatives that are open or upcoming, every case study,
 * no buttons or filters, and each link's address.
 *
 * @summary The whole briefing in one tag: introduction, prompts, initiatives and case studies.
 *
 * @slot - The page's own content, shown when there is no content from `src` or `pack`: before the script runs, while the feed loads and if it fails.
 *
 * @csspart about - The introduction.
 * @csspart heading - The briefing's title.
 * @csspart publisher - "Published by …".
 * @csspart notice - The pack's notice, such as "Example content".
 * @csspart contents - The contents list (a navigation landmark).
 * @csspart contents-link - Each entry of the contents list.
 * @csspart summary - What the briefing asks of its readers.
 * @csspart audience - Who it is for.
 * @csspart quote - The quotation (a `<figure>` with its `<blockquote>` and attribution).
 * @csspart chapters - The briefing's chapters.
 * @csspart partners - The reference group.
 * @csspart link - "Read the full briefing".
 * @csspart section - Each of the prompts, initiatives and case studies sections.
 * @csspart section-heading - Each section's heading.
 * @csspart message - The loading, error or nothing-to-show message.
 */
export class NhsBriefing extends NhsElement {
  static override styles = [baseStyles, briefingStyles];

  static override properties = {
    src: {},
    pack: { attribute: false },
    sections: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    notes: { type: Boolean, reflect: true },
    setId: { attribute: 'set-id' },
    today: {},
  };

  /** A content pack (JSON) to show, fetched once for every section. */
  declare src: string;
  /** A content pack as an object (checked as a feed is); wins over `src`. */
  declare pack?: Partial<ContentPack>;
  /** Which sections to show, in this order: `about`, `prompts`, `initiatives`, `case-studies` (space or comma separated). All that the pack has, by default. */
  declare sections: string;
  /** The level of the briefing's title, 2–6; its sections are one level below, their items below those. */
  declare headingLevel: number;
  /** Give every prompt a private notes box, with progress and the note buttons. */
  declare notes: boolean;
  /** Names the prompts' notes on the device, as on `<nhs-prompt-set>`. */
  declare setId: string;
  /** The day to work the initiatives' statuses out for (YYYY-MM-DD); by default today in England. */
  declare today?: string;

  /** The whole pack at `src`. */
  #feed = new FeedController(this);
  /** `pack`, checked. */
  #given?: ContentPack;
  /** The sections on show, in order. */
  #shown: BriefingSection[] = [];
  /** The page's address has been read, once there was something to open. */
  #opened = false;

  constructor() {
    super();
    this.src = '';
    this.sections = '';
    this.headingLevel = 2;
    this.notes = false;
    this.setId = 'default';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.#feed.load(this.src);
    if (changed.has('pack')) {
      const parsed = this.pack === undefined ? undefined : parseContentPack(this.pack);
      parsed?.problems.forEach((problem) => warn(`<nhs-briefing>.pack: ${formatProblem(problem)}`));
      this.#given = parsed?.value;
    }
    const pack = this.#content;
    this.#shown = pack ? this.#choose(pack) : [];
  }

  protected override updated(): void {
    if (this.#opened || !this.#shown.length) return;
    this.#opened = true;
    // As a browser opens a page at its address's target; not if the reader has gone elsewhere meanwhile.
    if (document.activeElement == document.body) this.#onHash();
  }

  /** The pack on show: `pack`, or the feed's once it has come. */
  get #content(): ContentPack | undefined {
    const { result } = this.#feed;
    return this.#given ?? (result?.ok ? result.pack : undefined);
  }

  /** The sections asked for (every one, by default) that the pack has; unknown names and missing sections told to the author. */
  #choose(pack: ContentPack): BriefingSection[] {
    const asked = parseIds(this.sections);
    return [...new Set(asked.length ? asked : SECTIONS)].filter((name): name is BriefingSection => {
      if (!(SECTIONS as readonly string[]).includes(name)) {
        warnAbout(this, `sections: there is no section "${name}"; use ${SECTIONS.join(', ')}`);
        return false;
      }
      const has = name == 'about' ? !!pack.about : pack[KEYS[name as keyof typeof KEYS]].length > 0;
      if (!has && asked.length) warnAbout(this, `sections: the content has no ${name} to show`);
      return has;
    });
  }

  /** The page's address names a section on show: go there. */
  #onHash = (): void => {
    const name = location.hash.slice(1);
    if ((this.#shown as string[]).includes(name)) this.#go(name);
  };

  /** A contents entry: write the address, then go to the section (a click that opens a new tab is left to the browser). */
  #follow(event: MouseEvent): void {
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const hash = (event.currentTarget as HTMLAnchorElement).hash;
    if (location.hash != hash) history.pushState(history.state, '', location.pathname + location.search + hash);
    // The sections are on show with the contents list: focus moves in the same task as the click.
    this.#focus(hash.slice(1));
  }

  /** As `#focus`, a frame later: an address may name a section before its own elements have rendered. */
  async #go(name: string): Promise<void> {
    await new Promise(requestAnimationFrame);
    this.#focus(name);
  }

  /**
   * Moves focus to the heading of section `name` (so the reader hears where
   * they are, and Tab goes on from there) and brings it to the top of the
   * window, as the browser does for an address's target.
   */
  #focus(name: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${name} > .heading`);
    if (!target) return;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView();
  }

  override render() {
    const shown = this.#shown;
    const pack = this.#content;
    const status = pack ? 'ready' : this.#feed.status;
    // The title at heading-level, the sections below it (or at it, with no title), their items below those.
    const level = this.headingLevel + (shown.includes('about') ? 1 : 0);
    return html`${feedMessage(status, !!pack && !shown.length)}
    ${
      pack && shown.length
        ? shown.map((name) =>
            name == 'about' ? this.#renderAbout(pack.about!) : this.#renderSection(name, pack, level),
          )
        : html`<slot></slot>`
    }`;
  }

  #renderAbout({ title, publisher, notice, summary, audience, quote, chapters, partners, href }: About) {
    const listed = this.#shown.filter((name) => name != 'about');
    return html`<section id="about" part="about">
      ${heading(this.headingLevel, title)}
      ${publisher ? html`<p part="publisher">${strings.briefingPublisher(publisher)}</p>` : nothing}
      ${notice ? html`<p part="notice" class="notice">${notice}</p>` : nothing}
      ${
        listed.length
          ? html`<nav part="contents" aria-labelledby="contents-label">
            <p class="label" id="contents-label">${strings.briefingContents}</p>
            <ul>
              ${listed.map(
                (name) =>
                  html`<li><a part="contents-link" href="#${name}" @click=${this.#follow}>${strings.briefingSections[name]}</a></li>`,
              )}
            </ul>
          </nav>`
          : nothing
      }
      ${summary ? html`<p part="summary">${summary}</p>` : nothing}
      ${
        audience
          ? html`<div part="audience"><p class="label">${strings.briefingAudience}</p><p>${audience}</p></div>`
          : nothing
      }
      ${
        quote
          ? html`<figure part="quote">
            <blockquote><p>${quote.text}</p></blockquote>
            ${quote.cite ? html`<figcaption>${quote.cite}</figcaption>` : nothing}
          </figure>`
          : nothing
      }
      ${
        chapters?.length
          ? html`<div part="chapters">
            <p class="label" id="chapters-label">${strings.briefingChapters}</p>
            <ol aria-labelledby="chapters-label">
              ${chapters.map((c) => html`<li><strong>${c.title}</strong>${c.summary ? html`<br />${c.summary}` : nothing}</li>`)}
            </ol>
          </div>`
          : nothing
      }
      ${
        partners?.length
          ? html`<div part="partners">
            <p class="label" id="partners-label">${strings.briefingPartners}</p>
            <ul aria-labelledby="partners-label">
              ${partners.map((p) => html`<li>${p.name}${p.note ? ` (${p.note})` : ''}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${href ? html`<p><a part="link" href=${href}>${strings.briefingRead}</a></p>` : nothing}
    </section>`;
  }

  #renderSection(name: Exclude<BriefingSection, 'about'>, pack: ContentPack, level: number) {
    const title = strings.briefingSections[name];
    return html`<section id=${name} part="section">
      ${heading(level, title, 'section-heading', `${name}-heading`)}
      ${
        name == 'prompts'
          ? html`<nhs-prompt-set .items=${pack.prompts} heading-level=${level + 1} ?notes=${this.notes} set-id=${this.setId}></nhs-prompt-set>`
          : name == 'initiatives'
            ? html`<nhs-initiative-list .items=${pack.initiatives} heading-level=${level + 1} .today=${this.today}></nhs-initiative-list>`
            : html`<nhs-case-study-carousel .items=${pack.caseStudies} label=${title} heading-level=${level + 1}></nhs-case-study-carousel>`
      }
    </section>`;
  }
}

define('nhs-briefing', NhsBriefing);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-briefing': NhsBriefing;
  }
}
