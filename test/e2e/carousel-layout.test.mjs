// <nhs-case-study-carousel> in real pages with the built bundle (npm run build
// first): the space it takes. Cards in view have no empty space at 320, 700
// and 1280 px; autoplay never changes its height; keyboard focus stops
// rotation (APG); and with the no-shift stylesheet in the <head> and a plain
// module script, nothing on the page moves while the script loads (CLS 0).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, ROOT } from './harness.mjs';

const FEED = '/test/fixtures/content.json';
const STYLESHEET = '/dist/no-shift.css';
const WIDTHS = [320, 700, 1280];
/** A line of text in the cards (16px at 1.5): the most empty space a card in view may show is two. */
const LINE = 24;

/** Sums the page's layout shifts (not those right after input), from before anything is painted. */
const SHIFTS = `<script>
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  customElements.whenDefined('nhs-case-study-carousel').then(() => (window.definedAt = performance.now()));
</script>`;

const page = ({ head = '', body }) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Case studies</title>
${head}${SHIFTS}
<style>body { margin: 0 auto; max-width: 1200px; padding: 16px; font-family: Arial, sans-serif; }</style>
</head><body><h1>Case studies</h1>${body}<p>After the carousel.</p></body></html>`;

/** Case studies as the README shows them: headings in the page, figures and quotes as HTML, some with images. */
const written = (count, extra = () => '') =>
  Array.from(
    { length: count },
    (_, i) => `<nhs-case-study organisation="Example NHS Trust ${i + 1} with its partners" place="Town ${i + 1}"
    href="https://example.org/${i + 1}" ${extra(i)}>
    <h3 slot="heading">Case study ${i + 1}: ${'a trust opens local jobs '.repeat(1 + (i % 3))}</h3>
    <p>${'A programme of training, placements and guaranteed interviews. '.repeat(1 + ((i * 5) % 7))}</p>
    ${i % 3 === 1 ? '<ul slot="outcomes"><li>75 people started</li><li>90% still in work a year on</li></ul>' : ''}
    ${i % 4 === 2 ? '<blockquote slot="quote"><p>It changed my life.</p></blockquote>' : ''}
  </nhs-case-study>`,
  ).join('\n');

/** Headings and details as attributes, as the benchmarks write them. */
const attributes = (count) =>
  Array.from(
    { length: count },
    (_, i) => `<nhs-case-study heading="Case study ${i + 1}: a trust and its partners open local jobs"
    organisation="Example NHS Foundation Trust ${i + 1} with a local college" place="Somerset"
    href="https://example.org/${i + 1}"><p>${'Training, placements and guaranteed interviews. '.repeat(1 + (i % 4))}</p></nhs-case-study>`,
  ).join('\n');

const carousel = (children, attrs = '') =>
  `<nhs-case-study-carousel label="Case studies" ${attrs}>${children}</nhs-case-study-carousel>`;

const module = '<script type="module" src="/dist/nhs-briefing-widgets.js"></script>';
// The page says when it has first painted its content; the server sends what waits for that (the
// late script, the rest of a streamed page) only then: see afterPaint.
const REPORT_PAINT = `<script>
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    fetch('/painted', { method: 'POST' });
  }).observe({ type: 'paint', buffered: true });
</script>`;
// The script arrives a little after the page, so the page is painted before the elements are defined.
const late = `<script type="module" src="/late/nhs-briefing-widgets.js"></script>${REPORT_PAINT}`;
const link = `<link rel="stylesheet" href="${STYLESHEET}">`;
const NO_SCRIPT = `${link}<script type="module" src="/missing.js"></script>`;
/** Right after the carousel, while the page is parsed (before any module script runs): whether its cards can be seen. */
const SEEN = `<script>
  window.seen = [...document.querySelector('nhs-case-study-carousel').children].map((c) => getComputedStyle(c).visibility);
