// The frame page (dist/frame.html) as SharePoint's Embed web part or a locked-down CMS uses it:
// rendered from its address, refusing what a crafted link asks for, fitting a fixed height, and
// telling a parent page on another origin how tall it is. Two servers on 127.0.0.1 make two origins:
// the trust's (the frame, its feed) and another (a host page, a foreign feed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, messages, ROOT } from './harness.mjs';
import { createStaticServer } from '../../scripts/static-server.mjs';

const FIXTURE = '/test/fixtures/content.json';
const fixture = JSON.parse(readFileSync(`${ROOT}${FIXTURE}`, 'utf8'));
const framePage = readFileSync(`${ROOT}/dist/frame.html`, 'utf8');
const REFUSED = 'Sorry, this content cannot be shown here. Please let the person who looks after this page know.';
const FOREIGN_HEADING = 'A case study from someone else’s site';

let env; // the trust's origin: the frame page and its feeds
let other; // another origin: a foreign feed, and host pages that frame the trust's page
const foreignRequests = [];

/** The resizer snippet as the README gives it, for a frame page on `origin`. */
function readmeResizer(origin) {
  const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
  const snippet = readme.match(/<!-- frame-resizer -->\s*```html\n([\s\S]*?)```/)?.[1];
  assert.ok(snippet, 'the README has the resizer snippet');
  assert.ok(snippet.includes('https://www.example-trust.nhs.uk'), 'the snippet names the frame page’s origin');
  return snippet.replaceAll('https://www.example-trust.nhs.uk', origin);
}

const hostPage = (frameSrc, { height = 150, width = '100%', extra = '' } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
   <h1>Our intranet</h1>
   <iframe id="briefing-frame" src="${frameSrc}" title="Case studies" style="border: 0; width: ${width}" height="${height}"></iframe>
   ${extra}</body></html>`;

before(async () => {
  env = await start({
    routes: {
      // The frame page as a web team that lists another site's feeds would host it.
      '/dist/frame-listed.html': (req, res) => {
        const listed = framePage
          .replace(
            '<meta name="nhs-frame-feeds" content="" />',
            `<meta name="nhs-frame-feeds" content="${other.url}" />`,
          )
          // Only because the test's other origin is http: the shipped page lets the frame fetch over https.
          .replace("connect-src 'self' https:", `connect-src 'self' https: ${other.url}`);
        assert.notEqual(listed, framePage);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(listed);
        return true;
      },
    },
  });
  const foreignPack = {
    version: 1,
    caseStudies: [{ id: 'foreign', heading: FOREIGN_HEADING, summary: 'Not the trust’s own words.' }],
  };
  const pages = {
    // The frame, and an impostor: a frame on another origin that claims a height.
    '/host.html': () =>
      hostPage(
        `${env.url}/dist/frame.html?element=nhs-case-study-carousel&src=${FIXTURE}&label=Case%20studies&id=briefing-frame`,
        {
          extra: `<iframe id="impostor" src="/impostor.html" title="Someone else" height="150"></iframe>
          ${readmeResizer(env.url)}
          <script>
            window.heard = [];
            addEventListener('message', (event) => window.heard.push({ origin: event.origin, data: event.data }));
          </script>`,
        },
      ),
    '/impostor.html': () =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Impostor</title></head><body>
       <script>parent.postMessage({ type: 'nhs-frame-height', height: 5, id: 'impostor' }, '*');</script></body></html>`,
    '/fixed.html': () =>
      hostPage(`${env.url}/dist/frame.html?element=nhs-initiative-list&src=${FIXTURE}&heading=Initiatives`, {
        height: 300,
        width: '320px',
      }),
  };
  const routes = {
    '/foreign.json': (req, res) => {
      foreignRequests.push(req.url);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify(foreignPack));
      return true;
    },
  };
  for (const [path, body] of Object.entries(pages))
    routes[path] = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body());
      return true;
    };
  other = await createStaticServer({ root: `${ROOT}/test/fixtures`, routes });
});
after(async () => {
  await env?.stop();
  await other?.close();
});

/** Opens the frame page with these query parameters, as a reader's browser would. */
async function openFrame(query, page = '/dist/frame.html') {
  return env.open(`${page}?${query}`);
}

/** Waits until the element in the frame has rendered and its feed has arrived. */
async function rendered(page, tag) {
  await page.waitForFunction(
    (tag) => {
      const el = document.querySelector(tag);
      return el?.hasUpdated && !el.shadowRoot.querySelector('[data-loading]');
    },
    tag,
    { timeout: 10_000 },
  );
}

