// Page tests: the built bundle in real pages served on 127.0.0.1, driven in
// Debian's Chromium by playwright-core. Everything starts here and stops by itself.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { createStaticServer } from '../../scripts/static-server.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const TAGS = [
  'nhs-briefing-prompt',
  'nhs-prompt-set',
  'nhs-initiative-card',
  'nhs-initiative-list',
  'nhs-case-study',
  'nhs-case-study-carousel',
];

/**
 * Every element with a per-element entry in dist/cdn/: those of the one-file bundles, and
 * <nhs-briefing>, which has only its entry (with it, the bundles would be over their budget).
 */
export const ENTRY_TAGS = [...TAGS, 'nhs-briefing'];

/** One of each element, written as a web team would, three of them reading the example feed. */
export const ELEMENTS = `
  <nhs-briefing-prompt prompt-id="pathways" question="Who in your area is missing out on NHS jobs?" level="system" notes>
    <p>Why it matters.</p>
  </nhs-briefing-prompt>
  <nhs-prompt-set set-id="e2e" heading="Questions for leaders" src="/test/fixtures/content.json" notes></nhs-prompt-set>
  <nhs-initiative-card name="Apprenticeships" provider="Example provider" href="https://example.org" closes="2099-03-31">
    <p>Paid training.</p>
  </nhs-initiative-card>
  <nhs-initiative-list heading="Initiatives" src="/test/fixtures/content.json"></nhs-initiative-list>
  <nhs-case-study heading="Into work in Leeds" organisation="Leeds Health and Care Academy" place="Leeds"><p>Summary.</p></nhs-case-study>
  <nhs-case-study-carousel label="Case studies" src="/test/fixtures/content.json"></nhs-case-study-carousel>
`;

/**
 * Starts a server and a browser. `pages` maps a path to HTML (served with
 * `headers`); `routes` to handlers for anything else a test needs.
 */
export async function start({ pages = {}, routes = {}, headers = {} } = {}) {
  const pageRoutes = Object.fromEntries(
    Object.entries(pages).map(([path, body]) => [
      path,
      (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
        res.end(body);
        return true;
      },
    ]),
  );
  // No favicon: its 404 would be the only console error on every page.
  const favicon = (req, res) => {
    res.writeHead(204).end();
    return true;
  };
  const server = await createStaticServer({
    root: ROOT,
    routes: { '/favicon.ico': favicon, ...routes, ...pageRoutes },
    headers,
  });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  return {
    url: server.url,
    browser,
    /** A new page that records console messages, page errors and CSP violations. */
    async open(path, { viewport = { width: 1200, height: 900 }, ...options } = {}) {
      const context = await browser.newContext({ viewport, ...options });
      const page = await context.newPage();
      const log = { console: [], errors: [], violations: [] };
      page.on('console', (msg) => log.console.push({ type: msg.type(), text: msg.text() }));
      page.on('pageerror', (error) => log.errors.push(error.message));
      await page.exposeFunction('__reportViolation', (v) => log.violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__reportViolation(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
        );
      });
      await page.goto(server.url + path);
      return { page, log, close: () => context.close() };
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until every element of `tags` in the page (the bundle's, by default) has upgraded and rendered. */
export async function settled(page, tags = TAGS) {
  await page.waitForFunction(
    (tags) => {
      const elements = [...document.querySelectorAll(tags.join(','))];
      return (
        elements.length > 0 &&
        elements.every((el) => customElements.get(el.localName) && el.shadowRoot && el.hasUpdated)
      );
    },
    tags,
    { timeout: 10_000 },
  );
  await page.evaluate(async (tags) => {
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  }, tags);
}

/** Waits until every element has rendered and no element shows a feed still loading (feeds come from the same server). */
export async function loaded(page) {
  await settled(page);
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].every((el) => !el.shadowRoot.querySelector('[data-loading]')),
    TAGS,
    { timeout: 10_000 },
  );
}

/** Console messages of a given type, without the browser's own noise. */
export function messages(log, type) {
  return log.console.filter((m) => m.type === type && !/favicon/.test(m.text)).map((m) => m.text);
}
