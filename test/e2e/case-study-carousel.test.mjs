// <nhs-case-study-carousel> in real pages with the built bundle: what a reader
// gets without JavaScript, no layout shift with a render-blocking script,
// focus and the current slide in Windows high-contrast (forced colours), and a
// move asked for just as the last scroll ends.
// (Whether the benchmarks' floor renders what the carousel renders, the
// benchmarks check for themselves before they time it.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

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

let env;
before(async () => {
  env = await start({
    pages: {
      '/module.html': page('<script type="module" src="/dist/nhs-briefing-widgets.js"></script>'),
      '/blocking.html': page('<script type="module" blocking="render" src="/dist/nhs-briefing-widgets.js"></script>'),
    },
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
  // Every element rendered, then two frames painted after that: a shift would have been reported by then.
  await page.evaluate(async () => {
    const carousel = document.querySelector('nhs-case-study-carousel');
    await Promise.all([carousel, ...carousel.children].map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
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

test(
  'a move asked for just as the last scroll ends is not taken for a swipe of the reader’s',
  { timeout: 60_000 },
  async () => {
    // Chromium sends the end of a scroll late, with the row still where that scroll left it, when the next scroll is
    // asked for in the frame before (about 16 to 32 ms after the row arrives), and then no end for the next one. The
    // carousel took that late end for the reader's swipe: it went back a slide, and rotation stopped.
    const { page, close } = await env.open('/module.html', { viewport: { width: 400, height: 900 } });
    await page.locator('nhs-case-study-carousel [role="tab"]').first().waitFor();
    await page.evaluate(async () => {
      const el = document.querySelector('nhs-case-study-carousel');
      Object.assign(el, { loop: true, autoplay: true, autoplayInterval: 600_000 });
      await el.updateComplete;
    });
    const moves = [];
    for (let ms = 10; ms <= 40; ms += 3) {
      // Next; then, `ms` after the scroll event that brings that slide into view, Next again.
      const { from, n, left } = await page.evaluate(async (ms) => {
        const el = document.querySelector('nhs-case-study-carousel');
        const scroller = el.shadowRoot.querySelector('[part="scroller"]');
        const [a, b] = scroller.children;
        const stride = b.offsetLeft - a.offsetLeft;
        const n = scroller.children.length;
        const from = el.index;
        const arrived = new Promise((resolve) => {
          const check = () => {
            if (Math.abs(scroller.scrollLeft - ((from + 1) % n) * stride) >= 1) return;
            scroller.removeEventListener('scroll', check);
            resolve();
          };
          scroller.addEventListener('scroll', check);
        });
        el.next();
        await arrived;
        await new Promise((resolve) => setTimeout(resolve, ms));
        el.next();
        return { from, n, left: ((from + 2) % n) * stride };
      }, ms);
      const arrived = await page
        .waitForFunction(
          (left) =>
            Math.abs(
              document.querySelector('nhs-case-study-carousel').shadowRoot.querySelector('[part="scroller"]')
                .scrollLeft - left,
            ) < 1,
          left,
          { timeout: 2000 },
        )
        .then(
          () => true,
          () => false,
        );
      const { index, rotation } = await page.evaluate(async () => {
        const el = document.querySelector('nhs-case-study-carousel');
        // A late end comes within a frame or two of the move: give it time to be (mis)taken.
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        return {
          index: el.index,
          rotation: el.shadowRoot.querySelector('[part~="rotation-button"]').textContent.trim(),
        };
      });
      moves.push({ ms, moved: (index - from + n) % n, arrived, rotation });
    }
    assert.deepEqual(
      moves.filter((m) => m.moved !== 2 || !m.arrived || m.rotation !== 'Pause'),
      [],
      'two slides on, in view, and still rotating, whenever the second move came',
    );
    await close();
  },
);
