// Private notes in a real browser with the built bundle: a real download,
// real localStorage across a reload and between two tabs, and Windows
// high-contrast (forced colours).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, settled, messages } from './harness.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title>
  <script type="module" src="/dist/nhs-briefing-widgets.js"></script></head><body><main>
  <nhs-prompt-set src="/test/fixtures/content.json" set-id="e2e-notes" heading="Questions for our board" heading-level="2" notes></nhs-prompt-set>
  </main></body></html>`;

const questions = JSON.parse(readFileSync(new URL('../fixtures/content.json', import.meta.url), 'utf8')).prompts.map(
  (p) => p.question,
);
/** Today's date in London, as the notes are dated. */
const today = () =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(new Date());

let env;
before(async () => {
  env = await start({
    routes: {
      '/notes.html': (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(PAGE);
        return true;
      },
    },
  });
});
after(() => env?.stop());

/** The set, once its feed has loaded. */
async function ready(page) {
  await settled(page);
  const set = page.locator('nhs-prompt-set');
  await page.waitForFunction(
    (count) => document.querySelector('nhs-prompt-set').prompts.length === count,
    questions.length,
  );
  return set;
}
const box = (set, n) => set.locator('nhs-briefing-prompt').nth(n).locator('textarea');

test('notes are downloaded as Markdown, under a strict CSP with Trusted Types', async () => {
  const { page, log, close } = await env.open('/notes.html', { acceptDownloads: true });
  const set = await ready(page);
  await box(set, 1).fill('Ask Jobcentre Plus about a work academy.\nBands 2 and 3 first.');
  const before = today();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    set.getByRole('button', { name: 'Download my notes' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'questions-for-our-board.md');
  const text = readFileSync(await download.path(), 'utf8');
  // Dated at the click: the date before it, or (in a run across midnight) after it.
  const dated = text.includes(`\n\n${before}\n\n`) ? before : today();
  const expected =
    `# Questions for our board\n\n${dated}\n\n` +
    questions
      .map(
        (q, i) =>
          `## ${q}\n\n${i === 1 ? 'Ask Jobcentre Plus about a work academy.\nBands 2 and 3 first.' : '_No notes._'}`,
      )
      .join('\n\n') +
    '\n';
  assert.equal(text, expected);
  assert.deepEqual(log.violations, []);
  assert.deepEqual(log.errors, []);
  // The browser's own favicon request 404s; its console text does not name the file (the feed's 404 would stop ready()).
  assert.deepEqual(
    messages(log, 'error').filter((m) => !m.startsWith('Failed to load resource')),
    [],
  );
  await close();
});

test('notes come back after a reload, and two tabs stay in step', async () => {
  const { page, close } = await env.open('/notes.html');
  let set = await ready(page);
  await box(set, 0).fill('Written before the reload');
  await box(set, 0).blur();
  await page.reload();
  set = await ready(page);
  assert.equal(await box(set, 0).inputValue(), 'Written before the reload');
  assert.equal(await set.locator('[part="progress"]').textContent(), `1 of ${questions.length} prompts has notes`);

  const other = await page.context().newPage();
  await other.goto(page.url());
  const otherSet = await ready(other);
  await box(otherSet, 0).fill('Changed in the other tab');
  await box(otherSet, 0).blur();
  await page.waitForFunction(
    () =>
      document.querySelector('nhs-prompt-set').prompts[0].shadowRoot.querySelector('textarea').value ===
      'Changed in the other tab',
  );
  await close();
});

test('in forced colours the notes box, buttons and keyboard focus stay visible', async () => {
  const { page, close } = await env.open('/notes.html', { forcedColors: 'active' });
  const set = await ready(page);
  const styles = await page.evaluate(() => {
    const root = document.querySelector('nhs-prompt-set').shadowRoot;
    const textarea = root.querySelector('nhs-briefing-prompt').shadowRoot.querySelector('textarea');
    const button = root.querySelector('button');
    return {
      textarea: getComputedStyle(textarea).borderTopStyle,
      textareaWidth: getComputedStyle(textarea).borderTopWidth,
      button: getComputedStyle(button).borderTopStyle,
    };
  });
  assert.deepEqual(styles, { textarea: 'solid', textareaWidth: '2px', button: 'solid' });
  // Tab from the last notes box to the first button: its focus outline is real in forced colours.
  await box(set, questions.length - 1).focus();
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const active = document.querySelector('nhs-prompt-set').shadowRoot.activeElement;
    const cs = getComputedStyle(active);
    return [active.textContent.trim(), cs.outlineStyle, cs.outlineWidth, cs.outlineColor];
  });
  assert.equal(focus[0], 'Download my notes');
  assert.notEqual(focus[1], 'none');
  assert.notEqual(focus[2], '0px');
  // Transparent on screen (the yellow focus style shows instead); a real colour in forced colours.
  assert.notEqual(focus[3], 'rgba(0, 0, 0, 0)');
  await close();
});