test('renders the element its address names, with those attributes, from a feed on its own site', async () => {
  const { page, log, close } = await openFrame(
    `element=nhs-case-study-carousel&src=${FIXTURE}&label=Case%20studies%20from%20our%20region&loop`,
  );
  await rendered(page, 'nhs-case-study-carousel');
  const carousel = page.getByRole('region', { name: 'Case studies from our region' });
  await carousel.waitFor();
  assert.equal(await carousel.getByRole('group').count(), fixture.caseStudies.length);
  assert.equal(
    await page.getByRole('heading', { name: fixture.caseStudies[0].heading }).count(),
    1,
    'the first case study from the feed is shown',
  );
  // loop, a boolean attribute: Previous is usable on the first slide.
  assert.equal(await page.getByRole('button', { name: 'Previous case study' }).getAttribute('aria-disabled'), null);
  assert.equal(await page.title(), 'Case studies from our region');
  assert.deepEqual(log.violations, [], 'nothing breaks the frame page’s own CSP and Trusted Types');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(messages(log, 'warning'), []);
  assert.deepEqual(messages(log, 'error'), []);
  await close();
});

test('sets values as attributes: markup in a value stays text', async () => {
  const label = '<img src=x onerror="window.pwned=1">Case studies';
  const { page, log, close } = await openFrame(
    `element=nhs-case-study-carousel&src=${FIXTURE}&label=${encodeURIComponent(label)}`,
  );
  await rendered(page, 'nhs-case-study-carousel');
  assert.equal(await page.getByRole('region', { name: label }).count(), 1);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img[src=x]').length), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(log.violations, []);
  await close();
});

test('refuses a feed from another site, and never asks that site for it', async () => {
  const sources = [`${other.url}/foreign.json`, `//${new URL(other.url).host}/foreign.json`];
  assert.equal(sources.length, 2);
  for (const src of sources) {
    const { page, log, close } = await openFrame(
      `element=nhs-case-study-carousel&src=${encodeURIComponent(src)}&label=Case%20studies`,
    );
    await page.getByText(REFUSED).waitFor();
    assert.equal(await page.locator('nhs-case-study-carousel').count(), 0, src);
    assert.equal(await page.getByRole('heading', { name: FOREIGN_HEADING }).count(), 0, src);
    const warnings = messages(log, 'warning');
    assert.equal(warnings.length, 1, src);
    assert.match(
      warnings[0],
      new RegExp(
        `^\\[nhs-briefing-widgets\\] frame\\.html: the feed ${other.url}/foreign\\.json is on another site \\(${other.url}\\); ` +
          `the frame shows feeds from its own site \\(${env.url}\\)\\. To allow it, add ${other.url} to ` +
          '<meta name="nhs-frame-feeds"> in frame\\.html$',
      ),
    );
    await close();
  }
  assert.deepEqual(foreignRequests, []);
});

test('shows a feed from a site the web team lists in <meta name="nhs-frame-feeds">', async () => {
  const { page, log, close } = await openFrame(
    `element=nhs-case-study-carousel&src=${encodeURIComponent(`${other.url}/foreign.json`)}&label=Case%20studies`,
    '/dist/frame-listed.html',
  );
  await rendered(page, 'nhs-case-study-carousel');
  await page.getByRole('heading', { name: FOREIGN_HEADING }).waitFor();
  assert.deepEqual(foreignRequests, ['/foreign.json']);
  assert.deepEqual(messages(log, 'warning'), []);
  assert.deepEqual(log.violations, []);
  await close();
});

test('refuses unknown elements and attributes, with a polite message and a precise console warning', async () => {
  const carousel = `element=nhs-case-study-carousel&src=${FIXTURE}&label=Case%20studies`;
  const cases = [
    [
      'element=nhs-evil&src=content.json',
      /unknown element "nhs-evil": the frame shows nhs-briefing, nhs-case-study-carousel, /,
    ],
    ['element=script&src=content.json', /unknown element "script"/],
    [
      'element=nhs-case-study&heading=Pay%20rise%20withdrawn&href=https%3A%2F%2Fexample.org',
      /<nhs-case-study> takes its words from its attributes, so a link could make it say anything/,
    ],
    [`${carousel}&onclick=alert(1)`, /<nhs-case-study-carousel> has no attribute "onclick"; it takes autoplay, /],
    [`${carousel}&style=display:none`, /<nhs-case-study-carousel> has no attribute "style"/],
    [`${carousel}&autoplay=false`, /autoplay is on when present: write "&autoplay" alone, or leave it out/],
    [`${carousel}&label=Other`, /the parameter "label" is given more than once/],
    ['element=nhs-case-study-carousel&label=Case%20studies', /<nhs-case-study-carousel> needs src/],
    [`element=nhs-initiative-list&src=${FIXTURE}&url-state`, /url-state cannot be used in the frame/],
    [`src=${FIXTURE}`, /no element given: add \?element=/],
    [`element=nhs-case-study-carousel&src=javascript%3Aalert(1)`, /src "javascript:alert\(1\)" is not an http/],
  ];
  assert.equal(cases.length, 11);
  for (const [query, warning] of cases) {
    const { page, log, close } = await openFrame(query);
    await page.getByText(REFUSED).waitFor();
    assert.equal(
      await page.evaluate(() => document.body.querySelectorAll('*').length),
      1,
      `${query}: only the message`,
    );
    const warnings = messages(log, 'warning');
    assert.ok(
      warnings.some((w) => w.startsWith('[nhs-briefing-widgets] frame.html: ') && warning.test(w)),
      `${query}: ${warnings.join(' | ')}`,
    );
    assert.deepEqual(log.errors, [], query);
    await close();
  }
});

