// The script-tag bundle as a web team uses it: size, artefacts, one tag, two tags.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { start, settled, messages, TAGS, ROOT, ELEMENTS } from './harness.mjs';

// Issue 16's budget: both script-tag bundles under 22 KiB gzip with every element in it.
const BUDGET = 22 * 1024;
const bundle = readFileSync(`${ROOT}/dist/nhs-briefing-widgets.js`);
const iife = readFileSync(`${ROOT}/dist/nhs-briefing-widgets.iife.js`, 'utf8');
const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));

const page = (head, body = ELEMENTS) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;

let env;
before(async () => {
  env = await start({
    pages: {
      '/module.html': page('<script type="module" src="/dist/nhs-briefing-widgets.js"></script>'),
      '/classic.html': page('<script src="/dist/nhs-briefing-widgets.iife.js"></script>'),
      '/twice.html': page(
        '<script src="/dist/nhs-briefing-widgets.iife.js"></script><script src="/dist/nhs-briefing-widgets.iife.js?again"></script><script type="module" src="/dist/nhs-briefing-widgets.js"></script>',
      ),
      // The classic script in <head> without defer runs before the body is parsed.
      '/parsing.html': page(
        '<script src="/dist/nhs-briefing-widgets.iife.js"></script>',
        `<nhs-case-study-carousel label="Case studies">
          <nhs-case-study heading="One"><p>First.</p></nhs-case-study>
          <nhs-case-study heading="Two"><p>Second.</p></nhs-case-study>
          <nhs-case-study heading="Three"><p>Third.</p></nhs-case-study>
          <nhs-case-study heading="Four"><p>Fourth.</p></nhs-case-study>
        </nhs-case-study-carousel>
        <script>
          const carousel = document.querySelector('nhs-case-study-carousel');
          window.whileParsing = { defined: !!customElements.get(carousel.localName), rendered: !!carousel.shadowRoot };
        </script>`,
      ),
      '/two-versions.html': page(
        '<script src="/dist/nhs-briefing-widgets.iife.js"></script><script src="/other-version.js"></script>',
      ),
    },
    routes: {
      '/other-version.js': (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        const other = iife.replace(new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g'), '"9.9.9"');
        assert.notEqual(other, iife, 'the bundle names its version');
        res.end(other);
        return true;
      },
    },
  });
});
after(() => env?.stop());

test(`the script-tag bundles stay under ${BUDGET / 1024} KB gzip`, (t) => {
  for (const [file, code] of [
    ['nhs-briefing-widgets.js', bundle],
    ['nhs-briefing-widgets.iife.js', iife],
  ]) {
    const gzip = gzipSync(code, { level: 9 }).length;
    t.diagnostic(`dist/${file}: ${gzip} bytes gzip, ${BUDGET - gzip} under the budget`);
    assert.ok(
      gzip < BUDGET,
      `dist/${file} is ${gzip} bytes gzip, ${gzip - BUDGET} over the ${BUDGET / 1024} KB budget`,
    );
  }
});

// The hint must be the file's first line, where V8 looks for it (see compileHint in vite.config.ts).
test('each script-tag bundle opens with the compile hint that puts all of it in the code cache', () => {
  for (const code of [bundle.toString(), iife])
    assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), code.slice(0, 80));
});

test('the bundle inlines Lit and needs nothing else', () => {
  assert.doesNotMatch(bundle.toString(), /\bfrom\s*["'](lit|@lit)/, 'no bare imports left');
  assert.doesNotMatch(bundle.toString(), /\bimport\s*\(/, 'no dynamic imports');
});

test('the build writes the manifest, the schema and typed per-element modules', () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}/dist/custom-elements.json`, 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  assert.deepEqual([...new Set(tags)].sort(), [...TAGS].sort());
  const schema = JSON.parse(readFileSync(`${ROOT}/dist/content.schema.json`, 'utf8'));
  assert.ok(schema.properties.initiatives && schema.properties.caseStudies && schema.properties.prompts);
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(`${ROOT}/${file}`), `package export ${entry} → ${file} exists`);
    }
  }
  for (const tag of TAGS) {
    const declared =
      pkg.exports &&
      Object.values(pkg.exports)
        .filter((t) => typeof t === 'object')
        .some((t) => readFileSync(`${ROOT}/${t.types}`, 'utf8').includes(`'${tag}':`));
    assert.ok(declared, `${tag} is in HTMLElementTagNameMap in the published types`);
  }
});

for (const [name, path] of [
  ['a module script tag', '/module.html'],
  ['a classic script tag', '/classic.html'],
]) {
  test(`${name} registers every element, with no errors`, async () => {
    const { page, log, close } = await env.open(path);
    await settled(page);
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    assert.deepEqual(defined, TAGS);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(messages(log, 'error'), []);
    await close();
  });
}

test('the classic script exposes the API on window.NhsBriefingWidgets', async () => {
  const { page, close } = await env.open('/classic.html');
  const api = await page.evaluate(() => ({
    version: window.NhsBriefingWidgets?.VERSION,
    setStrings: typeof window.NhsBriefingWidgets?.setStrings,
  }));
  assert.deepEqual(api, { version, setStrings: 'function' });
  await close();
});

test('a classic script in <head> without defer waits for the page to be parsed, then renders each element once, whole', async () => {
  const { page, log, close } = await env.open('/parsing.html');
  await settled(page);
  // Half-parsed, the carousel is still the page's own list (a carousel upgraded
  // then would render again with each child, and the page would shift each time).
  assert.deepEqual(await page.evaluate(() => window.whileParsing), { defined: false, rendered: false });
  const carousel = page.locator('nhs-case-study-carousel');
  assert.equal(await carousel.getByRole('tab').count(), 4);
  assert.deepEqual(await carousel.getByRole('group').evaluateAll((groups) => groups.map((g) => g.ariaLabel)), [
    '1 of 4',
    '2 of 4',
    '3 of 4',
    '4 of 4',
  ]);
  assert.deepEqual(log.errors, []);
  await close();
});

test('loading the script three times does not throw or warn', async () => {
  const { page, log, close } = await env.open('/twice.html');
  await settled(page);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(messages(log, 'error'), []);
  assert.deepEqual(messages(log, 'warning'), []);
  await close();
});

test('two versions on one page: no error, one warning naming both', async () => {
  const { page, log, close } = await env.open('/two-versions.html');
  await settled(page);
  assert.deepEqual(log.errors, []);
  const warnings = messages(log, 'warning');
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], new RegExp(`two versions.*${version.replaceAll('.', '\\.')}.*9\\.9\\.9`));
  await close();
});
