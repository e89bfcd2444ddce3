import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { NhsElement } from '../shared/element.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { headingLevelConverter } from '../shared/heading.js';
import { strings } from '../shared/strings.js';
import { warnAbout } from '../shared/log.js';
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
 * 3 from 1000px, or `--nhs-widgets-slides-per-view`. Its first render is
 * measured and corrected before anything is painted, so it takes the space it
 * will keep. Being a size
 * container, it takes its width from where it sits: as a flex item, give it a
 * width or `flex: 1`.
 *
 * **Autoplay** (`autoplay`, off by default): a Pause/Play button comes first.
 * Rotation pauses while the pointer is over the carousel or focus is inside it
 * (except on that button), stops for good once the reader uses any control,
 * and never runs under `prefers-reduced-motion` (the button is then not shown).
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
 * @cssprop --nhs-widgets-slides-per-view - Slides in view, a whole number; unset, 1 below 600px of the element's width, 2 below 1000px, else 3.
 * @fires nhs-slide-change - `{ index, id }` when the current slide changes (not on first render).
 */
@customElement('nhs-case-study-carousel')
export class NhsCaseStudyCarousel extends NhsElement {
  /** @internal Children are assigned to slots by hand, one per slide. */
  static override shadowRootOptions: ShadowRootInit = { ...NhsElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [baseStyles, buttonStyles, carouselStyles];

  /** The carousel's accessible name, such as "Case studies". Required. */
  @property() label = '';
  /** A content pack whose `caseStudies` become the slides instead of the children. */
  @property() src = '';
  /** With `src` or `items`: only case studies from this place (ignoring case). */
  @property() place = '';
  /** With `src` or `items`: only these case-study ids, separated by spaces or commas. */
  @property() ids = '';
  /** Case studies as data, instead of the children. */
  @property({ attribute: false }) items?: CaseStudy[];
  /** Heading level (2–6) of slides made from `src` or `items`. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel = 3;
  /** Move to the next slide on a timer, with a Pause/Play button. */
  @property({ type: Boolean, reflect: true }) autoplay = false;
  /** Seconds between slides with `autoplay` (at least 1). */
  @property({ type: Number }) interval = 6;
  /** Wrap from the last slide to the first, and back. */
  @property({ type: Boolean, reflect: true }) loop = false;

  @query('.scroller') private scroller?: HTMLElement;

  @state() private index = 0;
  @state() private perView = 1;
  @state() private viewStart = 0;

  private feed = new FeedController(this, 'caseStudies');
  /** Rotation with `autoplay`: on to the next slide, wrapping round, without an announcement; only when some slides are out of view. */
  private rotation = new AutoplayController(
    this,
    () => this.show(this.index + 1, true, true),
    () => this.slides.length > this.perView,
  );
  /** What the live region says; set only with a change of slide, which renders. */
  private announcement = '';
  /** The slides: case studies from `src` or `items` when `fed`, else the children. */
  private slides: Array<CaseStudy | Element> = [];
  private fed = false;
  private stride = 1;
  private watched?: Element;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private children$ = new MutationObserver(() => this.requestUpdate());
  private resize = new ResizeObserver(() => {
    // Resized: the current slide comes first in view (or as near as the end allows), at once.
    if (this.measure()) this.view(this.index, 'instant');
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.children$.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.children$.disconnect();
    this.resize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.label) warnAbout(this, 'add a label attribute to name the carousel');
    if (changed.has('src')) this.feed.load(this.src);
    const pool = this.feed.use(this.items, `<${this.localName}>.items`);
    const ids = this.ids.split(/[\s,]+/).filter(Boolean);
    const place = this.place.trim().toLowerCase();
    const data = pool?.filter(
      (s) => (!ids.length || ids.includes(s.id)) && (!place || s.place?.toLowerCase() === place),
    );
    if (pool?.length && !data?.length) warnAbout(this, `no case study matches place="${this.place}" ids="${this.ids}"`);
    this.fed = !!data;
    this.slides = data ?? [...this.children];
    for (const kid of data ? [] : this.children) {
      if (kid.localName !== 'nhs-case-study')
        warnAbout(this, `children should be <nhs-case-study>, not <${kid.localName}>`);
    }
    this.index = clamp(this.index, this.slides.length - 1);
  }

  protected override updated(): void {
    // Each child goes into its own slide's slot; nothing is written onto the child.
    this.renderRoot.querySelectorAll('slot').forEach((slot, i) => slot.assign(this.slides[i] as Element));
    // The row of slides (not the host, whose height changes with the controls) is watched from when it appears.
    const scroller = this.scroller;
    if (scroller && scroller !== this.watched) this.resize.observe((this.watched = scroller));
    this.measure();
  }

  /**
   * Reads the slide width and how many fit (true when either changed). The
   * first render has one per view; this corrects it before anything is
   * painted. With `settled`, the view follows the scroll position.
   */
  private measure(settled?: boolean): boolean {
    const scroller = this.scroller;
    const [a, b] = (scroller?.children ?? []) as HTMLElement[];
    if (!a?.offsetWidth) return false;
    const { stride, perView } = this;
    // One slide, or slides one under another (print): a slide's width will do.
    this.stride = Math.abs(b?.offsetLeft - a.offsetLeft) || a.offsetWidth;
    this.perView = Math.max(1, Math.round((scroller!.clientWidth + this.stride - a.offsetWidth) / this.stride));
    if (settled) {
      const start = clamp(Math.round(Math.abs(scroller!.scrollLeft) / this.stride), this.slides.length - this.perView);
      this.viewStart = start;
      // Swiped away from the current slide: the first one in view becomes current.
      if (this.index < start || this.index >= start + this.perView) this.show(start);
    }
    return stride !== this.stride || perView !== this.perView;
  }

  /** Scrolls slide `start` (or the nearest that can be) to the start of the view. */
  private view(start: number, behavior?: ScrollBehavior): void {
    this.viewStart = start = clamp(start, this.slides.length - this.perView);
    this.scroller?.scrollTo({ left: sign(this) * start * this.stride, behavior });
  }

  /**
   * Makes slide `i` current (wrapping round with `wrap`, else kept within the
   * ends), brings it into view, and announces it unless `quiet`.
   */
  private show(i: number, wrap = this.loop, quiet = false): void {
    const n = this.slides.length;
    i = wrap ? (i + n) % n : clamp(i, n - 1);
    if (i === this.index || !(i < n)) return;
    this.index = i;
    const slide = this.slides[i] as Partial<CaseStudy & Element>;
    if (!quiet) {
      const title = slide.heading || slide.querySelector?.('[slot=heading]')?.textContent;
      this.announcement = strings.slideAnnouncement(i + 1, n, title?.trim() ?? '');
    }
    this.view(i);
    this.dispatchEvent(new NhsSlideChangeEvent({ index: i, id: slide.id ?? '' }));
  }

  /** Moves by the reader's hand: rotation stops for good. */
  private use(i: number, wrap?: boolean): void {
    this.rotation.stop();
    this.show(i, wrap);
  }

  /** `scrollend` is not everywhere: the view settles after a pause in scrolling. */
  private onScroll = (): void => {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.measure(true), 150);
  };