test('fits a fixed height: the frame scrolls inside, one scrollbar, nothing clipped', async () => {
  const { page, close } = await env.browser
    .newContext({ viewport: { width: 800, height: 600 } })
    .then(async (context) => {
      const page = await context.newPage();
      await page.goto(`${other.url}/fixed.html`);
      return { page, close: () => context.close() };
    });
  const frame = page.frameLocator('#briefing-frame');
  await frame.getByRole('heading', { name: 'Initiatives' }).waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(env.url));
  await rendered(inner, 'nhs-initiative-list');
  const box = await inner.evaluate(() => {
    const doc = document.scrollingElement;
    // Every element, inside shadow roots too.
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const scrollers = all(document).filter((el) => {
      const { overflowY } = getComputedStyle(el);
      return (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight;
    });
    return {
      scrollHeight: doc.scrollHeight,
      clientHeight: doc.clientHeight,
      scrollWidth: doc.scrollWidth,
      clientWidth: doc.clientWidth,
      scrollers: scrollers.length,
    };
  });
  assert.equal(box.clientHeight, 300);
  assert.ok(box.scrollHeight > box.clientHeight, 'the content is taller than the frame, so the frame scrolls');
  assert.ok(box.scrollWidth <= box.clientWidth, 'no sideways scrolling at 320 px');
  assert.equal(box.scrollers, 0, 'the page is the only thing that scrolls');
  // Scrolled to the end, the last of the content is in view: nothing is cut off.
  const end = await inner.evaluate(() => {
    document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
    return { bottom: document.body.getBoundingClientRect().bottom, height: innerHeight };
  });
  assert.ok(
    end.bottom <= end.height + 0.5,
    `the end of the content (${end.bottom}) is within the frame (${end.height})`,
  );
  await close();
});

test('tells a parent page on another origin its height, and the README’s resizer sizes the iframe with it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${other.url}/host.html`);
  const inner = () => page.frames().find((f) => f.url().startsWith(env.url));
  await page.waitForFunction(() => window.heard?.length > 0);
  await rendered(inner(), 'nhs-case-study-carousel');
  // Sized by the parent, the frame's viewport is as tall as its content: asked from inside the frame.
  const fitted = () =>
    inner().waitForFunction(() => innerHeight === Math.ceil(document.body.getBoundingClientRect().height));

  await fitted();
  // The iframe's height and the messages heard, read at one moment: another message may come between two reads.
  const [first, heard] = await page.evaluate(() => [
    document.getElementById('briefing-frame').getBoundingClientRect().height,
    window.heard.filter((m) => m.data?.id === 'briefing-frame'),
  ]);
  assert.ok(first > 300, `the iframe grew from 150 px to its content's ${first} px`);
  assert.ok(heard.length > 0);
  for (const { origin, data } of heard) {
    assert.equal(origin, env.url);
    assert.deepEqual(Object.keys(data).sort(), ['height', 'id', 'type']);
    assert.equal(data.id, 'briefing-frame');
  }
  assert.equal(heard.at(-1).data.height, first);
  assert.equal(
    await inner().evaluate(() => document.scrollingElement.scrollHeight <= innerHeight),
    true,
    'sized to its content, the frame does not scroll',
  );

  // A narrower page: the carousel shows one slide at a time, taller, and the frame says so.
  await page.setViewportSize({ width: 400, height: 700 });
  await page.waitForFunction(
    (before) => document.getElementById('briefing-frame').getBoundingClientRect().height !== before,
    first,
  );
  await fitted();

  // The resizer listens only to the frame page's origin: the impostor on another origin was not heeded.
  await page.waitForFunction(() => window.heard.some((m) => m.data?.id === 'impostor'));
  assert.equal(await page.evaluate(() => document.getElementById('impostor').clientHeight), 150);
  await context.close();
});

