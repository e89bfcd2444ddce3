#!/usr/bin/env node
// npm run bench:carousel-render — the carousel's own first render, timed inside
// the page. On a shared machine, whole page loads (npm run bench:carousel) swing
// by tens of milliseconds from one run to the next; here, two copies of one
// build timed in the same run come out within about 5 % of each other, so it
// can tell two builds apart.
// Each load opens a new page that has the script-tag bundle but no element.
// Once it has been painted, the page inserts the 12 case studies' markup
// hidden, and times their upgrade and first render (script); then shows them,
// and times the style and layout that takes. The same words as a plain HTML
// list are timed the same way. Every load is a new page, so the library's code
// runs for the first time, as on a reader's page load; the browser profile is
// kept on disk, so the bundle comes from the HTTP cache, as on a return visit
// (Chromium compiles a module script again each time, off the main thread;
// see bench-carousel.mjs). The CPU is not throttled unless --rate says so:
// throttling multiplies the machine's noise with the work.
// BENCH_BUNDLE=a.js,b.js times several builds in one run, their loads in turn.
// --slides 1,3,12 times carousels of those many slides (the plain list always
// has all 12), to tell what each slide costs from what the first one does.
// --floor adds the floor (scripts/bench/bench-carousel-floor.mjs): our shadow roots,
// style sheets and markup with no library and no behaviour; the benchmark first
// checks that it still renders what our carousel renders, and stops if not.
// A benchmark, not a test: it prints numbers and exits 0.
//   node scripts/bench/bench-carousel-render.mjs [--runs 15] [--rate 1] [--slides 12] [--floor]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../chrome.mjs';
import { createStaticServer } from '../static-server.mjs';
import { SLIDES, STYLE, carouselMarkup, plainMarkup } from './bench-carousel-content.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 15));
const RATE = Number(arg('rate', 1));
const BUNDLES = (process.env.BENCH_BUNDLE ?? 'dist/nhs-briefing-widgets.js').split(',');
const COUNTS = String(arg('slides', SLIDES)).split(',').map(Number);
if (!COUNTS.every((n) => Number.isInteger(n) && n >= 1 && n <= SLIDES)) {
  throw new Error(`--slides: whole numbers from 1 to ${SLIDES}`);
}

if (!existsSync('dist/nhs-briefing-widgets.js'))
  execFileSync('node', ['scripts/build/build.mjs'], { stdio: 'inherit' });
for (const bundle of BUNDLES) if (!existsSync(bundle)) throw new Error(`BENCH_BUNDLE: there is no ${bundle}`);
const floor = process.argv.includes('--floor') ? await import('./bench-carousel-floor.mjs') : undefined;
const FLOOR = floor?.FLOOR.slice(1);
// What each carousel row loads: the builds, then the floor.
const FILES = [...BUNDLES, ...(floor ? [FLOOR] : [])];

const page = (bundle, markup) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/${bundle}"></script>
${STYLE}
</head>
<body>
<h1>Case studies</h1>
<div id="box" style="display: none"></div>
<template id="markup">${markup}</template>
<p>Content after the case studies.</p>
<script type="module">
  // Module scripts run in turn: the bundle has defined the elements.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const box = document.getElementById('box');
  const start = performance.now();
  box.append(document.getElementById('markup').content.cloneNode(true));
  const top = box.firstElementChild;
  await Promise.all([top, ...top.children].map((el) => el.updateComplete));
  const rendered = performance.now();
  box.style.display = '';
  document.body.offsetHeight; // style and layout, now
  window.times = { script: rendered - start, layout: performance.now() - rendered };
  console.log('bench:done');
</script>
</body></html>`;

const server = await createStaticServer({
  root: process.cwd(),
  headers: { 'Cache-Control': 'max-age=3600' },
  routes: {
    '/bench/first-render.html': (req, res, url) => {
      const bundle = FILES[Number(url.searchParams.get('bundle'))];
      const slides = Number(url.searchParams.get('slides'));
      const markup = url.searchParams.get('markup') === 'plain' ? plainMarkup : carouselMarkup(slides);
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(page(bundle, markup));
      return true;
    },
    ...floor?.floorRoutes,
  },
});
const profile = mkdtempSync(join(tmpdir(), 'bench-carousel-render-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChrome(),
  args: CHROME_ARGS,
  viewport: { width: 1280, height: 900 },
});

/** One load, in a new page: the times the page took. */
async function load(bundle, markup, slides = SLIDES) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const done = tab.waitForEvent('console', { predicate: (m) => m.text() === 'bench:done', timeout: 30_000 });
  await tab.goto(`${server.url}/bench/first-render.html?bundle=${bundle}&markup=${markup}&slides=${slides}`, {
    waitUntil: 'commit',
  });
  await done;
  const times = await tab.evaluate(() => window.times);
  await tab.close();
  return times;
}

const rows = [
  { label: `plain HTML list of ${SLIDES}`, bundle: 0, markup: 'plain' },
  ...COUNTS.flatMap((slides) =>
    FILES.map((file, bundle) => ({
      label: `carousel of ${slides}, ${file === FLOOR ? 'the floor (no library, no behaviour)' : file}`,
      bundle,
      markup: 'carousel',
      slides,
    })),
  ),
];
const results = rows.map(() => []);
try {
  await floor?.checkFloor(context, server.url);
  // Two loads of each first, so that the bundles and their code caches are warm.
  for (let i = -2; i < RUNS; i++) {
    for (const [r, { bundle, markup, slides }] of rows.entries()) {
      const times = await load(bundle, markup, slides);
      if (i >= 0) results[r].push(times);
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.round((values.length - 1) * q)];
const cell = (values) =>
  `${quantile(values, 0.5).toFixed(1).padStart(6)} ms (${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)})`.padEnd(
    24,
  );
console.log(`\nFirst render of case studies, CPU throttled ${RATE}×, median (middle half) of ${RUNS} loads`);
console.log(`  ${'markup'.padEnd(52)} ${'script'.padEnd(24)} style and layout`);
rows.forEach(({ label }, r) => {
  const times = results[r];
  console.log(`  ${label.padEnd(52)} ${cell(times.map((t) => t.script))} ${cell(times.map((t) => t.layout))}`);
});
console.log(
  '\nscript: from inserting the markup until every element in it has rendered (hidden, so no layout);\n' +
    'style and layout: from showing it until it is laid out.\n',
);
