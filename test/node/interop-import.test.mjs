// `npm run import` on TimelineJS's own sample timelines (test/fixtures/timelinejs/,
// Knight Lab, MPL-2.0): each import builds, the built page lists every event with
// its date and headline, what could not be mapped is printed, and the TimelineJS
// JSON the build exports keeps every event's dates, headline and text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTypeScript } from '../../scripts/import-ts.mjs';
import { makeTempRoot, makeWorkspace, readJson, repoRoot, runBuild } from './helpers.mjs';

const root = makeTempRoot('he-import-');
after(() => rmSync(root, { recursive: true, force: true }));

const samples = join(repoRoot, 'test', 'fixtures', 'timelinejs');
const interop = await importTypeScript(
  "export * from './src/interop/timelinejs-csv.ts'; export * from './src/interop/html-text.ts';",
  repoRoot,
);

/** Runs `node scripts/import.mjs <args>` as `npm run import -- <args>` does. */
const runImport = (args) =>
  spawnSync(process.execPath, ['scripts/import.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });

/** The timeline a sample holds, read as TimelineJS reads it. */
const timelineOf = (file) =>
  file.endsWith('.csv')
    ? interop.timelineFromCsv(readFileSync(join(samples, file), 'utf8')).timeline
    : readJson(join(samples, file));

const plain = (html) => interop.htmlToText(html ?? '').replace(/\n/g, ' ');
const escaped = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
/** A TimelineJS date as the story writes it (`1969-07-20`, `-0043`). */
const storyDate = (date) => {
  const year = Number(date.year);
  let text = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  if (`${date.month ?? ''}` !== '') text += `-${String(date.month).padStart(2, '0')}`;
  if (`${date.month ?? ''}` !== '' && `${date.day ?? ''}` !== '')
    text += `-${String(date.day).padStart(2, '0')}`;
  return text;
};

const SAMPLES = [
  ['eras.json', 'tl-eras'],
  ['all-media-types.json', 'tl-media'],
  ['my-own-timeline.csv', 'tl-template'],
  ['women_in_computing.csv', 'tl-women'],
  ['eras.derived.csv', 'tl-eras-sheet'],
];

describe('npm run import (TimelineJS samples)', () => {
  const workspace = makeWorkspace(root);
  const outputs = new Map();
  let build;
  before(() => {
    for (const [file, id] of SAMPLES) {
      const result = runImport([
        join(samples, file),
        '--id',
        id,
        '--language',
        'en',
        '--dateline',
        '2026-11-30',
        '--data',
        workspace.data,
      ]);
      assert.equal(result.status, 0, `${file}: ${result.stderr}`);
      outputs.set(file, result.stdout);
    }
    build = runBuild(workspace);
  });

  it('gives stories the build accepts', () => {
    assert.equal(build.status, 0, build.stderr);
  });

  for (const [file, id] of SAMPLES) {
    it(`${file}: the built page lists every event with its date and headline`, () => {
      const timeline = timelineOf(file);
      const story = readJson(join(workspace.out, 'stories', `${id}.json`));
      const page = readFileSync(join(workspace.out, 'stories', `${id}.fallback.html`), 'utf8');
      const slides = [...timeline.events, ...(timeline.eras ?? [])];
      assert.equal(story.events.length, slides.length, 'one event per slide and era');
      for (const slide of slides) {
        const headline = plain(slide.text?.headline) || plain(slide.text?.text).slice(0, 80);
        const start = storyDate(slide.start_date);
        const event = story.events.find(
          (candidate) => candidate.title.en === headline && candidate.start === start,
        );
        assert.ok(event, `an event titled ${JSON.stringify(headline)} on ${start}`);
        assert.ok(page.includes(escaped(headline)), `the page shows ${JSON.stringify(headline)}`);
        assert.ok(
          page.includes(String(Number(slide.start_date.year))),
          `the page shows the year of ${headline}`,
        );
      }
    });
  }

  it('keeps http(s) media and lists the media it cannot keep', () => {
    const story = readJson(join(workspace.out, 'stories', 'tl-eras.json'));
    const withMedia = story.events.filter((event) => event.media);
    assert.ok(withMedia.length > 0, 'eras.json links Wikipedia pages as media');
    for (const event of withMedia) assert.match(event.media.url, /^https?:\/\//);
    assert.match(
      outputs.get('my-own-timeline.csv'),
      /media\.url: "<blockquote>.*is not an http\(s\) link/,
    );
  });

  it('lists every group that names no category, with the default it gave', () => {
    assert.match(
      outputs.get('all-media-types.json'),
      /group "HTML" \(3 events\) names no category \(.*\): given "politics"/,
    );
  });

  it('exports TimelineJS JSON that keeps every event’s dates, headline and text', () => {
    const original = readJson(join(samples, 'eras.json'));
    const exported = readJson(join(workspace.out, 'stories', 'tl-eras.timeline.json'));
    for (const slide of original.events) {
      const headline = plain(slide.text.headline);
      const back = exported.events.find((candidate) => plain(candidate.text.headline) === headline);
      assert.ok(back, `exported ${JSON.stringify(headline)}`);
      assert.equal(storyDate(back.start_date), storyDate(slide.start_date), `${headline}: start`);
      if (slide.end_date && storyDate(slide.end_date) !== storyDate(slide.start_date)) {
        assert.equal(storyDate(back.end_date), storyDate(slide.end_date), `${headline}: end`);
      }
      assert.equal(plain(back.text.text), plain(slide.text.text) || headline, `${headline}: text`);
    }
  });

  it('exports the template CSV, which imports again to the same events', () => {
    const csv = readFileSync(join(workspace.out, 'stories', 'tl-template.timeline.csv'), 'utf8');
    assert.ok(
      csv.startsWith(
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n',
      ),
    );
    const again = interop.timelineFromCsv(csv).timeline;
    const story = readJson(join(workspace.out, 'stories', 'tl-template.json'));
    assert.deepEqual(
      again.events.map((slide) => [storyDate(slide.start_date), plain(slide.text.headline)]),
      story.events.map((event) => [event.start, event.title.en]),
    );
  });
});

describe('npm run import (what it refuses and reports)', () => {
  it('lists every slide of cosmo.json it could not import, never dropping one in silence', () => {
    const workspace = makeWorkspace(root);
    const result = runImport([
      join(samples, 'cosmo.json'),
      '--id',
      'tl-cosmo',
      '--language',
      'en',
      '--data',
      workspace.data,
    ]);
    const timeline = readJson(join(samples, 'cosmo.json'));
    const written =
      result.status === 0 ? readJson(join(workspace.data, 'stories', 'tl-cosmo.json')).events : [];
    for (const slide of timeline.events) {
      const headline = plain(slide.text?.headline);
      const imported = written.some((event) => event.title.en === headline);
      assert.ok(
        imported || result.stdout.includes(headline) || result.stderr.includes(headline),
        `${headline}: imported or listed`,
      );
    }
  });

  it('says which file is not JSON, and never writes over a story without --force', () => {
    const workspace = makeWorkspace(root);
    const broken = join(root, 'broken.json');
    writeFileSync(broken, '{"events": [');
    const bad = runImport([
      broken,
      '--id',
      'tl-broken',
      '--language',
      'en',
      '--data',
      workspace.data,
    ]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /broken\.json: .*JSON/);
    const twice = [
      join(samples, 'eras.json'),
      '--id',
      'tl-twice',
      '--language',
      'en',
      '--data',
      workspace.data,
    ];
    const first = runImport(twice);
    assert.equal(first.status, 0, first.stderr);
    const second = runImport(twice);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /exists already; add --force/);
  });
});
