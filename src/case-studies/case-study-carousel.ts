import { html, nothing, type PropertyValues } from 'lit';
import { define } from '../shared/define.js';
import { NhsElement } from '../shared/element.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { headingLevelConverter } from '../shared/heading.js';
import { strings } from '../shared/strings.js';
import { warnAbout } from '../shared/log.js';
import { parseIds, pickByIds } from '../shared/ids.js';
import { FeedController } from '../controllers/feed-controller.js';
import { feedMessage } from '../shared/feed-message.js';
import type { CaseStudy } from '../content/types.js';
import { NhsSlideChangeEvent } from './events.js';
import { AutoplayController } from './autoplay-controller.js';
// Slides made from data are <nhs-case-study> elements.
import './case-study.js';
import { carouselStyles } from './case-study-carousel.styles.js';

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/**
 * -1 where `el` reads right to left, else 1. From the computed direction:
 * `:dir()` in a selector throws in Chrome and Edge before 120.
 */
const sign = (el: Element): number => (getComputedStyle(el).direction == 'rtl' ? -1 : 1);

/** The parts of a slide made from data, under the carousel's own names (`card` → `item-card`). */
const ITEM_PARTS = ['card', 'image', 'heading', 'meta', 'outcomes', 'outcome-value', 'quote', 'link']
  .map((part) => `${part}:item-${part}`)
  .join(', ');

/** How `show()` moves. */
interface ShowOptions {
  /** Wrap round from the last slide to the first and back (default: `loop`). */
  wrap?: boolean;
  /** Say the new slide in the live region (default: true). */
  announce?: boolean;
}

/**
 * Case studies as a carousel that follows the WAI-ARIA Authoring Practices
 * carousel pattern (the "tabbed" variant): a region named by `label`;
 * Previous and Next buttons; a slide picker that is a tablist (Tab reaches
 * it, arrow keys, Home and End move within it, swapped on right-to-left
 * pages); a polite live region that names the new slide after the reader
 * moves, and is off while slides rotate.
 *
 * **Slides.** The children (`<nhs-case-study>` elements) stay in the page's
 * own DOM, so the page keeps its content and reading order with or without
 * the script. Each child is slotted into its own wrapper inside the shadow
 * root (manual slot assignment), and the wrapper carries
 * `role="group" aria-roledescription="slide" aria-label="2 of 5"` and
 * `inert` when out of view. Nothing is written onto the page's elements, so
 * there is nothing to clean up when a child is moved or removed, and slides
 * from a feed (`src`) get exactly the same wrappers. `inert` works through
 * the slot: content out of view can be neither focused nor read.
 *
 * **Layout.** Native CSS scroll-snap, so touch swipe and trackpads just work;
 * the current slide follows the scroll position when it settles. Slides per
 * view follow the element's own width (a container query): 1, 2 from 600px,
 * 3 from 1000px, or `--nhs-widgets-slides-per-view`. Its first render takes
 * that number from the element's width, and is measured (and corrected, if
 * need be) once laid out, before anything is painted, so it takes the space it
 * will keep. Being a size container, it takes its width from where it sits:
 * as a flex item, give it a width or `flex: 1`.
 *
 * **Height.** Each card is as tall as its own content. The row is as tall as
 * the tallest slide in view, and follows the view as the reader moves; slides
 * out of view take no height, and slides more than a view away are not laid
 * out at all. While slides may rotate on their own, the row is as tall as the
 * tallest slide of all, so rotation never moves the page; it follows the view
 * again once the reader moves a slide themselves.
 *
 * **Autoplay** (`autoplay`, off by default): a Pause/Play button comes first.
 * Rotation waits while the pointer is over the carousel, stops when keyboard
 * focus arrives in it or the reader uses any control (until Play), and never
 * runs under `prefers-reduced-motion` (the button is then not shown).
 *
 * @summary Case studies as an accessible carousel (WAI-ARIA APG carousel pattern).
 * @slot - `<nhs-case-study>` elements, one per slide.
 * @csspart message - The loading, error or nothing-to-show message of a feed.
 * @csspart base - The carousel region.
 * @csspart controls - The row of buttons.
 * @csspart rotation-button - The Pause/Play button (with `autoplay`).
 * @csspart previous-button - The Previous button.
 * @csspart next-button - The Next button.
 * @csspart picker - The slide picker (a tablist).
 * @csspart picker-button - Each entry of the picker; the current one also has `picker-button-current`.
 * @csspart scroller - The scrolling row of slides.
 * @csspart slide - Each slide's wrapper; the current one also has `slide-current`.
 * @csspart item-card - The card of a slide made from `src` or `items` (its `card` part).
 * @csspart item-image - The image box of a slide made from data.
 * @csspart item-heading - The heading of a slide made from data.
 * @csspart item-meta - The organisation and place of a slide made from data.
 * @csspart item-outcomes - The list of figures of a slide made from data.
 * @csspart item-outcome-value - A figure of a slide made from data, such as "92%".
 * @csspart item-quote - The quote of a slide made from data.
 * @csspart item-link - The "Read the full case study" link of a slide made from data.
 * @cssprop --nhs-widgets-slides-per-view - Slides in view, a whole number; unset, 1 below 600px of the element's width, 2 below 1000px, else 3.
 * @fires nhs-slide-change - `{ index, id }` when the current slide changes (not on first render).
 */
