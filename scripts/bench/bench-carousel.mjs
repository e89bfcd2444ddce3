#!/usr/bin/env node
// npm run bench:carousel — what <nhs-case-study-carousel> costs a reader.
// Loads a page with a 12-slide carousel and a page with the same content as
// plain HTML and CSS, each several times in Chromium with the CPU throttled
// (CDP Emulation.setCPUThrottlingRate; 1× and 4× by default, each its own
// tables), and reports the median time until the content is ready (carousel
// upgraded, rendered and painted; plain page painted), the carousel's extra
// time (the median of each load's difference from the plain load run next to
// it), and the cumulative layout shift (CLS) of each page. It also times when
// the reader sees the case studies where they will stay ("in place": the first
// summary painted, from the Element Timing API, and no layout shift after), a
// check on the "ready" stamp by the browser's own clock (a shift is timed at
// the start of its frame, a paint when its frame is shown, so a page that
// shifts gains up to a frame there). The carousel page comes three ways:
// through the carousel's own entry (dist/cdn/case-study-carousel.js and the
// chunks it imports, what a page with only a carousel needs), through its
// standalone file (the same code in one file,
// dist/standalone/case-study-carousel.js) and through the one-file bundle
// (every element).
// More pages say where the time goes: the plain page with the one-file bundle
// loaded (the cost of the whole library's script), and the carousel page with
// the script marked blocking="render" (the page is not painted before the
// elements are ready, so nothing can shift), and with the classic script in
// <head> without defer, as some CMSs place scripts. With --libraries, three
// more pages have the same words in three popular carousel libraries (Swiper,
// Splide, Glide), as a yardstick on this machine. With --floor, two more pages
// have the floor (scripts/bench/bench-carousel-floor.mjs): our shadow roots,
// style sheets and markup set up by a few lines of plain script, with no
// library and no behaviour, the least a carousel of this design can cost
// (module, and module blocking="render"); before timing anything, the
// benchmark checks that the floor still renders what our carousel renders,
// and stops if not. For each page it also reports the library's own
// main-thread time (its script, the rendering after it, and the layout it
// forces), from Long Animation Frames. With --libraries, each table ends with
// ours (standalone file, bundle, entry, and the floor with --floor) against
// each library load by load: the median difference, a 95% interval from
// resampling the loads, and "ahead" or "behind" only where the interval is on
// one side of 0 ("not settled" else).
// Two kinds of visit, each in its own table:
//   first visit: a fresh browser profile every load (nothing cached);
//   return visit: one profile on disk, as a reader's browser has, warmed by
//     two loads of each page, so the scripts come from the HTTP cache, as on
//     an intranet where every page carries the same script. The classic
//     script also comes with V8's code cache. The module script does not:
//     Chromium 156 writes a code cache for it but compiles it again on every
//     load (off the main thread; a trace shows it streamed each time). In one
//     run that made no difference to the time until ready. (Chromium keeps no
//     code cache in an in-memory profile, such as Playwright's
//     browser.newContext(), so that profile would time a browser no reader
//     has; and it makes a code cache only on a script's second run.)
// A benchmark, not a test: it prints numbers and exits 0 (or stops, if the
// floor is not fair). Uses dist/ (builds it if missing). Target (issue 17): a
// lower median extra time over plain HTML than every library, at both rates,
// and CLS 0.000 in every load.
//   node scripts/bench/bench-carousel.mjs [--runs 15] [--rates 1,4] [--visit first|return|both] [--libraries] [--floor] [--serve]
// --serve only serves the pages, to look at them or trace them, until stopped.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../chrome.mjs';
import { createStaticServer } from '../static-server.mjs';
import { LIBRARIES, SLIDES, STYLE, carouselMarkup, plainMarkup } from './bench-carousel-content.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 15));
const RATES = String(arg('rates', arg('rate', '1,4')))
  .split(',')
  .map(Number);
if (!RATES.every((rate) => rate >= 1)) throw new Error('--rates: CPU slowdowns of 1 or more, such as 1,4');
const VISIT = arg('visit', 'both');
const libraries = process.argv.includes('--libraries') ? LIBRARIES : [];
const floor = process.argv.includes('--floor');
// BENCH_BUNDLE compares another build (say, one saved from before a change) under the same conditions.
// BENCH_ENTRY does the same for the carousel's entry (its chunks sit beside it), BENCH_STANDALONE for its standalone file.
const BUNDLE = process.env.BENCH_BUNDLE ?? 'dist/nhs-briefing-widgets.js';
const CLASSIC = process.env.BENCH_CLASSIC ?? BUNDLE.replace(/\.js$/, '.iife.js');
const ENTRY = process.env.BENCH_ENTRY ?? 'dist/cdn/case-study-carousel.js';
const STANDALONE = process.env.BENCH_STANDALONE ?? 'dist/standalone/case-study-carousel.js';