  /** The picker's keys: arrows (swapped right to left) wrap round; Home and End. */
  private onKey = (event: KeyboardEvent): void => {
    const { key } = event;
    const by = ({ ArrowLeft: -1, ArrowRight: 1 } as Record<string, number>)[key] * sign(this);
    const to = key === 'Home' ? 0 : key === 'End' ? this.slides.length - 1 : this.index + by;
    if (Number.isNaN(to)) return;
    event.preventDefault();
    this.use(to, true);
    // Focus follows at once; the entry's tabindex catches up when it renders.
    ((event.currentTarget as Element).children[this.index] as HTMLElement).focus();
  };

  /** Moves to the next slide (to the first after the last with `loop`). */
  next(): void {
    this.show(this.index + 1);
  }

  /** Moves to the previous slide (to the last from the first with `loop`). */
  previous(): void {
    this.show(this.index - 1);
  }

  /** Moves to slide `index` (from 0; out-of-range numbers go to the nearest end). */
  goTo(index: number): void {
    this.show(Math.trunc(index) || 0, false);
  }

  override render() {
    const { status } = this.feed;
    const { slides, index, perView, viewStart, loop, rotation } = this;
    const n = slides.length;
    const step = (by: number, part: string, label: string) =>
      html`<button
        class="button button-secondary step"
        part=${part}
        aria-disabled=${loop || slides[index + by] ? nothing : 'true'}
        @click=${() => this.use(this.index + by)}
      >
        <span class="visually-hidden">${label}</span>
      </button>`;
    const controls = html`<div class="controls" part="controls">
      ${
        rotation.on
          ? html`<button
            class="button button-secondary rotation"
            part="rotation-button"
            @click=${() => rotation.stop(!rotation.stopped)}
          >
            ${rotation.stopped ? strings.playSlides : strings.pauseSlides}
          </button>`
          : nothing
      }
      ${step(-1, 'previous-button', strings.previousSlide)}
      <div role="tablist" part="picker" aria-label=${strings.pickerLabel} @keydown=${this.onKey}>
        ${slides.map((_, i) => {
          const current = i === index;
          return html`<button
            part="picker-button${current ? ' picker-button-current' : ''}"
            role="tab"
            aria-selected=${current}
            aria-controls="slide-${i}"
            aria-label=${strings.pickerItem(i + 1)}
            tabindex=${current ? 0 : -1}
            @click=${() => this.use(i)}
          ></button>`;
        })}
      </div>
      ${step(1, 'next-button', strings.nextSlide)}
    </div>`;
    return html`${feedMessage(status, this.fed && !n)}
      ${
        n
          ? html`<div
            part="base"
            role="region"
            aria-roledescription=${strings.carousel}
            aria-label=${this.label || strings.carouselLabel}
            @pointerenter=${rotation.refresh}
            @pointerleave=${rotation.refresh}
            @focusin=${rotation.refresh}
            @focusout=${rotation.refresh}
          >
            ${n > perView ? controls : nothing}
            <div class="scroller" part="scroller" @scroll=${this.onScroll}>
              ${slides.map((slide, i) => {
                const current = i === index;
                return html`<div
                  id="slide-${i}"
                  part="slide${current ? ' slide-current' : ''}"
                  role="group"
                  aria-roledescription=${strings.slide}
                  aria-label=${strings.slideLabel(i + 1, n)}
                  ?inert=${n > perView && (i < viewStart || i >= viewStart + perView)}
                >
                  ${
                    this.fed
                      ? html`<nhs-case-study .data=${slide} heading-level=${this.headingLevel}></nhs-case-study>`
                      : html`<slot></slot>`
                  }
                </div>`;
              })}
            </div>
            <div class="visually-hidden" aria-live=${rotation.rotating ? 'off' : 'polite'} aria-atomic="true">
              ${this.announcement}
            </div>
          </div>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nhs-case-study-carousel': NhsCaseStudyCarousel;
  }
}
