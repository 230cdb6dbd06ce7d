// web-test-runner: every *.test.ts under src/ and test/browser/ runs in headless
// Chromium, compiled on the fly by esbuild. The browser is found, never downloaded
// (see scripts/find-browser.mjs); its origin is printed at the start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser } from './scripts/find-browser.mjs';
import { bundleModules } from './scripts/wtr-bundle-plugin.mjs';
import { testEndpoints } from './scripts/wtr-test-endpoints.mjs';

const browser = await findBrowser();
console.log(`Browser: ${browser.executablePath} (${browser.origin})`);

/** Counts results for the one-line summary that `npm test` prints at the end. */
function summaryFileReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const walk = (suite, trail, session) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped += 1;
          else if (test.passed) counts.passed += 1;
          else {
            counts.failed += 1;
            counts.failures.push(`${session.testFile}: ${[...trail, test.name].join(' > ')}`);
          }
        }
        for (const child of suite.suites) walk(child, [...trail, child.name], session);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, [], session);
        // A file that failed to load or threw outside a test has errors but no results.
        if (session.errors.length > 0) {
          counts.failed += 1;
          counts.failures.push(
            `${session.testFile}: ${session.errors[0]?.message ?? 'failed to run'}`,
          );
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

export default {
  // The model's tests (src/model/) need no browser: they run in Node (scripts/test.mjs).
  files: ['src/**/*.test.ts', '!src/model/**', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testEndpoints],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 180000,
  browserStartTimeout: 60000,
  plugins: [
    bundleModules([
      'src/event-timeline/vis-loader.ts',
      'src/event-graph/cytoscape-loader.ts',
      'src/graph-layout/graph-layout.ts',
      'src/graph-layout/layout-worker.ts',
      'src/graph-layout/fcose-layout.ts',
    ]),
    esbuildPlugin({
      ts: true,
      tsconfig: './tsconfig.json',
      target: 'es2022',
      loaders: { '.css': 'text' },
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browser.executablePath, args: browser.args, headless: true },
      // Each test file in its own browser context: in Chromium 15x's headless mode only
      // one tab of a context is visible, and a hidden tab runs no animation frames and no
      // IntersectionObserver, so a file sharing the context with another stalls.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => {
          void context.close().catch(() => undefined);
        });
        return page;
      },
    }),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryFileReporter(process.env.WTR_SUMMARY_FILE ?? '.cache/test-summary/browser.json'),
  ],
};
