// The content editor (dist/editor/) in a real browser: a case study written
// and downloaded, then shown by a carousel page reading the saved file; an
// invalid date next to its field, blocking the save; work kept across a
// reload; and screenshots at 1280 and 375 px (in .tmp/, to look at).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { start, settled, messages } from './harness.mjs';

const EDITOR = '/dist/editor/index.html';
const fixture = JSON.parse(readFileSync(new URL('../fixtures/content.json', import.meta.url), 'utf8'));

/** The feed the carousel page reads: whatever the editor last downloaded. */
let savedFeed = '{}';
const CAROUSEL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case studies</title>
  <script type="module" src="/dist/nhs-briefing-widgets.js"></script></head><body><main>
  <nhs-case-study-carousel label="Case studies" src="/saved/content.json"></nhs-case-study-carousel>
  </main></body></html>`;

let env;
before(async () => {
  env = await start({
    pages: { '/carousel.html': CAROUSEL },
    routes: {
      '/saved/content.json': (req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(savedFeed);
        return true;
      },
    },
  });
});
after(() => env?.stop());

/** The editor, drawn and ready. */
async function openEditor(options = {}) {
  const opened = await env.open(EDITOR, options);
  await opened.page.getByRole('button', { name: 'Download feed' }).waitFor();
  return opened;
}

const form = (page) => page.getByRole('region', { name: /^(Prompt|Initiative|Case study) \d+ of \d+/ });

/** Opens a content pack as if chosen from the computer. */
async function openFile(page, pack, name = 'content.json') {
  await page
    .getByLabel('Choose a content pack file (.json)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack, null, 2)) });
  await page
    .getByRole('status')
    .filter({ hasText: `Opened ${name}` })
    .waitFor();
}

const clean = (log) => {
  assert.deepEqual(log.errors, [], 'no page errors');
  assert.deepEqual(log.violations, [], 'no CSP or Trusted Types violations');
  assert.deepEqual(messages(log, 'error'), [], 'no console errors');
};

test('a case study written in the editor and downloaded is shown by a carousel page given the file', async () => {
  const { page, log, close } = await openEditor({ acceptDownloads: true });
  await page.getByRole('button', { name: 'Add a case study' }).click();
  const item = form(page);
  await item.getByLabel('Heading', { exact: true }).fill('Into work in Leeds');
  await item.getByLabel('Organisation').fill('Leeds Teaching Hospitals NHS Trust with Leeds City College');
  await item.getByLabel('Place').fill('Leeds');
  await item.getByLabel('Summary').fill('A twelve-week programme with a guaranteed interview at the end.');
  await item.getByRole('button', { name: 'Add another outcome' }).click();
  await item.getByRole('group', { name: 'Outcome 1' }).getByLabel('Figure').fill('75');
  await item.getByRole('group', { name: 'Outcome 1' }).getByLabel('What it counts').fill('young people employed');
  await item.getByLabel('Link').fill('https://example.org/leeds');
  assert.equal(await item.getByLabel('Short name (id)').inputValue(), 'into-work-in-leeds');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download feed' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'content.json');
  savedFeed = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(savedFeed).caseStudies, [
    {
      id: 'into-work-in-leeds',
      heading: 'Into work in Leeds',
      organisation: 'Leeds Teaching Hospitals NHS Trust with Leeds City College',
      place: 'Leeds',
      summary: 'A twelve-week programme with a guaranteed interview at the end.',
      outcomes: [{ value: '75', label: 'young people employed' }],
      href: 'https://example.org/leeds',
    },
  ]);
  await page.getByRole('status').filter({ hasText: 'Downloaded content.json.' }).waitFor();
  clean(log);
  await close();

  const carousel = await env.open('/carousel.html');
  await settled(carousel.page);
  const slide = carousel.page.locator('nhs-case-study-carousel nhs-case-study');
  await slide.getByRole('heading', { name: 'Into work in Leeds' }).waitFor();
  await slide
    .getByRole('listitem')
    .filter({ hasText: /^75\s+young people employed$/ })
    .waitFor();
  assert.deepEqual(messages(carousel.log, 'warning'), []);
  await carousel.close();
});

test('an invalid date is shown next to its field and blocks a publishable save', async () => {
  const { page, log, close } = await openEditor({ acceptDownloads: true });
  const pack = structuredClone(fixture);
  pack.initiatives[0].closes = '31/03/27';
  await openFile(page, pack);
  const items = page.getByRole('navigation', { name: 'Items in this pack' });
  await items.getByRole('button', { name: /^Extra payment for hiring a young apprentice 1 problem$/ }).click();
  const closes = form(page).getByLabel(/^Closes/);
  assert.equal(await closes.getAttribute('type'), 'date');
  assert.equal(await closes.getAttribute('aria-invalid'), 'true');
  const error = page.locator(`#${await closes.getAttribute('id')}-error`);
  assert.match(await error.innerText(), /^Error:\s+Write the date as year-month-day.*“31\/03\/27”/);
  assert.ok((await closes.getAttribute('aria-describedby')).split(' ').includes(await error.getAttribute('id')));

  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Download feed' }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  const links = summary.getByRole('link');
  assert.equal(await links.count(), 1);
  assert.match(await links.first().innerText(), /^Initiative 1 of 10 \(Extra payment for hiring a young apprentice\)/);

  // Fixed with the date control, but now closing before it opens: still refused, still next to the field.
  await links.first().click();
  assert.equal(await closes.evaluate((el) => el === document.activeElement), true);
  await form(page)
    .getByLabel(/^Opens/)
    .fill('2027-04-01');
  await closes.fill('2027-03-31');
  assert.match(await error.innerText(), /it closes on 31 March 2027, before it opens on 1 April 2027/);
  await page.getByRole('button', { name: 'Download feed' }).click();
  await summary.getByRole('link', { name: /before it opens on 1 April 2027/ }).waitFor();
  assert.equal(downloaded, false);

  // The right dates: the feed downloads.
  await closes.fill('2027-04-30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download feed' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual([saved.initiatives[0].opens, saved.initiatives[0].closes], ['2027-04-01', '2027-04-30']);
  clean(log);
  await close();
});

