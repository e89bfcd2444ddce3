// A node:test reporter that writes {"passed":N,"failed":N} (tests, not suites).
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) continue;
    if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield JSON.stringify({ passed, failed });
}
