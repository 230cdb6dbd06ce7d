// A node:test reporter that writes pass/fail/skip counts as JSON, for the one-line
// summary `npm test` prints. Suites are not counted, only the tests inside them.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${data.file ?? ''}: ${data.name}`);
    }
  }
  yield JSON.stringify(counts);
}
