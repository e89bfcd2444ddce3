// Unit and element tests: TypeScript sources in a real headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureChrome, CHROME_ARGS } from './scripts/chrome.mjs';

const executablePath = ensureChrome();

/** Writes the pass/fail counts for scripts/test.mjs to add up. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load counts as one failure.
        if (!session.passed && session.errors?.length) failed += session.errors.length;
      }
      const file = process.env.NHS_COUNTS_FILE ?? '.tmp/unit-counts.json';
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * Feeds that misbehave, for the loader's tests: /__test/status/404,
 * /__test/slow/300 (answers after 300 ms), /__test/hang (answers only when
 * the browser gives up, or after 15 s), /__test/text (not JSON).
 */
function misbehavingFeeds() {
  return async (ctx, next) => {
    const [, prefix, kind, arg] = ctx.path.split('/');
    if (prefix !== '__test') return next();
    const pack = JSON.stringify({ version: 1, initiatives: [{ id: 'slow', name: 'Slow initiative' }] });
    if (kind === 'status') {
      ctx.status = Number(arg);
      ctx.body = 'Server says no';
    } else if (kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(arg)));
      ctx.type = 'application/json';
      ctx.body = pack;
    } else if (kind === 'hang') {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 15_000);
        ctx.req.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      ctx.type = 'application/json';
      ctx.body = pack;
    } else if (kind === 'text') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>Page not found</p>';
    } else {
      return next();
    }
  };
}

export default {
  middleware: [misbehavingFeeds()],
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  // Lit's one-line dev-mode notice, in every file; its real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 2,
  concurrentBrowsers: 1,
  // The whole run; generous, as CI's two cores may be busy.
  testsFinishTimeout: 1_200_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 8000 } },
  // test/helpers/setup.ts first (a failing assertion about a DOM node must fail, not hang the page).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script type="module" src="/test/helpers/setup.ts"></script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // Each test file's page in a browser context of its own: side-by-side pages of one
      // context are background tabs, which get no animation frames, scroll events or
      // ResizeObserver callbacks, so layout and scrolling tests stall there.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), countReporter()],
};
