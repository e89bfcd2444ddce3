// npm run fuzz: the full fuzz run (test/fuzz.test.ts), 10,000 cases per parser
// and schema property and a fifth of that for the elements (each case renders
// all six). FUZZ_RUNS sets the number; FUZZ_SEED and FUZZ_PATH replay a
// failure that fast-check reported.
import config from './web-test-runner.config.mjs';

const settings = {
  'nhs-fuzz-runs': process.env.FUZZ_RUNS ?? '10000',
  'nhs-fuzz-seed': process.env.FUZZ_SEED,
  'nhs-fuzz-path': process.env.FUZZ_PATH,
};
const meta = Object.entries(settings)
  .filter(([, value]) => value)
  .map(([name, value]) => `<meta name="${name}" content="${String(value).replace(/[^\w:-]/g, '')}">`)
  .join('');

export default {
  ...config,
  files: ['test/fuzz.test.ts'],
  // The test file reads its settings from the page.
  testRunnerHtml: (testFramework) => config.testRunnerHtml(testFramework).replace('<head>', `<head>${meta}`),
};
