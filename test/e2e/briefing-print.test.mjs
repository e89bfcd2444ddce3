// <nhs-briefing> in a real page with the built bundle, under a strict CSP:
// a link from another page opens it at a section, the feed is downloaded
// once, and printing gives the whole document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, settled, messages } from './harness.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const FEED = '/test/fixtures/content.json';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefing</title>
  <script type="module" src="/dist/cdn/briefing.js"></script></head><body><main>
  <h1>Inclusive recruitment</h1>
  <nhs-briefing src="${FEED}" set-id="e2e-briefing" notes><p>The briefing, from the publisher.</p></nhs-briefing>
  </main></body></html>`;
const ELSEWHERE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title></head>
  <body><main><p><a href="/briefing.html#case-studies">Case studies from the briefing</a></p></main></body></html>`;

const pack = JSON.parse(readFileSync(new URL(`../..${FEED}`, import.meta.url), 'utf8'));

let env;
before(async () => {
  env = await start({
    headers: { 'Content-Security-Policy': CSP },
    pages: { '/briefing.html': PAGE, '/elsewhere.html': ELSEWHERE },
  });
});
after(() => env?.stop());

/** The page once the briefing and everything in it have rendered. */
async function ready(page) {
  await settled(page, ['nhs-briefing']);
  await page.waitForFunction(() => {
    const b = document.querySelector('nhs-briefing');
    return b.shadowRoot.querySelector('nhs-case-study-carousel')?.shadowRoot?.querySelector('[role="group"]');
  });
  await page.evaluate(async () => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : []));
    for (let i = 0; i < 2; i++) await Promise.all(all(document).map((e) => e.updateComplete));
  });
}

/** The focused element, through shadow roots: its tag, id and text. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el.localName, id: el.id, text: el.textContent.trim() };
  });

test('a link from another page opens the briefing at its section, with one download of the feed', async () => {
  const { page, log, close } = await env.open('/elsewhere.html');
  const feeds = [];
  page.on('request', (request) => request.url().includes('content.json') && feeds.push(request.url()));
  await page.getByRole('link', { name: 'Case studies from the briefing' }).click();
  await page.waitForURL('**/briefing.html#case-studies');
  await ready(page);
  await page.waitForFunction(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el.id === 'case-studies-heading';
  });
  assert.deepEqual(await focused(page), { tag: 'h3', id: 'case-studies-heading', text: 'Case studies' });
  // In view, at the top of the window, as the browser would show its own target.
  const top = await page.evaluate(
    () => document.querySelector('nhs-briefing').shadowRoot.activeElement.getBoundingClientRect().top,
  );
  assert.ok(top > -1 && top < 100, `the section's heading is at the top of the window (${top})`);
  assert.equal(feeds.length, 1, feeds.join('\n'));
  // Tab goes on into the section: the carousel's first control.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).tag, 'button');
  assert.deepEqual(log.violations, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(messages(log, 'error'), []);
  await close();
});

test('the contents list takes a keyboard user to a section, and Back returns the address', async () => {
  const { page, close } = await env.open('/briefing.html');
  await ready(page);
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Questions for leaders' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/briefing.html#prompts');
  assert.deepEqual(await focused(page), { tag: 'h3', id: 'prompts-heading', text: 'Questions for leaders' });
  await page.goBack();
  await page.waitForURL((url) => url.hash === '');
  await close();
});

test('printing gives the whole briefing: every prompt with its note, every case study, no controls, link addresses', async () => {
  const { page, close } = await env.open('/briefing.html');
  await ready(page);
  const note = 'Ask Jobcentre Plus about a sector-based work academy.';
  await page
    .getByRole('textbox', {
      name: new RegExp(pack.prompts[2].question.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    })
    .fill(note);
  await page.keyboard.press('Tab'); // leaving the box saves it
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const deep = (root, selector) => [
      ...root.querySelectorAll(selector),
      ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? deep(e.shadowRoot, selector) : [])),
    ];
    const briefing = document.querySelector('nhs-briefing').shadowRoot;
    const carousel = briefing.querySelector('nhs-case-study-carousel');
    const width = carousel.getBoundingClientRect();
    const slides = [...carousel.shadowRoot.querySelectorAll('[role="group"]')].map((s) => {
      const box = s.getBoundingClientRect();
      return {
        visible: s.checkVisibility(),
        inside: box.left >= width.left && box.right <= width.right + 0.5,
        top: box.top,
      };
    });
    return {
      title: briefing.querySelector('[part="heading"]').checkVisibility(),
      slides,
      studies: deep(carousel.shadowRoot, 'h4')
        .filter((h) => h.checkVisibility())
        .map((h) => h.textContent.trim()),
      prompts: deep(briefing, 'nhs-briefing-prompt').filter((p) => p.checkVisibility()).length,
      notes: deep(briefing, '[part="print-note"]')
        .filter((p) => p.checkVisibility())
        .map((p) => p.textContent.trim()),
      controls: deep(briefing, 'button, input, select, textarea').filter((c) => c.checkVisibility()).length,
      link: getComputedStyle(briefing.querySelector('[part="link"]'), '::after').content,
    };
  });
  assert.equal(printed.title, true);
  assert.equal(printed.slides.length, pack.caseStudies.length);
  assert.ok(
    printed.slides.every((s) => s.visible && s.inside),
    JSON.stringify(printed.slides),
  );
  assert.ok(
    printed.slides.every((s, i) => i === 0 || s.top > printed.slides[i - 1].top),
    'one under another',
  );
  assert.deepEqual(
    printed.studies,
    pack.caseStudies.map((c) => c.heading),
  );
  assert.equal(printed.prompts, pack.prompts.length);
  assert.deepEqual(printed.notes.filter(Boolean), [note]);
  assert.equal(printed.controls, 0);
  assert.equal(printed.link, `" (${pack.about.href})"`);
  const pdf = await page.pdf();
  assert.ok(pdf.length > 10_000, 'the browser prints it');
  await close();
});
