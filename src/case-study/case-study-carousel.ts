import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import { NhsElement } from '../shared/element.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { headingLevelConverter } from '../shared/heading.js';
import { strings } from '../shared/strings.js';
import { warn } from '../shared/log.js';
import { FeedController } from '../content/feed-controller.js';
import { formatProblem, parseItems } from '../content/parse.js';
import type { CaseStudy } from '../content/types.js';
import { AutoplayController } from './autoplay-controller.js';
import { NhsSlideChangeEvent } from './events.js';
import { carouselStyles } from './case-study-carousel.styles.js';
import './case-study.js';

const icon = (d: string, chevron = false) =>
  html`<svg class="icon ${chevron ? 'chevron' : ''}" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${d} />`}</svg>`;

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
 * 3 from 1000px, or `--nhs-widgets-slides-per-view`. It renders at its final
 * size from the first frame, so it takes the space it will keep. Being a size
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
  @state() private announcement = '';

  private feed = new FeedController(this, 'caseStudies');
  private rotation = new AutoplayController(
    this,
    () => this.show((this.index + 1) % this.count, false),
    (el) => el.classList?.contains('rotation'),
  );
  private parsed?: CaseStudy[];
  /** Slides from `src` or `items`; undefined when the children are the slides. */
  private data?: CaseStudy[];
  private kids: Element[] = [];
  private stride = 1;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private children$ = new MutationObserver(() => this.requestUpdate());
  private resize = new ResizeObserver(() => {
    // Resized: keep the current slide in view, at once.
    if (!this.measure()) return;
    const max = this.maxStart;
    const keep = this.viewStart <= max && this.index >= this.viewStart && this.index < this.viewStart + this.perView;
    this.scrollToStart(keep ? this.viewStart : Math.min(this.index, max), 'instant');
  });

  private get count(): number {
    return this.data?.length ?? this.kids.length;
  }

  private get maxStart(): number {
    return Math.max(0, this.count - this.perView);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.children$.observe(this, { childList: true });
    this.updateComplete.then(() => this.scroller && this.resize.observe(this.scroller));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.children$.disconnect();
    this.resize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const tag = `<${this.localName}>`;
    if (!this.label) warn(`${tag}: add a label attribute, such as label="Case studies", to name the carousel`);
    if (changed.has('src')) this.feed.load(this.src);
    if (changed.has('items')) {
      const { value, problems } = parseItems('caseStudies', this.items ?? [], `${tag}.items`);
      problems.forEach((p) => warn(`${tag}: ${formatProblem(p)}`));
      this.parsed = this.items ? value : undefined;
    }
    const pool = this.parsed ?? (this.feed.status === 'ready' ? this.feed.items : undefined);
    const ids = this.ids.split(/[\s,]+/).filter(Boolean);
    const place = this.place.trim().toLowerCase();
    this.data = pool?.filter(
      (s) => (!ids.length || ids.includes(s.id)) && (!place || s.place?.toLowerCase() === place),
    );
    if (pool?.length && !this.data?.length) warn(`${tag}: no case study matches place="${this.place}" ids="${this.ids}"`);
    this.kids = this.data ? [] : [...this.children];
    for (const kid of this.kids) {
      if (kid.localName !== 'nhs-case-study') warn(`${tag}: each child should be an <nhs-case-study>, not <${kid.localName}>`);
    }
    if (this.index >= this.count) this.index = Math.max(0, this.count - 1);
    if (!this.hasUpdated) {
      // First render at the final size (the stylesheet's rule, read early), so
      // the measurement after it changes nothing and nothing renders twice.
      const set = parseInt(getComputedStyle(this).getPropertyValue('--nhs-widgets-slides-per-view'), 10);
      const width = this.clientWidth;
      this.perView = set > 0 ? set : width >= 1000 ? 3 : width >= 600 ? 2 : 1;
    }
    this.rotation.enabled = this.autoplay && this.count > this.perView;
    this.rotation.interval = Math.max(1, this.interval || 6) * 1000;
  }

  protected override updated(): void {
    // Each child goes into its own slide's slot; nothing is written onto the child.
    this.renderRoot.querySelectorAll('slot').forEach((slot, i) => slot.assign(...this.kids.slice(i, i + 1)));
    this.measure();
  }

  /**
   * Reads the slide width and how many fit (true when either changed); sets
   * the view from the scroll position once scrolling has `settled`.
   */
  private measure(settled = false): boolean {
    const scroller = this.scroller;
    const slides = scroller?.children as HTMLCollectionOf<HTMLElement> | undefined;
    const width = slides?.[0]?.offsetWidth;
    if (!scroller || !slides || !width) return false;
    const { stride, perView } = this;
    this.stride = slides.length > 1 ? Math.abs(slides[1].offsetLeft - slides[0].offsetLeft) : width;
    this.perView = Math.max(1, Math.round((scroller.clientWidth + this.stride - width) / this.stride));
    const changed = stride !== this.stride || perView !== this.perView;
    if (!settled) return changed;
    const start = Math.min(this.maxStart, Math.round(Math.abs(scroller.scrollLeft) / this.stride));
    this.viewStart = start;
    // Swiped away from the current slide: the first one in view becomes current.
    if (this.index < start || this.index >= start + this.perView) this.show(start);
    return changed;
  }

  private settle = (): void => {
    clearTimeout(this.settleTimer);
    this.measure(true);
  };

  /** `scrollend` settles the view where it is supported; a pause in scrolling does elsewhere. */
  private onScroll = (): void => {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(this.settle, 150);
  };

  private scrollToStart(start: number, behavior?: ScrollBehavior): void {
    this.viewStart = start;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const left = (rtl ? -1 : 1) * start * this.stride;
    if (this.scroller && Math.abs(this.scroller.scrollLeft - left) > 1) this.scroller.scrollTo({ left, behavior });
  }

  /** Makes slide `i` current and brings it into view; `announce` it unless rotating. */
  private show(i: number, announce = true): void {
    if (i === this.index || i < 0 || i >= this.count) return;
    this.index = i;
    const study = this.data?.[i];
    const kid = this.kids[i];
    if (announce) {
      const title = study?.heading ?? (kid?.getAttribute('heading') || kid?.querySelector('[slot="heading"]')?.textContent);
      this.announcement = strings.slideAnnouncement(i + 1, this.count, title?.trim() ?? '');
    }
    this.scrollToStart(Math.min(i, this.maxStart));
    const event = new NhsSlideChangeEvent({ index: i, id: study?.id ?? kid?.id ?? '' });
    this.dispatchEvent(event);
  }

  /** Moves by the reader's hand: rotation stops for good. */
  private use(i: number): void {
    const n = this.count;
    if (this.loop) i = (i + n) % n;
    if (i < 0 || i >= n) return;
    this.rotation.stop();
    this.show(i);
  }

  private onKey = (event: KeyboardEvent): void => {
    const n = this.count;
    const back = getComputedStyle(this).direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const i = ({ Home: 0, End: n - 1, ArrowLeft: 0, ArrowRight: 0 } as Record<string, number>)[event.key];
    if (i === undefined) return;
    event.preventDefault();
    const to = event.key.startsWith('Arrow') ? (this.index + (event.key === back ? n - 1 : 1)) % n : i;
    this.rotation.stop();
    this.show(to);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
  };

  private toggleRotation = (): void => {
    if (this.rotation.stopped) this.rotation.play();
    else this.rotation.stop();
  };

  /** Moves to the next slide (to the first after the last with `loop`). */
  next(): void {
    this.goTo(this.loop ? (this.index + 1) % this.count : this.index + 1);
  }

  /** Moves to the previous slide (to the last from the first with `loop`). */
  previous(): void {
    this.goTo(this.loop ? (this.index - 1 + this.count) % this.count : this.index - 1);
  }

  /** Moves to slide `index` (from 0; out-of-range numbers go to the nearest end). */
  goTo(index: number): void {
    this.show(Math.max(0, Math.min(this.count - 1, Math.trunc(index) || 0)));
  }

  override render() {
    const status = this.feed.status;
    const n = this.count;
    return html`${status === 'loading'
        ? html`<p class="message" role="status" data-loading>${strings.loading}</p>`
        : status === 'error' || this.data?.length === 0
          ? html`<p class="message" role="status">${status === 'error' ? strings.feedError : strings.feedEmpty}</p>`
          : nothing}
      ${n
        ? html`<div
            class="carousel"
            part="base"
            role="region"
            aria-roledescription=${strings.carousel}
            aria-label=${this.label || strings.carouselLabel}
          >
            ${n > this.perView ? this.renderControls(n) : nothing}
            <div class="scroller" part="scroller" @scroll=${this.onScroll} @scrollend=${this.settle}>
              ${Array.from({ length: n }, (_, i) => this.renderSlide(i, n))}
            </div>
            <div class="visually-hidden" aria-live=${this.rotation.rotating ? 'off' : 'polite'} aria-atomic="true">
              ${this.announcement}
            </div>
          </div>`
        : nothing}`;
  }

  private renderSlide(i: number, n: number) {
    const study = this.data?.[i];
    const current = i === this.index;
    const away = n > this.perView && (i < this.viewStart || i >= this.viewStart + this.perView);
    return html`<div
      id="slide-${i}"
      class="slide ${current ? 'current' : ''}"
      part="slide${current ? ' slide-current' : ''}"
      role="group"
      aria-roledescription=${strings.slide}
      aria-label=${strings.slideLabel(i + 1, n)}
      ?inert=${away}
    >
      ${study
        ? html`<nhs-case-study .data=${study} heading-level=${this.headingLevel}></nhs-case-study>`
        : html`<slot></slot>`}
    </div>`;
  }

  private renderControls(n: number) {
    const { index, loop } = this;
    const step = (by: 1 | -1, part: string, label: string, d: string) => {
      const end = !loop && index + by === (by > 0 ? n : -1);
      return html`<button
        class="button button-secondary"
        part=${part}
        aria-disabled=${end ? 'true' : nothing}
        @click=${() => this.use(this.index + by)}
      >
        ${icon(d, true)}<span class="visually-hidden">${label}</span>
      </button>`;
    };
    return html`<div class="controls" part="controls">
      ${this.autoplay && !this.rotation.reducedMotion
        ? html`<button class="button button-secondary rotation" part="rotation-button" @click=${this.toggleRotation}>
            ${this.rotation.stopped
              ? [icon('M7 4l13 8-13 8z'), strings.playSlides]
              : [icon('M6 4h4v16H6zM14 4h4v16h-4z'), strings.pauseSlides]}
          </button>`
        : nothing}
      ${step(-1, 'previous-button', strings.previousSlide, 'M15.5 4 7.5 12l8 8 2-2-6-6 6-6z')}
      <div role="tablist" part="picker" aria-label=${strings.pickerLabel} @keydown=${this.onKey}>
        ${Array.from({ length: n }, (_, i) => {
          const current = i === index;
          return html`<button
            class="dot"
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
      ${step(1, 'next-button', strings.nextSlide, 'M8.5 4l8 8-8 8-2-2 6-6-6-6z')}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nhs-case-study-carousel': NhsCaseStudyCarousel;
  }
}