</script>`;

const PAGES = {
  '/feed.html': page({ head: module, body: carousel('', `src="${FEED}"`) }),
  '/written.html': page({ head: module, body: carousel(written(7)) }),
  '/autoplay.html': page({ head: module, body: carousel(written(7), 'autoplay autoplay-interval="2000"') }),
  '/shift/written.html': page({ head: link + late, body: carousel(written(7)) }),
  '/shift/images.html': page({
    head: link + late,
    body: carousel(written(5, (i) => `image-src="/missing-${i}.jpg" image-alt="Picture ${i}"`)),
  }),
  '/shift/attributes.html': page({ head: link + late, body: carousel(attributes(12)) }),
  '/shift/autoplay.html': page({ head: link + late, body: carousel(written(7), 'autoplay') }),
  '/shift/large-text.html': page({
    head: `${link + late}<style>nhs-case-study-carousel { --nhs-widgets-font-size: 20px; }</style>`,
    body: carousel(written(7), 'autoplay'),
  }),
  '/shift/without-stylesheet.html': page({ head: late, body: carousel(written(7)) }),
  // Three cards, which all fit at 1280px: parsed to its end, the carousel shows them before the script runs,
  // whether an element follows it or one around it.
  '/shift/fits.html': page({ head: link + late, body: carousel(written(3)) + SEEN }),
  '/shift/fits-wrapped.html': page({ head: link + late, body: `<div>${carousel(written(3))}</div>${SEEN}` }),
  // The script never arrives.
  '/no-script/three.html': page({
    head: NO_SCRIPT,
    body: carousel(written(3)) + carousel(written(7)),
  }),
};

/**
 * A page that arrives in two pieces, as a CMS that flushes as it goes may
 * send it: the first ends inside the carousel, after `split` of its cards; the
 * second is sent once the first has been painted. The module script, deferred,
 * runs only once the whole page has been parsed.
 */
const streamed = (cards, split, attrs = '') => {
  const html = page({
    head: link + module + REPORT_PAINT,
    body: carousel(cards, attrs),
  });
  const at = html.split('</nhs-case-study>', split).join('</nhs-case-study>').length + '</nhs-case-study>'.length;
  return [html.slice(0, at), html.slice(at)];
};
const STREAMED = {
  '/streamed/written.html': streamed(written(7), 2),
  '/streamed/one-card.html': streamed(written(7), 1),
  '/streamed/autoplay.html': streamed(written(7), 2, 'autoplay'),
  '/streamed/three.html': streamed(written(3), 2),
};

// With no script, a page whose carousel of three cards is half parsed: the rest comes when the test asks.
const [UNFINISHED, FINISH] = (() => {
  const html = page({ head: NO_SCRIPT, body: carousel(written(3)) });
  const at = html.lastIndexOf('</nhs-case-study>') + '</nhs-case-study>'.length;
  return [html.slice(0, at), html.slice(at)];
})();

let env;
before(async () => {
  // What waits for the page's first paint is sent once the page reports it, or after 5 s should it never,
  // so the first paint always shows the page as it is before the elements are defined, however busy the machine.
  let painted = false;
  let release;
  const afterPaint = (send) => {
    const timer = setTimeout(() => release(), 5000);
    release = () => {
      clearTimeout(timer);
      release = undefined;
      painted = false;
      send();
    };
    if (painted) release();
  };
  const paintedRoute = (req, res) => {
    painted = true;
    release?.();
    res.writeHead(204).end();
    return true;
  };
  const bundle = readFileSync(`${ROOT}/dist/nhs-briefing-widgets.js`);
  const lateBundle = (req, res) => {
    afterPaint(() => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(bundle));
    return true;
  };
  // Each streamed page: its first piece at once, the rest after it has been painted.
  const streamedRoutes = Object.fromEntries(
    Object.entries(STREAMED).map(([path, [first, rest]]) => [
      path,
      (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.write(first);
        afterPaint(() => res.end(rest));
        return true;
      },
    ]),
  );
  let finish;
  const unfinished = (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(UNFINISHED);
    finish = () => res.end(FINISH);
    return true;
  };
  const finishRoute = (req, res) => {
    finish?.();
    res.writeHead(204).end();
    return true;
  };
  env = await start({
    pages: PAGES,
    routes: {
      '/late/nhs-briefing-widgets.js': lateBundle,
      '/painted': paintedRoute,
      ...streamedRoutes,
      '/no-script/unfinished.html': unfinished,
      '/no-script/finish': finishRoute,
    },
  });
});
after(() => env?.stop());

/** Opens `path` at `width` and waits until the carousel and its cards have rendered. */
async function open(path, width, options = {}) {
  const opened = await env.open(path, { viewport: { width, height: 900 }, ...options });
  await opened.page.waitForFunction(() => {
    const el = document.querySelector('nhs-case-study-carousel');
    const studies = el?.shadowRoot?.querySelectorAll('[role="group"]').length;
    return studies && [...el.shadowRoot.querySelectorAll('nhs-case-study'), ...el.children].every((c) => c.hasUpdated);
  });
  await opened.page.evaluate(() => document.querySelector('nhs-case-study-carousel').updateComplete);
  return opened;
}

/**
 * Each card in view: its empty space (below its last line, inside its
 * padding); and the row's: below the tallest card in view.
 */
const measure = () => {
  const el = document.querySelector('nhs-case-study-carousel');
  const root = el.shadowRoot;
  const groups = [...root.querySelectorAll('[role="group"]')].filter((g) => !g.inert);
  const cards = groups.map((g) => {
    const study = g.querySelector('slot')?.assignedElements()[0] ?? g.querySelector('nhs-case-study');
    const card = study.shadowRoot.querySelector('[part="card"]');
    const box = card.getBoundingClientRect();
    const last = Math.max(...[...card.children].map((c) => c.getBoundingClientRect().bottom));
    return { label: g.getAttribute('aria-label'), empty: box.bottom - 25 - last, bottom: box.bottom };
  });
  const scroller = root.querySelector('[part="scroller"]').getBoundingClientRect();
  return {
    inView: cards.map((c) => c.label),
    cards: cards.map((c) => Math.round(c.empty)),
    row: Math.round(scroller.bottom - 4 - Math.max(...cards.map((c) => c.bottom))),
    index: el.index,
  };
};

for (const width of WIDTHS) {
  test(`at ${width}px, cards in view show no more than two lines of empty space, before and after the reader moves`, async () => {
    const perView = width < 600 ? 1 : width < 1100 ? 2 : 3;
    for (const path of ['/feed.html', '/written.html']) {
      const { page, log, close } = await open(path, width);
      for (let move = 0; move < 3; move++) {
        const m = await page.evaluate(measure);
        assert.equal(m.inView.length, perView, `${path}: ${m.inView}`);
        for (const empty of m.cards) assert.ok(empty <= 2 * LINE, `${path} ${m.inView}: a card shows ${empty}px empty`);
        assert.ok(m.row >= 0 && m.row <= 1, `${path} ${m.inView}: ${m.row}px below the tallest card in view`);
        await page.locator('nhs-case-study-carousel').getByRole('button', { name: 'Next case study' }).click();
        await page.evaluate(() => document.querySelector('nhs-case-study-carousel').updateComplete);
      }
      assert.deepEqual(log.errors, []);
      await close();
    }
  });
}

test('autoplay never changes the height of the carousel: not while rotating, nor while waiting for the pointer', async () => {
  for (const width of WIDTHS) {
    const { page, close } = await env.open('/', { viewport: { width, height: 900 } });
    await page.clock.install();
    await page.goto(`${env.url}/autoplay.html`);
    await page.waitForFunction(() =>
      document.querySelector('nhs-case-study-carousel')?.shadowRoot?.querySelector('[role="tab"]'),
    );
    await page.evaluate(() => {
      const el = document.querySelector('nhs-case-study-carousel');
      // Loading without the no-shift stylesheet may shift the page once; from here on, nothing may.
      window.shifts = [];
      window.heights = [el.getBoundingClientRect().height];
      new ResizeObserver(() => window.heights.push(el.getBoundingClientRect().height)).observe(el);
    });
    const indexes = [];
    for (let i = 0; i < 8; i++) {
      await page.clock.runFor(2000);
      indexes.push(await page.evaluate(() => document.querySelector('nhs-case-study-carousel').index));
    }
    // The pointer over it: rotation waits, the height stays.
    const box = await page.locator('nhs-case-study-carousel').boundingBox();
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.clock.runFor(4000);
    await page.mouse.move(0, 0);
    await page.clock.runFor(2000);
    indexes.push(await page.evaluate(() => document.querySelector('nhs-case-study-carousel').index));
    const perView = width < 600 ? 1 : width < 1100 ? 2 : 3;
    assert.deepEqual(
      indexes,
      [...Array.from({ length: 8 }, (_, i) => (i + 1) % 7), 2],
      `it rotated (${perView} in view)`,
    );
    const heights = await page.evaluate(() => window.heights);
    assert.equal(new Set(heights).size, 1, `heights at ${width}px: ${heights}`);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    await close();
  }
});

test('keyboard focus stops rotation (APG): on arriving, even on Pause; Play starts it with focus inside; leaving never restarts it', async () => {
  const { page, close } = await env.open('/', { viewport: { width: 1280, height: 900 } });
  await page.clock.install();
  await page.goto(`${env.url}/autoplay.html`);
  const carousel = page.locator('nhs-case-study-carousel');
  await carousel.getByRole('button', { name: 'Pause' }).waitFor();
  const index = () => page.evaluate(() => document.querySelector('nhs-case-study-carousel').index);
  const active = () =>
    page.evaluate(() => {
      const el = document.querySelector('nhs-case-study-carousel');
      const deep = (root) =>
        root?.activeElement?.shadowRoot ? deep(root.activeElement.shadowRoot) : root?.activeElement;
      if (!el.contains(document.activeElement)) return 'outside';
      return document.activeElement === el ? deep(document).textContent.trim() : 'in a slide';
    });

  // The page's own link comes before the carousel; Tab from the heading's end lands on Pause.
  await page.evaluate(() => document.querySelector('h1').setAttribute('tabindex', '-1'));
  await page.focus('h1');
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'Play', 'focus on the rotation button, which now offers Play');
  await page.clock.runFor(10_000);
  assert.equal(await index(), 0, 'stopped');

  await page.keyboard.press('Enter');
  assert.equal(await active(), 'Pause');
  await page.clock.runFor(2000);
  assert.equal(await index(), 1, 'Play rotates with focus still inside');

  // Out of the carousel with Shift+Tab, then back in to a slide's link with Shift+Tab from after it.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(), 'outside');
  await page.clock.runFor(2000);
  assert.equal(await index(), 2, 'still rotating: Play was pressed, and focus moved out');
  await page.evaluate(() => {
    const after = document.querySelector('body > p');
    after.setAttribute('tabindex', '0');
  });
  await page.focus('body > p');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(), 'in a slide');
  await carousel.getByRole('button', { name: 'Play' }).waitFor();
  const stoppedAt = await index();
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'outside');
  await page.clock.runFor(10_000);
  assert.equal(await index(), stoppedAt, 'leaving with Tab did not restart it');

  // The pointer only waits while it is over the carousel.
  await carousel.getByRole('button', { name: 'Play' }).click();
  const box = await carousel.boundingBox();
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  const hovered = await index();
  await page.clock.runFor(10_000);
  assert.equal(await index(), hovered, 'waits under the pointer');
  await page.mouse.move(box.x + 10, box.y + box.height + 200);
  await page.clock.runFor(2000);
  assert.equal(await index(), (hovered + 1) % 7, 'goes on once the pointer leaves');
  await close();
});

/** The layout shift of one load of `path` at `width`, once everything has rendered, and when the page was first painted. */
async function load(path, width, options) {
  const { page, log, close } = await open(path, width, options);
  // Two frames after the last render: any shift it caused has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const result = await page.evaluate(() => ({
    seen: window.seen,
    shifts: window.shifts,
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    defined: window.definedAt,
  }));
  assert.deepEqual(log.errors, []);
  await close();
  return result;
}

test('with the no-shift stylesheet and a plain module script, nothing moves while the script loads (CLS 0, every load)', async () => {
  for (const path of ['/shift/written.html', '/shift/images.html', '/shift/attributes.html', '/shift/autoplay.html']) {
    for (const width of WIDTHS) {
      for (let i = 0; i < 2; i++) {
        const { shifts, painted, defined } = await load(path, width);
        assert.ok(
          painted < defined,
          `${path}: the page was painted (${painted} ms) before the elements were defined (${defined} ms)`,
        );
        assert.deepEqual(shifts, [], `${path} at ${width}px, load ${i + 1}`);
      }
    }
  }
});

test('the no-shift stylesheet holds under reduced motion (no rotation: the row fits the cards in view) and with larger text', async () => {
  for (const width of WIDTHS) {
    const { shifts } = await load('/shift/autoplay.html', width, { reducedMotion: 'reduce' });
    assert.deepEqual(shifts, [], `reduced motion at ${width}px`);
    const large = await load('/shift/large-text.html', width);
    assert.deepEqual(large.shifts, [], `20px text at ${width}px`);
  }
});

test('with the no-shift stylesheet, a page painted while its carousel is half parsed does not shift either', async () => {
  for (const path of Object.keys(STREAMED)) {
    for (const width of WIDTHS) {
      const { shifts, painted, defined } = await load(path, width);
      assert.ok(painted < defined, `${path}: painted (${painted} ms) before the elements were defined (${defined} ms)`);
      assert.deepEqual(shifts, [], `${path} at ${width}px`);
    }
  }
});

test('with the no-shift stylesheet, a carousel whose cards all fit shows them as soon as it is parsed to its end, and nothing moves', async () => {
  for (const path of ['/shift/fits.html', '/shift/fits-wrapped.html']) {
    for (const width of WIDTHS) {
      const { seen, shifts, painted, defined } = await load(path, width);
      assert.ok(painted < defined, `${path}: painted (${painted} ms) before the elements were defined (${defined} ms)`);
      assert.deepEqual(seen, ['visible', 'visible', 'visible'], `${path} at ${width}px, before the script`);
      assert.deepEqual(shifts, [], `${path} at ${width}px`);
    }
  }
});

test('with the no-shift stylesheet and no script, cards wait unseen only while the room for the controls is unknown, at most 4 s', async () => {
  const seen = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('nhs-case-study-carousel')].map((c) =>
        [...c.children].map((card) => getComputedStyle(card).visibility),
      ),
    );
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.url}/no-script/unfinished.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelectorAll('nhs-case-study').length === 3);
  // Their wait is a 4 s animation in real time: hold it where it is, so a slow machine cannot end it mid-test.
  await page.evaluate(() =>
    document.querySelectorAll('nhs-case-study').forEach((c) => c.getAnimations().forEach((a) => a.pause())),
  );
  assert.deepEqual(
    await seen(page),
    [['hidden', 'hidden', 'hidden']],
    'three cards, the carousel not yet parsed to its end: more may come, so whether controls come is unknown',
  );
  // The page's clock does not drive it: check its delay, then finish one.
  const delays = await page.evaluate(() =>
    document
      .querySelector('nhs-case-study')
      .getAnimations()
      .map((a) => (a.finish(), a.effect.getTiming().delay)),
  );
  assert.deepEqual(delays, [4000]);
  assert.deepEqual(await seen(page), [['visible', 'hidden', 'hidden']], 'after 4 s the card shows');
  // The rest of the page: the carousel ends with three cards, which all fit.
  await fetch(`${env.url}/no-script/finish`, { method: 'POST' });
  await page.waitForFunction(() => document.body.lastElementChild?.textContent === 'After the carousel.');
  assert.deepEqual(await seen(page), [['visible', 'visible', 'visible']], 'parsed to its end, its cards show');
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelectorAll('nhs-case-study')].map((c) => c.getAnimations().length)),
    [0, 0, 0],
    'shown by the rule, not by the 4 s wait',
  );
  await context.close();

  // A whole page: three cards that fit, then seven that do not, all seen at once.
  const { page: whole, close } = await env.open('/no-script/three.html', { viewport: { width: 1280, height: 900 } });
  const [three, seven] = await seen(whole);
  assert.deepEqual(three, ['visible', 'visible', 'visible'], 'three cards, parsed to the end: they all fit');
  assert.ok(
    seven.every((v) => v === 'visible'),
    'seven cards: more than fit, so the room for the controls is known',
  );
  await close();
});

test('without the stylesheet the same page does shift (so the test above can fail)', async () => {
  const { shifts } = await load('/shift/without-stylesheet.html', 1280);
  assert.ok(shifts.reduce((a, b) => a + b, 0) > 0);
});
