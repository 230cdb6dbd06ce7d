#!/usr/bin/env node
// `npm test`: everything that checks the project, in order, then one summary line
// `N passed, N failed[, N skipped]`. Every step runs even when an earlier one
// fails, so one run shows everything that is wrong; the exit code is non-zero if
// anything failed. Static checks (types, lint, format, build) count as one each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const summaryDir = '.cache/test-summary';
rmSync(summaryDir, { recursive: true, force: true });
mkdirSync(summaryDir, { recursive: true });

const bin = (name) => join('node_modules', '.bin', name);
/** Every file under `dir` (at any depth) whose name ends with `suffix`, sorted. */
const filesIn = (dir, suffix) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
// The model's unit tests need no browser: they run in Node, TypeScript through tsx, in one
// process (a process per file costs several times what the tests themselves take).
const modelTests = join('.cache', 'model-tests.mjs');
writeFileSync(
  modelTests,
  filesIn('src/model', '.test.ts')
    .map((file) => `import '../${file}';\n`)
    .join(''),
);

/** node:test on `files`: its report on stdout, its counts in `summary` for the last line. */
const nodeTests = (name, summary, nodeOptions, files) => ({
  name,
  kind: 'tests',
  summary,
  command: [
    process.execPath,
    ...nodeOptions,
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs',
    `--test-reporter-destination=${summary}`,
    ...files,
  ],
});

const steps = [
  { name: 'typecheck', kind: 'check', command: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  {
    name: 'typecheck model (no DOM)',
    kind: 'check',
    command: [bin('tsc'), '--noEmit', '-p', 'tsconfig.model.json'],
  },
  { name: 'lint', kind: 'check', command: [bin('eslint'), '--max-warnings', '0', '.'] },
  {
    name: 'format',
    kind: 'check',
    command: [bin('prettier'), '--check', '--log-level', 'warn', '.'],
  },
  { name: 'build', kind: 'check', command: [process.execPath, 'build.mjs'] },
  nodeTests('node tests', join(summaryDir, 'node.json'), [], filesIn('test/node', '.test.mjs')),
  nodeTests('model tests', join(summaryDir, 'model.json'), ['--import', 'tsx'], [modelTests]),
  {
    name: 'browser tests',
    kind: 'tests',
    summary: join(summaryDir, 'browser.json'),
    command: [bin('wtr'), '--config', 'web-test-runner.config.mjs'],
    env: { WTR_SUMMARY_FILE: join(summaryDir, 'browser.json') },
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const report = [];
const failures = [];
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  const [command, ...args] = step.command;
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  const exitedCleanly = result.status === 0;
  const took = `${((performance.now() - started) / 1000).toFixed(0)} s`;
  if (step.kind === 'check') {
    if (exitedCleanly) total.passed += 1;
    else {
      total.failed += 1;
      failures.push(`${step.name} failed (exit ${result.status ?? result.signal})`);
    }
    report.push(`${step.name}: ${exitedCleanly ? 'ok' : 'FAILED'} (${took})`);
    continue;
  }
  let counts;
  try {
    counts = JSON.parse(readFileSync(step.summary, 'utf8'));
  } catch {
    counts = {
      passed: 0,
      failed: 1,
      skipped: 0,
      failures: [`${step.name} did not run to the end`],
    };
  }
  // A runner that exits non-zero without a failed test (a crash, a timeout) still fails.
  if (!exitedCleanly && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push(`${step.name} exited with ${result.status ?? result.signal}`);
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  failures.push(...counts.failures);
  report.push(
    `${step.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${took})`,
  );
}

console.log('\n── summary ──');
for (const line of report) console.log(line);
for (const line of failures) console.log(`  ✗ ${line}`);
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exitCode = total.failed > 0 ? 1 : 0;
