import { html, nothing, type PropertyValues } from 'lit';
import { define } from '../shared/define.js';
import { NhsElement } from '../shared/element.js';
import { baseStyles, cardStyles } from '../shared/styles.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { strings } from '../shared/strings.js';
import { warnAbout, warnProblems } from '../shared/log.js';
import { useContent } from '../controllers/content.js';
import { safeUrl } from '../content/urls.js';
import type { CaseStudy } from '../content/types.js';
import { caseStudyStyles } from './case-study.styles.js';

/**
 * One case study as an NHS.UK card: heading, organisation and place, summary,
 * outcome figures, a quote, an image and a link to the full story.
 *
 * Write it as HTML with attributes and children, or set `item` to a case
 * study from a feed (the carousel does this for `src` and `items`): it is
 * checked as a feed item is, unsafe links and fields of the wrong kind left
 * out and told to the author; a broken one is not shown, and the attributes
 * and children are shown instead. An image needs its alt text
 * written out: `image-alt=""` for a decorative one; a missing alt is reported
 * to the author and the image treated as decorative. The image's box is kept
 * before it loads, so nothing moves.
 *
 * @summary A case study of partners getting people into work, as a card.
 * @slot heading - The heading as HTML, such as `<h3 slot="heading">…</h3>`, instead of the
 *   `heading` attribute: the page's own heading then reads in place before the script runs.
 * @slot - The summary, as paragraphs (used when `item` has none).
 * @slot outcomes - Headline figures written as HTML (used when `item` has none).
 * @slot quote - A quote written as HTML, such as a `<blockquote>` (used when `item` has none).
 * @csspart card - The card around everything.
 * @csspart image - The box holding the image.
 * @csspart heading - The heading.
 * @csspart meta - The organisation and place.
 * @csspart outcomes - The list of figures from `item`.
 * @csspart outcome-value - A figure, such as "92%".
 * @csspart quote - The quote from `item` with its source.
 * @csspart link - The "Read the full case study" link.
 */
export class NhsCaseStudy extends NhsElement {
  static override styles = [baseStyles, cardStyles, caseStudyStyles];

  static override properties = {
    heading: {},
    organisation: {},
    place: {},
    href: {},
    imageSrc: { attribute: 'image-src' },
    imageAlt: { attribute: 'image-alt' },
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    item: { attribute: false },
  };

  /** The case study's title. Required. */
  declare heading: string;
  /** The NHS organisation and its partners. */
  declare organisation: string;
  /** Where, e.g. "Manchester". */
  declare place: string;
  /** The full case study: http(s), mailto, tel or relative links only. */
  declare href: string;
  /** The image file. */
  declare imageSrc: string;
  /** What the image shows; write `image-alt=""` for a decorative image. */
  declare imageAlt?: string | null;
  /** The heading's level (2–6), to fit the page's outline. */
  declare headingLevel: number;
  /** A whole case study from a feed (its `id` may be left out), checked as a feed item is; when set, it is shown instead of the attributes and children. */
  declare item?: CaseStudy;

  /** What is shown: `item`, or the attributes (links checked). */
  #study: Partial<CaseStudy> = {};
  /** `item`, checked; `undefined` when there is none or it is broken. */
  #checked?: CaseStudy;
  /** `item` is set, and the parser it needs is still loading. */
  #waiting = false;

  constructor() {
    super();
    this.heading = '';
    this.organisation = '';
    this.place = '';
    this.href = '';
    this.imageSrc = '';
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') || this.#waiting) {
      // `item` waits for the parser, the first time one is needed (nothing is shown meanwhile).
      const content = this.item == null ? undefined : useContent(this);
      this.#waiting = content === 'loading';
      if (content === 'loading') return;
      // A broken item is reported and left out: the attributes and children are shown instead.
      this.#checked =
        content &&
        warnProblems(content.parseItem('caseStudies', this.item, '<nhs-case-study>.item', { id: 'case-study' }));
    }
    if (this.#checked) {
      this.#study = this.#checked;
      return;
    }
    const url = (name: string, value: string) => {
      const safe = safeUrl(value);
      if (value && !safe) warnAbout(this, `${name}="${value}" is not a safe link, so it is left out`);
      return safe;
    };
    if (!this.heading && !this.querySelector(':scope > [slot=heading]')) {
      warnAbout(this, 'needs a heading attribute or a slot="heading" child');
    }
    const src = url('image-src', this.imageSrc);
    if (src && this.imageAlt == null) {
      warnAbout(this, 'image-src needs image-alt (image-alt="" if decorative)');
    }
    this.#study = {
      heading: this.heading,
      organisation: this.organisation,
      place: this.place,
      href: url('href', this.href),
      image: src ? { src, alt: this.imageAlt ?? '' } : undefined,
    };
  }

  override render() {
    if (this.#waiting) return nothing;
    const { heading: title, organisation, place, summary, outcomes, quote, image, href } = this.#study;
    const meta = [organisation, place].filter(Boolean).join(', ');
    return html`<div class="card" part="card">
      ${image ? html`<img class="media" part="image" src=${image.src} alt=${image.alt} loading="lazy" />` : nothing}
      ${title ? heading(this.headingLevel, title) : html`<slot name="heading"></slot>`}
      ${meta ? html`<p class="meta" part="meta">${meta}</p>` : nothing}
      ${summary ? html`<p>${summary}</p>` : html`<slot></slot>`}
      ${
        outcomes?.length
          ? html`<ul class="outcomes" part="outcomes" role="list">
            ${outcomes.map((o) => html`<li><span part="outcome-value">${o.value}</span> ${o.label}</li>`)}
          </ul>`
          : html`<slot name="outcomes"></slot>`
      }
      ${
        quote
          ? html`<figure part="quote">
            <blockquote><p>“${quote.text}”</p></blockquote>
            ${quote.cite ? html`<figcaption>${quote.cite}</figcaption>` : nothing}
          </figure>`
          : html`<slot name="quote"></slot>`
      }
      ${
        href
          ? html`<p class="more">
            <a part="link" href=${href}>${strings.readCaseStudy}<span class="visually-hidden">: ${title}</span></a>
          </p>`
          : nothing
      }
    </div>`;
  }
}

define('nhs-case-study', NhsCaseStudy);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-case-study': NhsCaseStudy;
  }
}
