// The elements inside other people's pages: a strict CSP with Trusted Types,
// a hostile CMS stylesheet, and the demo intranet page itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, settled, loaded, messages, TAGS, ENTRY_TAGS, ELEMENTS } from './harness.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const HOSTILE_CSS = `
  * { letter-spacing: 3px; text-transform: uppercase; }
  body { font: italic 30px/3 "Comic Sans MS", cursive; color: #f0f; text-align: center; }
  h1, h2, h3, h4, p, a, button, ul, li, blockquote { color: red; background: lime; font-size: 50px; margin: 40px; padding: 40px; border: 5px dashed red; }
  button { display: none; }
  [hidden] { display: block !important; }
  .card, .tag, .heading, .button, .slides { display: none; }
`;

const page = (head) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}
   <script type="module" src="/dist/nhs-briefing-widgets.js"></script></head><body><main>${ELEMENTS}</main></body></html>`;

let env;
before(async () => {
  env = await start({
    pages: {
      '/plain.html': page(''),
      '/blank.html':
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>',
      '/hostile.html': page('<link rel="stylesheet" href="/hostile.css">'),
    },
    routes: {
      '/hostile.css': (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/css' }).end(HOSTILE_CSS);
        return true;
      },
      '/strict.html': (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(page(''));
        return true;
      },
    },
  });
});
after(() => env?.stop());

/** Visible text and computed styles of everything inside every element's shadow root. */
async function snapshot(page) {
  await loaded(page);
  return page.evaluate((tags) => {
    const out = {};
    for (const el of document.querySelectorAll(tags.join(','))) {
      const styles = [];
      for (const node of el.shadowRoot.querySelectorAll('h2,h3,h4,p,a,button,li,blockquote,input,label')) {
        const cs = getComputedStyle(node);
        styles.push(
          [
            node.localName,
            cs.color,
            cs.fontFamily,
            cs.fontSize,
            cs.letterSpacing,
            cs.textTransform,
            cs.display,
            cs.margin,
          ].join('|'),
        );
      }
      out[el.localName] = { text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().length, styles };
    }
    return out;
  }, TAGS);
}

test('a strict Content-Security-Policy with Trusted Types: no violation, no error, every element renders', async () => {
  const { page, log, close } = await env.open('/strict.html');
  const shot = await snapshot(page);
  assert.deepEqual(log.violations, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(messages(log, 'error'), []);
  for (const tag of TAGS) assert.ok(shot[tag]?.text > 0, `${tag} shows its content`);
  await close();
});

test('a hostile page stylesheet does not reach inside the elements', async () => {
  const plain = await env.open('/plain.html');
  const hostile = await env.open('/hostile.html');
  const [a, b] = [await snapshot(plain.page), await snapshot(hostile.page)];
  for (const tag of TAGS) {
    assert.ok(a[tag].styles.length > 0, `${tag} has content to compare`);
    assert.deepEqual(b[tag].styles, a[tag].styles, `${tag} looks the same on both pages`);
  }
  await plain.close();
  await hostile.close();
});

test("the elements' styles do not leak out into the page", async () => {
  const { page, close } = await env.open('/plain.html');
  await settled(page);
  const before = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<h3 class="heading card">x</h3><p class="tag">y</p><button class="button">z</button>';
    document.body.append(probe);
    return [...probe.children].map((n) => {
      const cs = getComputedStyle(n);
      return [cs.color, cs.backgroundColor, cs.fontFamily, cs.padding, cs.border].join('|');
    });
  });
  const bare = await env.open('/blank.html'); // the same page without the bundle
  const expected = await bare.page.evaluate(() => {
    document.body.innerHTML =
      '<div><h3 class="heading card">x</h3><p class="tag">y</p><button class="button">z</button></div>';
    return [...document.body.firstChild.children].map((n) => {
      const cs = getComputedStyle(n);
      return [cs.color, cs.backgroundColor, cs.fontFamily, cs.padding, cs.border].join('|');
    });
  });
  assert.deepEqual(before, expected);
  await close();
  await bare.close();
});

test('the demo intranet page loads under its own CSP with every element and a clean feed report', async () => {
  const { page, log, close } = await env.open('/demo/index.html');
  await settled(page);
  await page.waitForFunction(() => !/Checking/.test(document.getElementById('feed-report').textContent));
  const report = await page.locator('#feed-report').innerText();
  assert.match(report, /No problems found/);
  assert.match(report, /the introduction: Inclusive recruitment/);
  // Elements made from a feed live inside their parent's shadow root, once the feed has come (the report above
  // fetched its own copy, so it says nothing about the elements' request): wait for them, then say which are missing.
  const shown = (tags) => {
    const found = new Set();
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (tags.includes(el.localName)) found.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return [...found];
  };
  const inPage = `(${shown})(${JSON.stringify(TAGS)})`;
  await page.waitForFunction(`${inPage}.length == ${TAGS.length}`, undefined, { timeout: 10_000 }).catch(() => {});
  const present = await page.evaluate(inPage);
  assert.deepEqual(present.sort(), [...TAGS].sort(), 'the demo shows every element');
  assert.deepEqual(log.violations, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(messages(log, 'error'), []);
  await close();
});

test('the embed-code builder offers every element and writes code that matches its preview', async () => {
  const { page, log, close } = await env.open('/demo/embed.html');
  await page.waitForFunction(() => document.getElementById('code').textContent.includes('<nhs-'));
  const options = await page.locator('#element option').allTextContents();
  assert.deepEqual(options.map((o) => o.slice(1, -1)).sort(), [...ENTRY_TAGS].sort());
  // Each snippet names the element's standalone file, the whole briefing's too (it is not in the one-file bundle).
  await page.getByLabel('Element').selectOption('nhs-briefing');
  assert.match(
    await page.locator('#code').textContent(),
    /<script type="module" src="\/assets\/standalone\/briefing.js"><\/script>\n<nhs-briefing/,
  );
  await page.getByLabel('Element').selectOption('nhs-initiative-list');
  await page.locator('#attr-heading').fill('Local schemes "for" <you>');
  let code = await page.locator('#code').textContent();
  assert.match(code, /<script type="module" src="\/assets\/standalone\/initiative-list.js"><\/script>/);
  assert.match(await page.locator('#embed-note').textContent(), /more than one kind of element/);
  // An address that names the bundle stands for its folder.
  await page
    .getByLabel('Where your web team hosts the contents of dist/')
    .fill('https://cdn.example.nhs.uk/widgets/nhs-briefing-widgets.js');
  code = await page.locator('#code').textContent();
  assert.match(code, /src="https:\/\/cdn.example.nhs.uk\/widgets\/standalone\/initiative-list.js"/);
  assert.match(code, /<nhs-initiative-list[^>]* heading="Local schemes &quot;for&quot; &lt;you>"/);
  const heading = await page.evaluate(() =>
    document.querySelector('#preview nhs-initiative-list').getAttribute('heading'),
  );
  assert.equal(heading, 'Local schemes "for" <you>');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.violations, []);
  await close();
});