test('a reload keeps the unsaved work, after the browser asks before leaving', async () => {
  const { page, log, close } = await openEditor();
  await openFile(page, fixture, 'inclusive.json');
  const question = form(page).getByLabel('Question');
  await question.fill('Who in our area is missing out on NHS jobs?');
  await page.getByText('inclusive.json: changes not saved yet (kept on this device).').waitFor();
  // Browsers ask before leaving only after the reader has used the page.
  await page.getByRole('button', { name: 'Move down' }).click();
  const asked = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  assert.deepEqual(asked, ['beforeunload']);
  await page
    .getByRole('status')
    .filter({ hasText: /^Your work from .* was kept on this device and is back\.$/ })
    .waitFor();
  const items = page.getByRole('navigation', { name: 'Items in this pack' });
  await items.getByRole('button', { name: 'Who in our area is missing out on NHS jobs?' }).click();
  assert.equal(await form(page).getByLabel('Question').inputValue(), 'Who in our area is missing out on NHS jobs?');
  assert.match(await form(page).getByRole('heading', { level: 2 }).innerText(), /^Prompt 2 of 8/);
  clean(log);
  await close();
});

test("the demo page links to the editor, which opens the demo's own feed", async () => {
  const { page, log, close } = await env.open('/demo/index.html');
  await page.getByRole('link', { name: "Edit this page's content" }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Opened content\.json: \d+ items\.$/ })
    .waitFor();
  assert.equal(new URL(page.url()).pathname, EDITOR);
  clean(log);
  await close();
});

test('screenshots at 1280 and 375 px, with nothing wider than the page down to 320 px', async () => {
  mkdirSync('.tmp', { recursive: true });
  for (const width of [1280, 375, 320]) {
    const { page, log, close } = await openEditor({ viewport: { width, height: 900 } });
    await openFile(page, fixture);
    await page
      .getByRole('navigation', { name: 'Items in this pack' })
      .getByRole('button', { name: /^Five years of helping young people/ })
      .click();
    await page.getByRole('region', { name: 'Preview' }).locator('nhs-case-study').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${width} px: the page scrolls sideways by ${overflow} px`);
    if (width !== 320) await page.screenshot({ path: `.tmp/editor-${width}.png`, fullPage: true });
    clean(log);
    await close();
  }
});
