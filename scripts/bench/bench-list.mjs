#!/usr/bin/env node
// npm run bench:list: whether a keystroke in <nhs-initiative-list>'s search
// box drops a frame, with 100 and 1,000 initiatives, in this machine's
// Chromium (headless) and the built bundle. A requestAnimationFrame loop
// stamps every frame; at 60 Hz they come every 16.7 ms, and a keystroke whose
// work (ours and the browser's: key, filtering, Lit, style, layout, paint)
// overruns a frame leaves a longer gap. A first row types into a bare
// <input type=search> the same way: what this machine's browser costs per
// keystroke with no list at all.
//   node scripts/bench/bench-list.mjs [--runs 3] [--sizes 100,1000]
//   BENCH_DEBUG=1 also prints each keystroke that drops a frame (size, run, key, cards shown, to finished list,
//   longest frame, then every gap between frames in order, from the frame before the key).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../static-server.mjs';
import { ensureChrome, CHROME_ARGS } from '../chrome.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 3));
const SIZES = arg('sizes', '100,1000').split(',').map(Number);
const FRAME_MS = 1000 / 60;
// BENCH_BUNDLE compares another build (say, one saved from before a change) under the same conditions.
const BUNDLE = process.env.BENCH_BUNDLE ?? 'dist/nhs-briefing-widgets.js';

if (!existsSync(BUNDLE)) {
  console.log(`${BUNDLE} is missing: building it first…`);
  execFileSync('node', ['scripts/build/build.mjs'], { stdio: 'inherit' });
}

// The page: N made-up initiatives of realistic length, with accents, every
// status and audience, and a recorder of key-to-next-frame times. With
// ?plain, a bare search box instead of the list (the baseline).
const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/${BUNDLE}"></script></head><body>
<nhs-initiative-list heading="Initiatives" today="2027-03-01"></nhs-initiative-list>
<script type="module">
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n'));
  const plain = params.has('plain');
  const audiences = ['young-people', 'care-leavers', 'veterans', 'disabled-people', 'long-term-unemployed', 'refugees', 'carers'];
  const kinds = ['programme', 'funding', 'guidance'];
  const words = ['apprenticeship', 'health', 'care', 'skills', 'employment', 'bursary', 'academy', 'pathway', 'incentive', 'café', 'Zoë', 'community', 'support', 'training', 'placement'];
  const pick = (i, list) => list[i % list.length];
  const day = (offset) => new Date(Date.UTC(2027, 2, 1 + offset)).toISOString().slice(0, 10);
  const items = Array.from({ length: n }, (_, i) => ({
    id: 'i' + i,
    name: pick(i, words) + ' ' + pick(i * 7 + 3, words) + ' scheme ' + i,
    provider: pick(i * 3, ['Department for Education', 'Department for Work and Pensions', 'NHS England', 'Región de Murcia']),
    summary: 'A ' + pick(i * 5, words) + ' initiative that offers ' + pick(i * 11, words) + ' and ' + pick(i * 13, words) +
      ' to people who need it most, run with local partners and employers across the integrated care system.',
    audiences: [pick(i, audiences), pick(i * 3 + 1, audiences)],
    kind: pick(i, kinds),
    offer: 'Up to £' + (1000 + i) + ' per person',
    ...(i % 4 === 1 ? { closes: day((i % 60) - 20) } : {}),
    ...(i % 9 === 2 && i % 4 !== 1 ? { opens: day(10 + (i % 40)) } : {}),
    reviewed: '2026-11-28',
  }));
  await customElements.whenDefined('nhs-initiative-list');
  const list = document.querySelector('nhs-initiative-list');
  if (plain) list.replaceWith(Object.assign(document.createElement('input'), { type: 'search', ariaLabel: 'Search' }));
  const start = performance.now();
  if (!plain) list.items = items;
  await list.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  window.firstRender = plain ? NaN : performance.now() - start;
  // The start of every frame, from a requestAnimationFrame loop (as an
  // animation or a blinking caret keeps frames coming). At 60 Hz they come
  // every 16.7 ms; a keystroke whose work overruns a frame leaves a gap of
  // two frames or more: a dropped frame, whatever the work was.
  const frames = [];
  const loop = () => (frames.push(performance.now()), requestAnimationFrame(loop));
  requestAnimationFrame(loop);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // Per keystroke: done = key event to the end of the element's update for
  // it (the list draws a keystroke's results in the frame after the letter's,
  // and its updateComplete waits for them); frame = the longest time between
  // two frames, from the last frame before the key to the end of the frame
  // that drew the finished list.
  window.times = [];
  // The harness waits on this promise rather than polling (Playwright's
  // waitForFunction polls in every animation frame: work in the very frames
  // being measured).
  const waiters = [];
  window.timed = (n) => (window.times.length > n ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)));
  let key;
  document.addEventListener('keydown', (event) => (key = { start: event.timeStamp }), true);
  document.addEventListener('input', async () => {
    const k = key;
    if (!plain) await list.updateComplete;
    k.done = performance.now() - k.start;
    await frame(); // the frame that draws the list: its callbacks run before it renders…
    await frame(); // …so it has ended when the next one starts
    const from = frames.findLastIndex((t) => t <= k.start);
    const gaps = frames.slice(from + 1).map((t, i) => t - frames[from + i]);
    window.times.push({ done: k.done, frame: Math.max(...gaps), dropped: gaps.filter((gap) => gap > 1.5 * ${FRAME_MS}).length, gaps });
    waiters.splice(0).forEach((resolve) => resolve());
  });
  window.ready = true;