if (![BUNDLE, CLASSIC, ENTRY, STANDALONE].every((file) => existsSync(file)))
  execFileSync('node', ['scripts/build/build.mjs'], { stdio: 'inherit' });
const { FLOOR, floorRoutes, checkFloor } = floor ? await import('./bench-carousel-floor.mjs') : {};

// Both pages: the same words, a heading above, a paragraph below (to see any shift),
// and one inline script that stamps `window.ready` once the content is painted.
const page = (body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
${STYLE}
</head>
<body>
<h1>Case studies</h1>
${body}
<p id="after">Content after the carousel: if it moves, the layout shifted.</p>
<script>
  window.shifts = window.lastShift = window.painted = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput) (window.shifts += e.value), (window.lastShift = e.startTime);
  }).observe({ type: 'layout-shift', buffered: true });
  // When the first case study's summary is first painted (it carries elementtiming).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.painted = e.renderTime;
  }).observe({ type: 'element', buffered: true });
  // The library's own time on the main thread: its script (with the microtasks
  // that follow it, where the elements render) and the style and layout that
  // script forces, as Long Animation Frames report it (frames over 50 ms only);
  // on the libraries' pages, their set-up (setUp) too.
  // The entry's chunks sit in its folder, so any script from there is ours.
  const LIBRARY = ${JSON.stringify([`/${BUNDLE}`, `/${CLASSIC}`, `/${STANDALONE}`, FLOOR, ...libraries.map(({ js }) => js)].filter(Boolean))};
  const ENTRY_FOLDER = ${JSON.stringify(`/${dirname(ENTRY)}/`)};
  window.script = window.forced = 0;
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const s of frame.scripts)
        if (
          LIBRARY.some((file) => s.sourceURL.endsWith(file)) ||
          new URL(s.sourceURL || 'about:blank').pathname.startsWith(ENTRY_FOLDER) ||
          s.sourceFunctionName === 'setUp'
        ) {
          window.script += s.duration;
          window.forced += s.forcedStyleAndLayoutDuration;
        }
  }).observe({ type: 'long-animation-frame', buffered: true });
  const stamp = () =>
    requestAnimationFrame(() => setTimeout(() => ((window.ready = performance.now()), console.log('bench:ready'))));
  addEventListener('DOMContentLoaded', () => {
    const el = document.querySelector('nhs-case-study-carousel');
    if (!el) return stamp();
    customElements.whenDefined(el.localName).then(() => el.updateComplete).then(stamp);
  });
</script>
</body></html>`;

// Ours as the README tells web teams to embed it: the no-shift stylesheet in the <head>, then the script.
const NO_SHIFT = `<link rel="stylesheet" href="/${dirname(BUNDLE)}/no-shift.css">`;
const carouselPage = page(carouselMarkup(), `${NO_SHIFT}\n<script type="module" src="/${BUNDLE}"></script>`);
const plainPage = page(plainMarkup);
// The same through the carousel's own entry: only what a carousel needs.
const entryPage = page(carouselMarkup(), `${NO_SHIFT}\n<script type="module" src="/${ENTRY}"></script>`);
// The same through its standalone file: the same code as the entry and its chunks, in one file.
const standalonePage = page(carouselMarkup(), `${NO_SHIFT}\n<script type="module" src="/${STANDALONE}"></script>`);

// The same, with the script render-blocking (Chromium honours blocking="render").
const blockingPage = carouselPage.replace('type="module" src=', 'type="module" blocking="render" src=');
// The same with the classic script (IIFE) in <head>, without defer: it runs before the page is parsed, and
// registers the elements once it is (src/shared/define.ts), as a deferred script would.
const classicPage = carouselPage.replace(`<script type="module" src="/${BUNDLE}">`, `<script src="/${CLASSIC}">`);
// The plain page with the bundle loaded but no element on it.
const bundlePage = plainPage.replace('</head>', `<script type="module" src="/${BUNDLE}"></script>\n</head>`);
// With --libraries: each library's style sheet, its deferred script, and its set-up once the page is parsed
// (the page's own ready stamp, on the same event, comes after it).
const libraryPage = ({ css, js, init, markup }) =>
  page(
    markup,
    `<link rel="stylesheet" href="/node_modules/${css}">
<script src="/node_modules/${js}" defer></script>
<script>
  window.mounted = false;
  addEventListener('DOMContentLoaded', function setUp() { ${init} window.mounted = true; });
