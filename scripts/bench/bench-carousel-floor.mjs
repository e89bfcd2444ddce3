// The floor for the carousel benchmarks (--floor): what a carousel of this
// design costs at the least, whoever writes it. The carousel and its cards as
// two bare custom elements, with no library and none of the behaviour (no
// buttons that work, no keys, no live region updates, no feeds, no observers):
// only the same shadow roots, style sheets and markup as ours, and the same
// measure of how many slides fit before the first paint. Its style sheets are
// ours, read from dist/lib, so it follows any change to them; its markup
// mirrors what our elements render, and a page test
// (test/e2e/case-study-carousel.test.mjs) fails when the two part.
// Import it after dist/ is built.
const { baseStyles, buttonStyles, cardStyles } = await import('../../dist/lib/shared/styles.js');
const { caseStudyStyles } = await import('../../dist/lib/case-studies/case-study.styles.js');
const { carouselStyles } = await import('../../dist/lib/case-studies/case-study-carousel.styles.js');
const { defaultStrings: t } = await import('../../dist/lib/shared/strings.js');

const sheet = (...results) => JSON.stringify(results.map((r) => r.cssText).join('\n'));
// Our words, with # for a number.
const words = JSON.stringify({
  read: t.readCaseStudy,
  carousel: t.carousel,
  slide: t.slide,
  previous: t.previousSlide,
  next: t.nextSlide,
  picker: t.pickerLabel,
  item: t.pickerItem('#'),
  label: t.slideLabel('#', '@'),
});

/** The floor's script: it defines nhs-case-study and nhs-case-study-carousel, as our bundle does. */
export const floorScript = `(() => {
const t = ${words};
const sheet = (text) => { const s = new CSSStyleSheet(); s.replaceSync(text); return s; };
const template = (markup) => Object.assign(document.createElement('template'), { innerHTML: markup });
let cardSheet, carouselSheet;
const card = template('<div class="card" part="card"><h3 part="heading" id="heading" class="heading"></h3><p class="meta" part="meta"></p>' +
  '<slot></slot><slot name="outcomes"></slot><slot name="quote"></slot>' +
  '<p class="more"><a part="link">' + t.read + '<span class="visually-hidden"></span></a></p></div>');

customElements.define('nhs-case-study', class extends HTMLElement {
  updateComplete = Promise.resolve();
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [(cardSheet ??= sheet(${sheet(baseStyles, cardStyles, caseStudyStyles)}))];
    const content = card.content.cloneNode(true);
    const heading = this.getAttribute('heading');
    content.querySelector('h3').textContent = heading;
    content.querySelector('.meta').textContent = [this.getAttribute('organisation'), this.getAttribute('place')].filter(Boolean).join(', ');
    const link = content.querySelector('a');
    link.href = this.getAttribute('href');
    link.lastChild.textContent = ': ' + heading;
    root.append(content);
  }
});

customElements.define('nhs-case-study-carousel', class extends HTMLElement {
  updateComplete = Promise.resolve();
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open', slotAssignment: 'manual' });
    root.adoptedStyleSheets = [(carouselSheet ??= sheet(${sheet(baseStyles, buttonStyles, carouselStyles)}))];
    const slides = [...this.children];
    const n = slides.length;
    const step = (part, label, disabled = '') =>
      '<button class="button button-secondary step" part="' + part + '"' + disabled + '><span class="visually-hidden">' + label + '</span></button>';
    const markup = template('<div part="base" role="region" aria-roledescription="' + t.carousel + '" aria-label="' + this.getAttribute('label') + '">' +
      '<div class="controls" part="controls">' + step('previous-button', t.previous, ' aria-disabled="true"') +
      '<div role="tablist" part="picker" aria-label="' + t.picker + '">' +
      slides.map((_, i) => '<button part="picker-button' + (i ? '' : ' picker-button-current') + '" role="tab" aria-selected="' + !i + '" aria-controls="slide-' + i +
        '" aria-label="' + t.item.replace('#', i + 1) + '" tabindex="' + (i ? -1 : 0) + '"></button>').join('') +
      '</div>' + step('next-button', t.next) + '</div>' +
      '<div class="scroller fit" part="scroller">' +
      slides.map((_, i) => '<div id="slide-' + i + '" part="slide' + (i ? '' : ' slide-current') + '" role="group" aria-roledescription="' + t.slide + '" aria-label="' +
        t.label.replace('#', i + 1).replace('@', n) + '"><slot></slot></div>').join('') +
      '</div><div class="visually-hidden" aria-live="polite" aria-atomic="true"></div></div>');
    root.append(markup.content);
    root.querySelectorAll('slot').forEach((slot, i) => slot.assign(slides[i]));
    // How many slides fit, measured before the first paint; the rest are inert, and those a view away not laid out.
    const scroller = root.querySelector('.scroller');
    const [a, b] = scroller.children;
    let perView = 1;
    if (a.offsetWidth) {
      const stride = Math.abs(b.offsetLeft - a.offsetLeft) || a.offsetWidth;
      perView = Math.max(1, Math.round((scroller.clientWidth + stride - a.offsetWidth) / stride));
    }
    [...scroller.children].forEach((slide, i) => {
      slide.inert = i >= perView;
      if (i >= 2 * perView) slide.className = 'far';
    });
  }
});
})();`;

/** Serves the floor's script, cached as the bundle is: a route for scripts/static-server.mjs. */
export const serveFloor = (req, res) => {
  res
    .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=3600' })
    .end(floorScript);
  return true;
};