</script></body></html>`;

const server = await createStaticServer({
  root: process.cwd(),
  routes: {
    '/bench': (_req, res) => (res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE), true),
  },
});
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });

// Narrow the list letter by letter, then widen it again: both directions matter.
const QUERY = 'apprenticeship health';
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};
const median = (values) => stats(values).median;

const rows = [];
try {
  for (const size of ['plain', ...SIZES]) {
    const times = [];
    const renders = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${server.url}/bench?${size == 'plain' ? 'plain' : `n=${size}`}`);
      await page.waitForFunction(() => window.ready === true, null, { timeout: 60_000 });
      renders.push(await page.evaluate(() => window.firstRender));
      const shown = () =>
        page.evaluate(
          () => document.querySelector('nhs-initiative-list')?.shadowRoot.querySelectorAll('li:not([hidden])').length,
        );
      const before = await shown();
      await page.getByRole('searchbox').focus();
      const keys = [...QUERY, ...Array(QUERY.length).fill('Backspace')];
      for (const key of keys) {
        const count = await page.evaluate(() => window.times.length);
        const timed = page.evaluate((n) => window.timed(n), count); // asked before the key, so no call lands in its frame
        await page.keyboard.press(key === ' ' ? 'Space' : key);
        await timed;
        await page.waitForTimeout(20);
        if (process.env.BENCH_DEBUG) {
          const t = await page.evaluate(() => window.times.at(-1));
          if (t.dropped)
            console.log(
              size,
              run,
              key,
              await shown(),
              t.done.toFixed(1),
              t.frame.toFixed(1),
              t.gaps.map((gap) => gap.toFixed(1)).join(' '),
            );
        }
      }
      times.push(...(await page.evaluate(() => window.times)));
      if (size != 'plain' && run === 0 && (await shown()) !== before)
        throw new Error('the search box did not clear: the benchmark is not measuring what it says');
      await page.close();
    }
    rows.push({
      size,
      keystrokes: times.length,
      done: stats(times.map((t) => t.done)),
      frame: stats(times.map((t) => t.frame)),
      dropping: times.filter((t) => t.dropped).length,
      first: median(renders),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const table = [
  [
    'initiatives',
    'keystrokes',
    'to finished list',
    'p95',
    'longest frame',
    'p95',
    'max',
    'keystrokes dropping a frame',
    'first render',
  ],
  ...rows.map((r) => [
    r.size == 'plain' ? 'none: a bare search box' : String(r.size),
    String(r.keystrokes),
    ms(r.done.median),
    ms(r.done.p95),
    ms(r.frame.median),
    ms(r.frame.p95),
    ms(r.frame.max),
    String(r.dropping),
    Number.isNaN(r.first) ? '–' : ms(r.first),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(
  `\nA keystroke in the search box (typing "${QUERY}", then deleting it; ${RUNS} runs; ${BUNDLE}; medians unless named):\n`,
);
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(
  `\nto finished list: key to the end of the list's update for it (it draws the letter first, then the\n` +
    `results in the next frame);\n` +
    `longest frame: the longest time between two frames of a requestAnimationFrame loop, from the last\n` +
    `frame before the key to the end of the frame that draws the finished list: ${ms(FRAME_MS)} at 60 Hz when\n` +
    `nothing is dropped; a keystroke drops a frame when a gap is over 1.5 frames (${ms(1.5 * FRAME_MS)}).\n` +
    `first render: setting \`items\` to the first frame with cards.\n` +
    `none: a bare <input type=search>, timed the same way: what this machine's browser costs per keystroke\n` +
    `with no list; frames it drops are the machine's, not the list's.`,
);
