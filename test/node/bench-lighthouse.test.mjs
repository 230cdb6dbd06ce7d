// `npm run lighthouse`'s pure part: what it reads from a Lighthouse report, the
// medians over runs, the checks of issue 17 and where its section goes in the docs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LIGHTHOUSE_BEGIN,
  LIGHTHOUSE_END,
  lighthouseBudgets,
  lighthouseSectionOf,
  readReport,
  renderLighthouse,
  summariseLighthouse,
  withLighthouseSection,
} from '../../bench/lighthouse-report.mjs';

/** The parts of a Lighthouse result (lhr) that are read. */
const lhr = ({ score, tbt, lcp = 2000 }) => ({
  requestedUrl: 'http://localhost/page',
  categories: { performance: { score } },
  audits: {
    'total-blocking-time': { numericValue: tbt },
    interactive: { numericValue: 4000 },
    'largest-contentful-paint': { numericValue: lcp },
    'first-contentful-paint': { numericValue: 1000 },
    'speed-index': { numericValue: 1500 },
    'cumulative-layout-shift': { numericValue: 0.01 },
  },
});

const PAGES = [
  { id: 'standalone', label: 'Standalone story page', ours: true, path: 'stories/x/' },
  { id: 'article', label: 'Example article', ours: true, path: 'examples/article.html' },
  { id: 'timelinejs', label: 'TimelineJS', ours: false, path: 'timelinejs/' },
];

const summaryOf = (runsByPage) => ({
  pages: summariseLighthouse(PAGES, runsByPage),
  runs: 3,
  lighthouseVersion: '12.8.2',
  command: 'npm run lighthouse',
  seconds: 100,
  date: '2026-11-30T16:00:00.000Z',
  browser: 'Chrome/150',
  browserPath: '/usr/bin/chromium',
  loadAverageAtStart: [1, 1, 1],
  loadAverageAtEnd: [1, 1, 1],
});

describe('Lighthouse figures', () => {
  it('reads the score as 0–100 and the metrics in ms', () => {
    assert.deepEqual(readReport(lhr({ score: 0.914, tbt: 120 })), {
      score: 91,
      tbt: 120,
      tti: 4000,
      lcp: 2000,
      fcp: 1000,
      si: 1500,
      cls: 0.01,
    });
  });

  it('says which page Lighthouse could not measure, and why', () => {
    const failed = {
      ...lhr({ score: null, tbt: 0 }),
      runtimeError: { code: 'NO_FCP', message: 'The page did not paint' },
    };
    assert.throws(
      () => readReport(failed),
      /http:\/\/localhost\/page: NO_FCP The page did not paint/,
    );
  });

  it('takes the median of each figure on its own, leaving failed runs out', () => {
    const [standalone] = summariseLighthouse(PAGES, {
      standalone: [
        readReport(lhr({ score: 0.95, tbt: 300, lcp: 1000 })),
        { error: 'timed out' },
        readReport(lhr({ score: 0.85, tbt: 100, lcp: 3000 })),
        readReport(lhr({ score: 0.9, tbt: 500, lcp: 2000 })),
      ],
    });
    assert.equal(standalone.medians.score, 90);
    assert.equal(standalone.medians.tbt, 300);
    assert.equal(standalone.medians.lcp, 2000);
    assert.deepEqual(standalone.errors, ['timed out']);
  });
});

describe('the Lighthouse checks', () => {
  const run = (score, tbt) => readReport(lhr({ score, tbt }));

  it('pass when our pages score 90 or more and block less than TimelineJS', () => {
    const summary = summaryOf({
      standalone: [run(0.9, 200)],
      article: [run(0.97, 50)],
      timelinejs: [run(0.6, 510)],
    });
    assert.deepEqual(
      lighthouseBudgets(summary).map((budget) => [budget.figure, budget.status]),
      [
        ['lighthouse.standalone.score', 'pass'],
        ['lighthouse.standalone.tbt', 'pass'],
        ['lighthouse.article.score', 'pass'],
        ['lighthouse.article.tbt', 'pass'],
      ],
    );
  });

  it('fail on a score of 89 and on a blocking time equal to TimelineJS’s', () => {
    const summary = summaryOf({
      standalone: [run(0.89, 100)],
      article: [run(0.99, 510)],
      timelinejs: [run(0.6, 510)],
    });
    const failed = lighthouseBudgets(summary).filter((budget) => budget.status === 'fail');
    assert.deepEqual(
      failed.map((budget) => [budget.figure, budget.shown, budget.limitShown]),
      [
        ['lighthouse.standalone.score', '89', '≥ 90'],
        ['lighthouse.article.tbt', '510 ms', '< 510 ms'],
      ],
    );
  });

  it('say "not measured" when TimelineJS’s page could not be measured', () => {
    const summary = summaryOf({
      standalone: [run(0.95, 100)],
      article: [run(0.95, 100)],
      timelinejs: [{ error: 'NO_FCP' }],
    });
    const tbt = lighthouseBudgets(summary).filter((budget) => budget.figure.endsWith('.tbt'));
    assert.deepEqual(
      tbt.map((budget) => budget.status),
      ['not measured', 'not measured'],
    );
  });
});

describe('the Lighthouse section of docs/performance.md', () => {
  const marker = '<!-- Measured apart -->';
  const doc = `# Performance\n\nGenerated.\n\n${marker}\n\nBy hand.\n`;
  const summary = summaryOf({
    standalone: [run(0.91, 120)],
    article: [run(0.95, 80)],
    timelinejs: [run(0.63, 510)],
  });
  function run(score, tbt) {
    return readReport(lhr({ score, tbt }));
  }

  it('goes before the hand-measured part, then replaces itself', () => {
    const section = renderLighthouse(summary).join('\n');
    const once = withLighthouseSection(doc, section, marker);
    assert.ok(once.indexOf(LIGHTHOUSE_BEGIN) < once.indexOf(marker));
    assert.ok(once.endsWith(`${marker}\n\nBy hand.\n`));
    assert.match(once, /\| Performance score \| 91 \| 95 \| 63 \|/);
    assert.match(once, /\| Total blocking time \| 120 ms \| 80.0 ms \| 510 ms \|/);

    const newer = renderLighthouse(
      summaryOf({
        standalone: [run(0.93, 110)],
        article: [run(0.95, 80)],
        timelinejs: [run(0.63, 510)],
      }),
    ).join('\n');
    const twice = withLighthouseSection(once, newer, marker);
    assert.equal(twice.split(LIGHTHOUSE_BEGIN).length, 2, 'one section, not two');
    assert.equal(twice.split(LIGHTHOUSE_END).length, 2);
    assert.match(twice, /\| Performance score \| 93 \| 95 \| 63 \|/);
    assert.equal(lighthouseSectionOf(twice), newer.trimEnd());
  });
});
