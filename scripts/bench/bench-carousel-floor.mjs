// The floor for the carousel benchmarks (--floor): what a carousel of this
// design costs at the least, whoever writes it. The carousel and its cards as
// two bare custom elements, with no library and none of the behaviour (no
// buttons that work, no keys, no live region updates, no feeds, no observers):
// only the same shadow roots, style sheets and markup as ours, and the same
// measure of how many slides fit before the first paint. Its style sheets are
// ours, read from dist/lib, so it follows any change to them; its markup
// mirrors what our elements render, and each benchmark that times it first
// checks that the two still render the same (checkFloor), and stops if not.
// Import it after dist/ is built.
import { STYLE, carouselMarkup } from './bench-carousel-content.mjs';

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

/** Where the benchmarks serve the floor's script. */
export const FLOOR = '/bench/floor.js';

/** Serves the floor's script, cached as the bundle is: a route for scripts/static-server.mjs. */
export const serveFloor = (req, res) => {
  res
    .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=3600' })
    .end(floorScript);
  return true;
};

// Two pages for checkFloor: the benchmarks' 12 case studies with our module bundle, and with the floor.
const checkPage = (script) => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case studies</title>
<script type="module" src="${script}"></script>${STYLE}</head><body>${carouselMarkup()}</body></html>`,
  );
  return true;
};

/** The routes a benchmark with the floor adds to its server: the floor's script and checkFloor's pages. */
export const floorRoutes = {
  [FLOOR]: serveFloor,
  '/bench/check/ours.html': checkPage('/dist/nhs-briefing-widgets.js'),
  '/bench/check/floor.html': checkPage(FLOOR),
};

/**
 * Checks that the floor is a fair one before a benchmark times it: that it
 * renders what our carousel (the module bundle in dist/) renders, in every
 * shadow root the same elements, attributes and text, and that the carousel
 * and each card take the same space, at 1280 × 900. `context` is a Playwright
 * browser context; `url` the benchmark's server, with `floorRoutes`. Throws,
 * naming the first difference, if the two have parted.
 */
export async function checkFloor(context, url) {
  const shape = () => {
    const describe = (root) =>
      [...root.querySelectorAll('*')].map((el) =>
        [
          el.localName,
          ...[...el.attributes].map((a) => `${a.name}="${a.value}"`).sort(),
          [...el.childNodes]
            .map((n) => (n.nodeType === Node.TEXT_NODE ? n.data : ''))
            .join('')
            .trim(),
        ].join(' '),
      );
    const carousel = document.querySelector('nhs-case-study-carousel');
    return [
      ...describe(carousel.shadowRoot).map((line) => `carousel: ${line}`),
      ...[...carousel.children].flatMap((card, i) => describe(card.shadowRoot).map((line) => `card ${i + 1}: ${line}`)),
      ...[carousel, ...carousel.children].map(
        (el, i) => `size of ${i ? `card ${i}` : 'the carousel'}: ${el.offsetWidth} × ${el.offsetHeight}`,
      ),
    ];
  };
  const load = async (path) => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url + path);
    await page.waitForFunction(() =>
      document.querySelector('nhs-case-study-carousel')?.shadowRoot?.querySelector('[inert]'),
    );
    await page.evaluate(() => document.querySelector('nhs-case-study-carousel').updateComplete);
    const result = await page.evaluate(shape);
    await page.close();
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return result;
  };
  const ours = await load('/bench/check/ours.html');
  const floor = await load('/bench/check/floor.html');
  if (ours.filter((line) => line.startsWith('size of card')).length !== 12)
    throw new Error('the check found no 12 cards');
  const i = ours.findIndex((line, n) => line !== floor[n]);
  if (i >= 0 || ours.length !== floor.length) {
    const n = i >= 0 ? i : Math.min(ours.length, floor.length);
    throw new Error(
      'the floor no longer renders what our carousel renders, so it would not be a fair floor; ' +
        `bring scripts/bench/bench-carousel-floor.mjs in step with the elements.\n  ours:  ${ours[n] ?? '(nothing)'}\n  floor: ${floor[n] ?? '(nothing)'}`,
    );
  }
}
