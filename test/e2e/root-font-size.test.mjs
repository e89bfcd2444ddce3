// Intranet themes often set html { font-size: 62.5% } (a 10 px root). The
// elements' text follows the reader's own browser text size instead, unless
// the page ties it to its own scale on purpose with --nhs-widgets-font-size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, loaded, TAGS, ELEMENTS } from './harness.mjs';

const page = (style) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Root size</title>
   <link rel="stylesheet" href="/${style}.css">
   <script type="module" src="/dist/nhs-briefing-widgets.js"></script></head><body><main>${ELEMENTS}</main></body></html>`;

const STYLES = {
  blank: '',
  ten: 'html { font-size: 62.5%; } body { font-size: 1.6rem; }',
  tied: 'html { font-size: 62.5%; } body { font-size: 1.6rem; } main { --nhs-widgets-font-size: 2rem; }',
};

let env;
before(async () => {
  env = await start({
    pages: Object.fromEntries(Object.keys(STYLES).map((name) => [`/${name}.html`, page(name)])),
    routes: Object.fromEntries(
      Object.entries(STYLES).map(([name, css]) => [
        `/${name}.css`,
        (req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/css' }).end(css);
          return true;
        },
      ]),
    ),
  });
});
after(() => env?.stop());

/** The font size of every heading and paragraph inside every element, in document order. */
async function sizes(name) {
  const { page, close } = await env.open(`/${name}.html`);
  await loaded(page);
  const result = await page.evaluate((tags) => {
    const out = { headings: [], text: [] };
    for (const el of document.querySelectorAll(tags.join(','))) {
      for (const node of el.shadowRoot.querySelectorAll('h2, h3, h4, h5, h6')) {
        out.headings.push(`${el.localName} ${node.localName} ${getComputedStyle(node).fontSize}`);
      }
      for (const node of el.shadowRoot.querySelectorAll('p')) {
        out.text.push(`${el.localName} p ${getComputedStyle(node).fontSize}`);
      }
    }
    return out;
  }, TAGS);
  await close();
  return result;
}

test('with a 10 px root, headings and body text are the sizes they are on a blank page', async () => {
  const blank = await sizes('blank');
  const ten = await sizes('ten');
  assert.ok(blank.headings.length >= 6, `expected headings in every element, got ${blank.headings.length}`);
  assert.ok(blank.text.length >= 6, `expected paragraphs in the elements, got ${blank.text.length}`);
  assert.deepEqual(ten.headings, blank.headings);
  assert.deepEqual(ten.text, blank.text);
  // The blank page's body text is the browser's default, 16 px.
  assert.ok(
    blank.text.some((row) => row.endsWith(' 16px')),
    blank.text.join('\n'),
  );
});

test('--nhs-widgets-font-size ties the elements to the page scale on purpose', async () => {
  const tied = await sizes('tied');
  // 2rem of a 10 px root: body text at 20 px.
  assert.ok(tied.text.length >= 6);
  const paragraphs = tied.text.filter(
    (row) => row.startsWith('nhs-initiative-card p') || row.startsWith('nhs-case-study p'),
  );
  assert.ok(paragraphs.length >= 1, tied.text.join('\n'));
  for (const row of paragraphs) assert.match(row, / 20px$/);
});
