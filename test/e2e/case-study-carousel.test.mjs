// <nhs-case-study-carousel> in real pages with the built bundle: what a reader
// gets without JavaScript, no layout shift with a render-blocking script,
// focus and the current slide in Windows high-contrast (forced colours); and
// that the benchmarks' floor is a fair one: the same markup, the same space.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';
import { STYLE, carouselMarkup } from '../../scripts/bench/bench-carousel-content.mjs';
import { serveFloor } from '../../scripts/bench/bench-carousel-floor.mjs';

const studies = Array.from(
  { length: 12 },
  (_, i) => `<nhs-case-study organisation="Trust ${i + 1}" href="https://example.org/${i + 1}">
    <h3 slot="heading">Case study ${i + 1}</h3>
    <p>Summary of case study ${i + 1}.</p>
  </nhs-case-study>`,
).join('\n');

const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case studies</title>
${script}
<script>
  window.shifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
</script></head>
<body><h1>Case studies</h1>
<nhs-case-study-carousel label="Case studies">${studies}</nhs-case-study-carousel>
<p>After the carousel.</p></body></html>`;

// The carousel benchmarks' page, with our bundle or with the floor (scripts/bench/bench-carousel-floor.mjs).
const benchPage = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case studies</title>
<script type="module" src="${script}"></script>${STYLE}</head><body>${carouselMarkup()}</body></html>`;

let env;
before(async () => {
  env = await start({
    pages: {
      '/module.html': page('<script type="module" src="/dist/nhs-briefing-widgets.js"></script>'),
      '/blocking.html': page('<script type="module" blocking="render" src="/dist/nhs-briefing-widgets.js"></script>'),
      '/bench/ours.html': benchPage('/dist/nhs-briefing-widgets.js'),
      '/bench/floor.html': benchPage('/bench/floor.js'),
    },
    routes: { '/bench/floor.js': serveFloor },
  });
});
after(() => env?.stop());

test('without JavaScript, the case studies read in order as headed sections', async () => {
  const { page, close } = await env.open('/module.html', { javaScriptEnabled: false });
  const headings = await page.locator('h3').allInnerTexts();
  assert.deepEqual(
    headings,
    Array.from({ length: 12 }, (_, i) => `Case study ${i + 1}`),
  );
  const text = await page.locator('body').innerText();
  assert.ok(text.indexOf('Case study 2') < text.indexOf('Summary of case study 2.'));
  assert.ok(text.indexOf('Summary of case study 1.') < text.indexOf('Case study 2'));
  await close();
});

test('with a render-blocking script, upgrading shifts nothing (CLS 0)', async () => {
  const { page, log, close } = await env.open('/blocking.html');
  await page.waitForFunction(() =>
    document.querySelector('nhs-case-study-carousel')?.shadowRoot?.querySelector('[role="tablist"]'),
  );
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.shifts), 0);
  // Three slides in view at 1200px; the rest inert.
  const inView = await page.evaluate(() =>
    [...document.querySelector('nhs-case-study-carousel').shadowRoot.querySelectorAll('[role="group"]')]
      .filter((g) => !g.inert)
      .map((g) => g.getAttribute('aria-label')),
  );
  assert.deepEqual(inView, ['1 of 12', '2 of 12', '3 of 12']);
  assert.deepEqual(log.errors, []);
  await close();
});

test('in forced colours, the focused and the current picker entries stay visible', async () => {
  const { page, close } = await env.open('/module.html', { forcedColors: 'active' });
  const carousel = page.locator('nhs-case-study-carousel');
  await carousel.locator('[role="tab"][aria-selected="true"]').waitFor();
  await carousel.locator('[role="tab"]').first().focus();
  await page.keyboard.press('ArrowRight');
  const styles = await page.evaluate(() => {
    const tabs = [...document.querySelector('nhs-case-study-carousel').shadowRoot.querySelectorAll('[role="tab"]')];
    const focused = tabs.find((t) => t.matches(':focus-visible'));
    return {
      focusedIndex: tabs.indexOf(focused),
      outline: getComputedStyle(focused).outlineStyle,
      outlineColor: getComputedStyle(focused).outlineColor,
    };
  });
  assert.equal(styles.focusedIndex, 1);
  assert.equal(styles.outline, 'solid');
  assert.notEqual(styles.outlineColor, 'rgba(0, 0, 0, 0)');
  // Focus gone, the current entry still looks unlike the others (as painted, not by its focus ring).
  await page.evaluate(() => document.querySelector('nhs-case-study-carousel').shadowRoot.activeElement.blur());
  const look = (i) => carousel.locator('[role="tab"]').nth(i).screenshot();
  const [current, other, another] = [await look(1), await look(2), await look(3)];
  assert.ok(other.equals(another), 'two entries that are not current look alike');
  assert.ok(!current.equals(other), 'the current entry looks different');
  await close();
});

test("the benchmarks' floor renders what the carousel renders, and takes the same space", async () => {
  // What each shadow root holds (every element, its attributes and its own text), and each element's size.
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
    return {
      carousel: describe(carousel.shadowRoot),
      cards: [...carousel.children].map((card) => describe(card.shadowRoot)),
      sizes: [carousel, ...carousel.children].map((el) => [el.offsetWidth, el.offsetHeight]),
    };
  };
  const load = async (path) => {
    const { page, log, close } = await env.open(path, { viewport: { width: 1280, height: 900 } });
    await page.waitForFunction(() =>
      document.querySelector('nhs-case-study-carousel')?.shadowRoot?.querySelector('[inert]'),
    );
    await page.evaluate(() => document.querySelector('nhs-case-study-carousel').updateComplete);
    const result = await page.evaluate(shape);
    assert.deepEqual(log.errors, []);
    await close();
    return result;
  };
  const ours = await load('/bench/ours.html');
  const floor = await load('/bench/floor.html');
  assert.equal(ours.cards.length, 12);
  assert.deepEqual(floor.carousel, ours.carousel);
  assert.deepEqual(floor.cards, ours.cards);
  assert.deepEqual(floor.sizes, ours.sizes);
});