test('the frame page, showing an element or refusing, and the builder’s iframe choice meet WCAG 2.2 AA (axe)', async () => {
  // WCAG rules only: the frame's document is a piece of its host's page, which has the main landmark and the
  // h1 that axe's page-level best-practice rules look for.
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const paths = [
    `/dist/frame.html?element=nhs-case-study-carousel&src=${FIXTURE}&label=Case%20studies`,
    `/dist/frame.html?element=nhs-initiative-list&src=${FIXTURE}&heading=Initiatives`,
    '/dist/frame.html?element=nhs-evil',
    '/demo/embed.html',
  ];
  assert.equal(paths.length, 4);
  for (const path of paths) {
    // Axe is injected as a script, which the pages' own CSP would block.
    const { page, close } = await env.open(path, { bypassCSP: true });
    if (path.includes('nhs-evil')) await page.getByText(REFUSED).waitFor();
    else if (path.startsWith('/dist/')) await rendered(page, path.match(/element=([\w-]+)/)[1]);
    else {
      await page.getByLabel('Element', { exact: true }).selectOption('nhs-case-study-carousel');
      await page.getByRole('radio', { name: 'iframe' }).check();
    }
    await page.addScriptTag({ path: `${ROOT}/node_modules/axe-core/axe.min.js` });
    const violations = await page.evaluate(
      async (tags) =>
        (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      WCAG,
    );
    assert.deepEqual(violations, [], path);
    await close();
  }
});

test('the frame page runs no inline script or style, and ships its CSP', () => {
  assert.doesNotMatch(framePage, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script has a src');
  assert.doesNotMatch(framePage, /<style|\sstyle=/, 'no inline style');
  const csp = framePage.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  for (const directive of [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
  ])
    assert.ok(csp.includes(directive), directive);
});

test('the embed-code builder gives an iframe snippet for the frame page, and previews it', async () => {
  const { page, log, close } = await env.open('/demo/embed.html');
  await page.getByLabel('Element', { exact: true }).selectOption('nhs-case-study-carousel');
  await page.getByRole('radio', { name: 'iframe' }).check();
  await page
    .getByLabel('Where your web team hosts the frame page')
    .fill('https://www.example-trust.nhs.uk/assets/frame.html');
  const snippet = await page.locator('#code').textContent();
  // Read as a browser reads it (in a blank page: the builder's own CSP enforces Trusted Types).
  const blank = await page.context().newPage();
  const iframe = await blank.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    const [frame] = frames;
    return {
      count: frames.length,
      all: doc.body.children.length,
      src: frame.src,
      title: frame.title,
      height: frame.getAttribute('height'),
    };
  }, snippet);
  await blank.close();
  assert.equal(iframe.count, 1);
  assert.equal(iframe.all, 1, 'the snippet is the iframe alone');
  const url = new URL(iframe.src);
  assert.equal(url.origin + url.pathname, 'https://www.example-trust.nhs.uk/assets/frame.html');
  assert.equal(url.searchParams.get('element'), 'nhs-case-study-carousel');
  assert.equal(url.searchParams.get('src'), 'content.json');
  assert.equal(url.searchParams.get('label'), 'Case studies');
  assert.equal(iframe.title, 'Case studies', 'the frame is named after the carousel');
  assert.equal(iframe.height, '840', 'the suggested height for a carousel');

  // The comms officer's own title and height go into the snippet.
  await page.getByLabel('Title of the frame').fill('Case studies from our region');
  await page.getByLabel('Height in pixels').fill('500');
  const edited = await page.locator('#code').textContent();
  assert.match(edited, /title="Case studies from our region"/);
  assert.match(edited, /height="500"/);

  // The preview is the frame page itself, with the demo feed.
  const preview = page.frameLocator('#preview iframe');
  await preview.getByRole('region', { name: 'Case studies' }).waitFor();
  assert.equal(await page.locator('#preview iframe').getAttribute('title'), 'Case studies from our region');

  // An element that takes its words from attributes cannot be framed: the builder says so.
  await page.getByLabel('Element', { exact: true }).selectOption('nhs-case-study');
  await page.getByRole('status').filter({ hasText: 'An iframe shows only an element that reads a feed' }).waitFor();
  assert.equal(await page.locator('#code').textContent(), '');

  // The script tag is still there for pages that take one.
  await page.getByRole('radio', { name: 'Script tag' }).check();
  assert.match(
    await page.locator('#code').textContent(),
    /^<script type="module" src="\/assets\/standalone\/case-study\.js"><\/script>\n<nhs-case-study/,
  );
  assert.deepEqual(log.violations, []);
  assert.deepEqual(log.errors, []);
  await close();
});