export class NhsCaseStudyCarousel extends NhsElement {
  /** @internal Children are assigned to slots by hand, one per slide. */
  static override shadowRootOptions: ShadowRootInit = { ...NhsElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [baseStyles, buttonStyles, carouselStyles];

  static override properties = {
    label: {},
    src: {},
    place: {},
    ids: {},
    items: { attribute: false },
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    autoplay: { type: Boolean, reflect: true },
    autoplayInterval: { attribute: 'autoplay-interval', type: Number },
    loop: { type: Boolean, reflect: true },
    current: { state: true },
    perView: { state: true },
    viewStart: { state: true },
    movedByReader: { state: true },
  };

  /** The carousel's accessible name, such as "Case studies". Required. */
  declare label: string;
  /** A content pack whose `caseStudies` become the slides instead of the children. */
  declare src: string;
  /** With `src` or `items`: only case studies from this place (ignoring case). */
  declare place: string;
  /** With `src` or `items`: only these case-study ids, separated by spaces or commas, in the order written. */
  declare ids: string;
  /** Case studies as data, instead of the children (checked like a feed). */
  declare items?: CaseStudy[];
  /** Heading level (2–6) of slides made from `src` or `items`. */
  declare headingLevel: number;
  /** Move to the next slide on a timer, with a Pause/Play button. */
  declare autoplay: boolean;
  /** Milliseconds between slides with `autoplay` (at least 1000). */
  declare autoplayInterval: number;
  /** Wrap from the last slide to the first, and back. */
  declare loop: boolean;

  declare private current: number;
  declare private perView: number;
  declare private viewStart: number;
  /** The reader moved a slide since rotation last started: the row may follow the view. */
  declare private movedByReader: boolean;

  #feed = new FeedController(this, 'caseStudies');
  /** Rotation with `autoplay`: on to the next slide, wrapping round, without an announcement; only when some slides are out of view. */
  #rotation = new AutoplayController(
    this,
    () => this.#show(this.current + 1, { wrap: true, announce: false }),
    () => this.#slides.length > this.perView,
  );
  /** What the live region says; set only with a change of slide, which renders. */
  #announcement = '';
  /** The slides: case studies from `src` or `items` when `fed`, else the children. */
  #slides: Array<CaseStudy | Element> = [];
  #fed = false;
  /** From one slide's start to the next's, in px; 0 until measured. */
  #stride = 0;
  /**
   * From our own `scrollTo` until the row next scrolls. A `scrollend`
   * meanwhile is not the reader's move: it is the late end of the scroll
   * before, which Chromium sends, with the row still where that scroll left
   * it, when the next one is asked for in the frame before (and then sends
   * no end for the next one).
   */
  #asked = false;
  #watched?: Element;
  #settleTimer?: ReturnType<typeof setTimeout>;
  #children$ = new MutationObserver(() => this.requestUpdate());
  #resize = new ResizeObserver(() => {
    // Resized: the current slide comes first in view (or as near as the end allows), at once.
    // (Not on the first measurement: the row has not moved from where it started.)
    const measured = this.#stride;
    if (this.#measure() && measured) this.#view(this.current, 'instant');
  });

  constructor() {
    super();
    this.label = '';
    this.src = '';
    this.place = '';
    this.ids = '';
    this.headingLevel = 3;
    this.autoplay = false;
    this.autoplayInterval = 6000;
    this.loop = false;
    this.current = 0;
    this.perView = 1;
    this.viewStart = 0;
    this.movedByReader = false;
  }

  /** The row of slides. */
  get #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  /** The current slide, counting from 0. Read-only: `goTo()`, `next()` and `previous()` move. */
  get index(): number {
    return this.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#children$.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children$.disconnect();
    this.#resize.disconnect();
    this.#watched = undefined;
    clearTimeout(this.#settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.label) warnAbout(this, 'add a label attribute to name the carousel');
    if (changed.has('src')) this.#feed.load(this.src);
    const pool = this.#feed.use(this.items, `<${this.localName}>.items`);
    const place = this.place.trim().toLowerCase();
    const data =
      pool &&
      pickByIds(pool, parseIds(this.ids), (id) => warnAbout(this, `ids: no case study has the id "${id}"`)).filter(
        (s) => !place || s.place?.toLowerCase() === place,
      );
    if (pool?.length && !data?.length) warnAbout(this, `no case study matches place="${this.place}" ids="${this.ids}"`);
    this.#fed = !!data;
    this.#slides = data ?? [...this.children];
    for (const kid of data ? [] : this.children) {
      if (kid.localName !== 'nhs-case-study')
        warnAbout(this, `children should be <nhs-case-study>, not <${kid.localName}>`);
    }
    this.current = clamp(this.current, this.#slides.length - 1);
    // Before the row first exists (not while a feed loads, with nothing to show: no layout then).
    if (!this.#watched && this.#slides.length) this.perView = this.#firstPerView();
  }

  protected override updated(changed: PropertyValues): void {
    // Each child goes into its own slide's slot; nothing is written onto the child.
    this.renderRoot.querySelectorAll('slot').forEach((slot, i) => slot.assign(this.#slides[i] as Element));
    // The row of slides (not the host, whose height changes with the controls) is watched from when it
    // appears: the observer measures it once it has been laid out with its cards, before it is painted.
    const scroller = this.#scroller;
    if (scroller && scroller !== this.#watched) this.#resize.observe((this.#watched = scroller));
    else this.#measure();
    // A move (the first render starts at the first entry, in view): measuring before then would lay out cards not yet rendered.
    if (changed.get('current') !== undefined) this.#revealPickerEntry();
  }

  /**
   * Slides per view before the row exists: the page's
   * `--nhs-widgets-slides-per-view`, or the styles' breakpoints (1, 2 from
   * 600px of the element's width, 3 from 1000px) read from the element's
   * width, which does not depend on its content. The first render then has
   * the right slides laid out, and is measured once, with its cards, before
   * it is painted; a wrong guess (a page's own padding on the element, say)
   * is corrected by that measurement, before the paint too.
   */
  #firstPerView(): number {
    const set = Math.round(Number(getComputedStyle(this).getPropertyValue('--nhs-widgets-slides-per-view')));
    const width = this.clientWidth;
    return set >= 1 ? set : width >= 1000 ? 3 : width >= 600 ? 2 : 1;
  }

  /**
   * Reads the slide width and how many fit (true when either changed): the
   * first time when the row has been laid out (the resize observer's first
   * call, before the first paint), which corrects a wrong first guess then.
   * With `settled`, the view follows the scroll position: a row the reader
   * scrolled is their move.
   */
  #measure(settled?: boolean): boolean {
    const scroller = this.#scroller;
    const [a, b] = (scroller?.children ?? []) as HTMLElement[];
    if (!a?.offsetWidth) return false;
    const { perView } = this;
    const stride = this.#stride;
    // One slide, or slides one under another (print): a slide's width will do.
    this.#stride = Math.abs(b?.offsetLeft - a.offsetLeft) || a.offsetWidth;
    this.perView = Math.max(1, Math.round((scroller!.clientWidth + this.#stride - a.offsetWidth) / this.#stride));
    if (settled && !this.#asked) {
      const start = clamp(
        Math.round(Math.abs(scroller!.scrollLeft) / this.#stride),
        this.#slides.length - this.perView,
      );
      if (start !== this.viewStart) {
        this.viewStart = start;
        // Scrolled away from the current slide: the first one in view becomes current.
        const inView = this.current >= start && this.current < start + this.perView;
        this.#moveByReader(inView ? this.current : start);
      }
    }
    return stride !== this.#stride || perView !== this.perView;
  }

  /** Scrolls slide `start` (or the nearest that can be) to the start of the view. */
  #view(start: number, behavior?: ScrollBehavior): void {
    // A move before the first measurement (say, goTo() at once) measures first.
    if (!this.#stride) this.#measure();
    this.viewStart = start = clamp(start, this.#slides.length - this.perView);
    this.#scroller?.scrollTo({ left: sign(this) * start * this.#stride, behavior });
    this.#asked = true;
  }

  /**
   * Makes slide `i` current (wrapping round, or kept within the ends),
   * brings it to the start of the view (or as near as the end allows), and
   * announces it unless told not to.
   */
  #show(i: number, { wrap = this.loop, announce = true }: ShowOptions = {}): void {
    const n = this.#slides.length;
    i = wrap ? (i + n) % n : clamp(i, n - 1);
    if (!(i < n)) return;
    if (i !== this.current) {
      this.current = i;
      const slide = this.#slides[i] as Partial<CaseStudy & Element>;
      if (announce) {
        const title = slide.heading || slide.querySelector?.('[slot=heading]')?.textContent;
        this.#announcement = strings.slideAnnouncement(i + 1, n, title?.trim() ?? '');
      }
      this.#view(i);
      this.dispatchEvent(new NhsSlideChangeEvent({ index: i, id: slide.id ?? '' }));
    } else if (i < this.viewStart || i >= this.viewStart + this.perView) {
      this.#view(i);
    }
  }

  /**
   * A move the reader made (a button, a key, a swipe): rotation stops until
   * they press Play, and the row's height may follow the slides in view.
   */
  #moveByReader(i: number, options?: ShowOptions): void {
    this.#rotation.pause();
    this.movedByReader = true;
    this.#show(i, options);
  }

  /** The picker's current entry, brought into the picker's own view when it scrolls (never the page). */
  #revealPickerEntry(): void {
    const picker = this.renderRoot.querySelector('[role=tablist]');
    const entry = picker?.children[this.current];
    if (!entry || picker!.scrollWidth <= picker!.clientWidth) return;
    const box = picker!.getBoundingClientRect();
    const { left, right } = entry.getBoundingClientRect();
    const by = left < box.left ? left - box.left - 4 : right > box.right ? right - box.right + 4 : 0;
    if (by) picker!.scrollBy({ left: by });
  }

  /** The view settles when scrolling ends: `scrollend`, or a pause in scrolling where there is none. */
  #onScroll = (): void => {
    this.#asked = false;
    if ('onscrollend' in window) return;
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(this.#onScrollEnd, 150);
  };

  #onScrollEnd = (): boolean => this.#measure(true);

  /** The picker's keys: arrows (swapped right to left) wrap round; Home and End. */
  #onKey = (event: KeyboardEvent): void => {
    const { key } = event;
    const by = ({ ArrowLeft: -1, ArrowRight: 1 } as Record<string, number>)[key] * sign(this);
    const to = key === 'Home' ? 0 : key === 'End' ? this.#slides.length - 1 : this.current + by;
    if (Number.isNaN(to)) return;
    event.preventDefault();
    this.#moveByReader(to, { wrap: true });
    // Focus follows at once; the entry's tabindex catches up when it renders.
    ((event.currentTarget as Element).children[this.current] as HTMLElement).focus();
  };

  #onRotationClick = (): void => {
    if (this.#rotation.paused) {
      // Rotating again: the row takes the height of the tallest slide, so rotation will not move the page.
      this.movedByReader = false;
      this.#rotation.play();
    } else {
      this.#rotation.pause();
    }
  };

  /** Moves to the next slide (to the first after the last with `loop`). */
  next(): void {
    this.#show(this.current + 1);
  }

  /** Moves to the previous slide (to the last from the first with `loop`). */
  previous(): void {
    this.#show(this.current - 1);
  }

  /** Moves to slide `index` (from 0; out-of-range numbers go to the nearest end). */
  goTo(index: number): void {
    this.#show(Math.trunc(index) || 0, { wrap: false });
  }

  override render() {
    const { status } = this.#feed;
    const { current, perView, viewStart, loop } = this;
    const slides = this.#slides;
    const rotation = this.#rotation;
    const n = slides.length;
    const paging = n > perView;
    // The row follows the slides in view unless rotation may move them (then it fits the tallest of all).
    const fit = !rotation.on || this.movedByReader;
    const step = (by: number, part: string, label: string) =>
      html`<button
        class="button button-secondary step"
        part=${part}
        aria-disabled=${loop || slides[current + by] ? nothing : 'true'}
        @click=${() => this.#moveByReader(this.current + by)}
      >
        <span class="visually-hidden">${label}</span>
      </button>`;
    const controls = html`<div class="controls" part="controls">
      ${
        rotation.on
          ? html`<button class="button button-secondary rotation" part="rotation-button" @click=${this.#onRotationClick}>
            ${rotation.paused ? strings.playSlides : strings.pauseSlides}
          </button>`
          : nothing
      }
      ${step(-1, 'previous-button', strings.previousSlide)}
      <div role="tablist" part="picker" aria-label=${strings.pickerLabel} @keydown=${this.#onKey}>
        ${slides.map((_, i) => {
          const isCurrent = i === current;
          return html`<button
            part="picker-button${isCurrent ? ' picker-button-current' : ''}"
            role="tab"
            aria-selected=${isCurrent}
            aria-controls="slide-${i}"
            aria-label=${strings.pickerItem(i + 1)}
            tabindex=${isCurrent ? 0 : -1}
            @click=${() => this.#moveByReader(i)}
          ></button>`;
        })}
      </div>
      ${step(1, 'next-button', strings.nextSlide)}
    </div>`;
    return html`${feedMessage(status, this.#fed && !n)}
      ${
        n
          ? html`<div
            part="base"
            role="region"
            aria-roledescription=${strings.carousel}
            aria-label=${this.label || strings.carouselLabel}
          >
            ${paging ? controls : nothing}
            <div
              class="scroller${fit ? ' fit' : ''}"
              part="scroller"
              @scroll=${this.#onScroll}
              @scrollend=${this.#onScrollEnd}
            >
              ${slides.map((slide, i) => {
                const isCurrent = i === current;
                // In view, or within a view of it: laid out. Farther: skipped until the view comes near.
                const away = i < viewStart ? viewStart - i : i - viewStart - perView + 1;
                return html`<div
                  id="slide-${i}"
                  class=${paging && fit && away > perView ? 'far' : nothing}
                  part="slide${isCurrent ? ' slide-current' : ''}"
                  role="group"
                  aria-roledescription=${strings.slide}
                  aria-label=${strings.slideLabel(i + 1, n)}
                  ?inert=${paging && away > 0}
                >
                  ${
                    this.#fed
                      ? html`<nhs-case-study
                          .item=${slide as CaseStudy}
                          heading-level=${this.headingLevel}
                          exportparts=${ITEM_PARTS}
                        ></nhs-case-study>`
                      : html`<slot></slot>`
                  }
                </div>`;
              })}
            </div>
            <div class="visually-hidden" aria-live=${rotation.rotating ? 'off' : 'polite'} aria-atomic="true">
              ${this.#announcement}
            </div>
          </div>`
          : nothing
      }`;
  }
}

define('nhs-case-study-carousel', NhsCaseStudyCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-case-study-carousel': NhsCaseStudyCarousel;
  }
}