</script>`,
  );

// With --floor: the floor's script in place of the bundle, as a module and render-blocking.
const floorPage = page(carouselMarkup(), `<script type="module" src="${FLOOR}"></script>`);
const floorBlockingPage = floorPage.replace('type="module" src=', 'type="module" blocking="render" src=');

const html = (body) => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  return true;
};
const server = await createStaticServer({
  root: process.cwd(),
  // The bundle may be cached (return visits); the pages themselves never are.
  headers: { 'Cache-Control': 'max-age=3600' },
  routes: {
    '/bench/plain.html': html(plainPage),
    '/bench/bundle.html': html(bundlePage),
    '/bench/carousel.html': html(carouselPage),
    '/bench/entry.html': html(entryPage),
    '/bench/standalone.html': html(standalonePage),
    '/bench/blocking.html': html(blockingPage),
    '/bench/classic.html': html(classicPage),
    ...Object.fromEntries(libraries.map((library) => [`/bench/${library.name}.html`, html(libraryPage(library))])),
    ...(floor && {
      '/bench/floor.html': html(floorPage),
      '/bench/floor-blocking.html': html(floorBlockingPage),
      ...floorRoutes,
    }),
  },
});
// --serve: only serve the pages (say, to open them in a browser or trace them), until stopped.
if (process.argv.includes('--serve')) {
  console.log(`Serving the pages: ${server.url}/bench/carousel.html, plain.html, entry.html, …`);
  await new Promise(() => {});
}
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** One load of `path` at CPU slowdown `rate`: in `context` (a return visit) or in a fresh one (a first visit). */
async function load(rate, path, context) {
  const own = !context;
  context ??= await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // The page says when it is ready on the console: Playwright's own script,
  // which waitForFunction and evaluate inject into the page, takes 100 ms or
  // more of the throttled main thread, and must not run before the stamp.
  const ready = tab.waitForEvent('console', { predicate: (m) => m.text() === 'bench:ready', timeout: 30_000 });
  await tab.goto(`${server.url}${path}`, { waitUntil: 'commit' });
  await ready;
  await tab.waitForTimeout(500); // let late shifts, if any, be counted
  const result = await tab.evaluate(() => ({
    ready: window.ready,
    // Seen in place: the case studies are painted, and nothing on the page moves after.
    seen: window.painted && Math.max(window.painted, window.lastShift),
    cls: window.shifts,
    script: window.script,
    forced: window.forced,
    mounted: window.mounted,
  }));
  if (result.mounted === false) throw new Error(`${path}: the library did not set up (a script error?)`);
  if (!result.seen) throw new Error(`${path}: no paint of the first summary was reported (Element Timing)`);
  await (own ? context.close() : tab.close());
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The middle half of `values`: a wide one says this machine was noisy, so run again with more --runs. */
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil(((sorted.length - 1) * 3) / 4)]];
};

/**
 * A 95% interval for the median of `values`: the 2.5th and 97.5th percentiles
 * of the medians of 2,000 resamples (drawn with a fixed seed, so the same
 * loads always give the same interval).
 */
const interval = (values) => {
  // mulberry32
  let seed = 17;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const medians = Array.from({ length: 2000 }, () =>
    median(values.map(() => values[Math.floor(random() * values.length)])),
  ).sort((a, b) => a - b);
  return [medians[50], medians[1949]];
};

const NAMES = [
  'plain',
  'bundle',
  'entry',
  'standalone',
  'carousel',
  'blocking',
  'classic',
  ...(floor ? ['floor', 'floor-blocking'] : []),
  ...libraries.map(({ name }) => name),
];
// For each rate, for each kind of visit, each page's loads.
const runs = [];
try {
  await load(1, '/bench/plain.html'); // warm up the server and the browser
  if (floor) {
    const context = await browser.newContext();
    await checkFloor(context, server.url).finally(() => context.close());
  }
  for (const rate of RATES) {
    const visits = {};
    runs.push({ rate, visits });
    if (VISIT !== 'return') {
      const results = (visits['first visit (nothing cached)'] = Object.fromEntries(NAMES.map((name) => [name, []])));
      for (let i = 0; i < RUNS; i++)
        for (const name of NAMES) results[name].push(await load(rate, `/bench/${name}.html`));
    }
    if (VISIT !== 'first') {
      const results = (visits['return visit (the scripts cached, as on an intranet)'] = Object.fromEntries(
        NAMES.map((name) => [name, []]),
      ));
      const profile = mkdtempSync(join(tmpdir(), 'bench-carousel-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: findChrome(),
        args: CHROME_ARGS,
        viewport: { width: 1280, height: 900 },
      });
      try {
        // The visits before
        for (let i = 0; i < 2; i++) for (const name of NAMES) await load(rate, `/bench/${name}.html`, context);
        for (let i = 0; i < RUNS; i++)
          for (const name of NAMES) results[name].push(await load(rate, `/bench/${name}.html`, context));
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(0)} ms`.padStart(9);
console.log(
  `\n<nhs-case-study-carousel>, ${SLIDES} slides, median of ${RUNS} loads (CLS: worst load), ${new Date().toISOString().slice(0, 16)}Z`,
);
for (const { rate, visits } of runs) {
  for (const [visit, results] of Object.entries(visits)) {
    const ready = (name) => median(results[name].map((r) => r.ready));
    const cls = (name) => Math.max(...results[name].map((r) => r.cls));
    // Loads run in turn (plain, bundle, entry, carousel, …), so each load is
    // compared with the plain load next to it: the median of those
    // differences shrugs off the machine's slow spells better than a
    // difference of medians.
    const differences = (name, key = 'ready') => results[name].map((r, i) => r[key] - results.plain[i][key]);
    const spread = (name) => {
      const [low, high] = quartiles(differences(name));
      return `${low.toFixed(0)} to ${high.toFixed(0)}`.padStart(13);
    };
    const script = (name) => {
      const time = median(results[name].map((r) => r.script));
      return time
        ? `${time.toFixed(0).padStart(4)} ms (${median(results[name].map((r) => r.forced)).toFixed(0)} ms layout)`
        : '';
    };
    const row = (label, name) =>
      console.log(
        `  ${label.padEnd(50)} ${ready(name).toFixed(0).padStart(6)} ms  ${ms(median(differences(name)))}  ${spread(name)}  ${ms(median(differences(name, 'seen')))}   CLS ${cls(name).toFixed(3)}  ${script(name)}`,
      );
    console.log(`\nCPU ${rate}×, ${visit}`);
    console.log(
      `  ${'page'.padEnd(50)} ${'ready'.padStart(9)}  ${'vs plain'.padStart(9)}  ${'middle half'.padStart(13)}  ${'in place'.padStart(9)}             library script`,
    );
    row('plain HTML + CSS', 'plain');
    row('plain + the one-file bundle, no element', 'bundle');
    row('carousel (its own entry, module script in <head>)', 'entry');
    row('carousel (its standalone file, module script)', 'standalone');
    row('carousel (the one-file bundle, module script)', 'carousel');
    row('carousel (one-file bundle, blocking="render")', 'blocking');
    row('carousel (one-file classic script in <head>)', 'classic');
    if (floor) {
      row('the floor: no library, no behaviour (module)', 'floor');
      row('the floor (blocking="render")', 'floor-blocking');
    }
    for (const { name } of libraries) row(`${name}, the same words`, name);
    if (libraries.length) {
      // Ours against each library, load by load (the two loads of a round run one after the other):
      // the median difference, with a 95% interval from resampling the loads. "ahead" or "behind"
      // only when the whole interval is on one side of 0; else this run cannot tell them apart.
      const compare = (key, pages) => {
        for (const [label, ours] of pages)
          for (const { name } of libraries) {
            const gaps = results[ours].map((r, i) => r[key] - results[name][i][key]);
            const [low, high] = interval(gaps);
            const verdict = high < 0 ? 'ahead' : low > 0 ? 'behind' : 'not settled';
            console.log(
              `    ${`${label} vs ${name}`.padEnd(32)} ${ms(median(gaps))}  (${ms(low).trim()} to ${ms(high).trim()})  ${verdict}`,
            );
          }
      };
      const ours = [
        ['standalone file', 'standalone'],
        ['one-file bundle', 'carousel'],
        ['own entry', 'entry'],
      ];
      console.log(`  ours against each library, ready, load by load (median, 95% interval; negative: ours sooner):`);
      // The least this design costs, whoever writes it: if a library is settled ahead of the floor,
      // no code of this design can be ahead of that library.
      compare('ready', [...ours, ...(floor ? [['the floor', 'floor']] : [])]);
      console.log(`  ours against each library, seen in place, load by load:`);
      compare('seen', ours);
    }
  }
}
console.log(
  '\nvs plain: the median of each load minus the plain load next to it; middle half: the 25th to 75th\n' +
    'percentile of those differences (wide: the machine was noisy; run again with more --runs).\n' +
    'in place: the same for the moment the case studies are seen where they stay (the first summary\n' +
    'painted, as the Element Timing API reports it, and no layout shift after).\n' +
    "library script: the median main-thread time of the library's script and the microtasks after it\n" +
    '(where the elements render), and of the style and layout it forces, from Long Animation Frames\n' +
    '(frames over 50 ms only: blank when none was that long).\n' +
    'target (issue 17): a lower median extra time than every library at every rate, and CLS 0.000 in every load\n',
);
