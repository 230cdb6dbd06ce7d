// The bench's side-by-side with Knight Lab TimelineJS: the story it is given (the
// project's own export, quotes as slide texts) and the figures and budgets it reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineJsOfStory, withQuotesAsText } from '../../bench/timelinejs-story.mjs';
import { summariseTimelineJs, timelineJsBudgets } from '../../bench/timelinejs-report.mjs';
import { evaluateBudgets } from '../../bench/report.mjs';

const story = {
  title: { en: 'A story' },
  summary: { en: 'What it tells' },
  events: [
    {
      id: 'cable-signed',
      start: '2025-03',
      title: { en: 'Cable signed' },
      summary: { en: 'The summary, not shown' },
      category: 'digital',
      quote: { text: '该项目于2025年3月在巴库正式签署 <b>&', offset: 0 },
    },
    {
      id: 'congress',
      start: '1926',
      end: '1926-03-06',
      title: { en: 'Congress' },
      summary: { en: 'Another summary' },
      category: 'culture',
      quote: { text: '1926年', offset: 40 },
    },
  ],
};

describe('the story TimelineJS is given', () => {
  it('has our titles as headlines, our quotes as texts and our dates', async () => {
    const timeline = await timelineJsOfStory(story, 'en');
    assert.equal(timeline.title.text.headline, 'A story');
    assert.deepEqual(
      timeline.events.map((slide) => [slide.unique_id, slide.text.headline, slide.text.text]),
      [
        ['cable-signed', 'Cable signed', '该项目于2025年3月在巴库正式签署 &lt;b&gt;&amp;'],
        ['congress', 'Congress', '1926年'],
      ],
    );
    assert.deepEqual(timeline.events[0].start_date, { year: '2025', month: '3' });
    assert.deepEqual(timeline.events[1].end_date, { year: '1926', month: '3', day: '6' });
  });

  it('names a slide that matches no event of the story', () => {
    const timeline = { events: [{ unique_id: 'stray', text: { headline: 'Stray' } }] };
    assert.throws(
      () => withQuotesAsText(timeline, story, (text) => text),
      /"stray" names no event/,
    );
  });
});

/** A run of each side, as bench/run.mjs measures them. */
const ours = (navRender, clickToQuote) => ({ navRender, clickToQuote, bytesTotal: 2048 });
const theirs = (navMarkersInPlace, clickToSlide) => ({
  navMarkersInPlace,
  clickToSlide,
  bytesTotal: 1024,
  blocked: [],
  files: ['/bench/lib/timelinejs/js/timeline.js'],
});

describe('the side-by-side figures and budgets', () => {
  it('pairs run i of ours with run i of TimelineJS and keeps a failed run in its place', () => {
    const summary = summariseTimelineJs(
      {
        ours: [ours(100, 10), { error: 'timed out' }, ours(300, 30)],
        timelinejs: [theirs(1000, 100), theirs(50, 1), theirs(600, 60)],
      },
      { version: '3.9.11' },
    );
    // Paired: 100/1000 and 300/600 (the failed run drops out, not shifting the pairs).
    assert.equal(summary.figures.firstPaint.ratio, (0.1 + 0.5) / 2);
    assert.equal(summary.figures.click.ours.median, 20);
    assert.equal(summary.figures.bytesTotal.ours.median, 2);
    assert.deepEqual(summary.errors, ['ours: timed out']);
  });

  it('passes, fails, or says "not measured", for both budgets', () => {
    const passing = summariseTimelineJs(
      { ours: [ours(500, 20)], timelinejs: [theirs(1000, 100)] },
      {},
    );
    assert.deepEqual(
      timelineJsBudgets(passing).map((budget) => [budget.status, budget.value]),
      [
        ['pass', 0.2],
        ['pass', 0.5],
      ],
    );
    const failing = summariseTimelineJs(
      { ours: [ours(700, 90)], timelinejs: [theirs(1000, 100)] },
      {},
    );
    const [click, firstPaint] = timelineJsBudgets(failing);
    assert.equal(click.status, 'fail');
    assert.match(click.shown, /^0\.90× \(90\.0 ms vs 100 ms\)$/);
    assert.equal(firstPaint.status, 'fail');
    assert.deepEqual(
      timelineJsBudgets(undefined).map((budget) => budget.status),
      ['not measured', 'not measured'],
    );
  });

  it('are part of the bench’s budgets, so --check fails on them', () => {
    const results = {
      sizes: {},
      timelinejs: summariseTimelineJs(
        { ours: [ours(700, 90)], timelinejs: [theirs(1000, 100)] },
        {},
      ),
    };
    const failed = evaluateBudgets(results).filter((budget) => budget.status === 'fail');
    assert.deepEqual(
      failed.map((budget) => budget.figure),
      ['timelinejs.click', 'timelinejs.firstPaint'],
    );
  });
});
