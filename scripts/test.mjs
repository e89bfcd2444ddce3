#!/usr/bin/env node
// npm test: element and unit tests in Chromium (web-test-runner, with coverage),
// then a build and the page tests that embed the built bundle (test/e2e).
// Ends with one plain line: "N passed, N failed".
//   npm test -- --unit       only the web-test-runner suite (extra args go to wtr)
//   npm test -- --e2e        only the build and the page tests
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { ensureChrome } from './chrome.mjs';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : undefined;
const passThrough = args.filter((a) => a !== '--unit' && a !== '--e2e');

let chrome;
try {
  chrome = ensureChrome();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// Counts go to files of this run's own, so runs side by side do not mix them up.
const unitCounts = `.tmp/unit-counts-${process.pid}.json`;
const e2eCounts = `.tmp/e2e-counts-${process.pid}.json`;
const env = { ...process.env, CHROME_PATH: chrome, NHS_COUNTS_FILE: unitCounts };
mkdirSync('.tmp', { recursive: true });
const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { stdio: 'inherit', env }).status ?? 1;
const counts = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;

if (only !== 'e2e') {
  rmSync(unitCounts, { force: true });
  const status = run('node_modules/.bin/wtr', ['--coverage', ...passThrough]);
  const unit = counts(unitCounts) ?? { passed: 0, failed: 1 };
  rmSync(unitCounts, { force: true });
  if (status !== 0 && unit.failed === 0) unit.failed = 1;
  passed += unit.passed;
  failed += unit.failed;
}

if (only !== 'unit') {
  const files = readdirSync('test/e2e')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `test/e2e/${f}`);
  let status = run('node', ['scripts/build/build.mjs']);
  if (status === 0) {
    rmSync(e2eCounts, { force: true });
    status = run('node', [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/count-reporter.mjs',
      `--test-reporter-destination=${e2eCounts}`,
      ...files,
    ]);
    const e2e = counts(e2eCounts) ?? { passed: 0, failed: 1 };
    rmSync(e2eCounts, { force: true });
    if (status !== 0 && e2e.failed === 0) e2e.failed = 1;
    passed += e2e.passed;
    failed += e2e.failed;
  } else {
    console.error('The build failed, so the page tests could not run.');
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
