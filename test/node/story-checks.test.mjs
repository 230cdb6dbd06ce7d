// Each rule of the story format, broken once in a copy of the shipped story:
// the build must fail, print `file: path: message` for the rule's path, and
// leave the out folder exactly as it was.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  expectFailedBuild,
  makeTempRoot,
  makeWorkspace,
  readJson,
  runBuild,
  STORY_NAME,
} from './helpers.mjs';

const root = makeTempRoot('he-story-checks-');
after(() => rmSync(root, { recursive: true, force: true }));

const indexOfEvent = (story, id) => {
  const index = story.events.findIndex((event) => event.id === id);
  assert.ok(index >= 0, `the shipped story has an event "${id}"`);
  return index;
};

/** Breaks a copy of data/ and checks the build fails on `file: path: message` (see helpers). */
const expectBuildFailure = (breakage) => expectFailedBuild(root, breakage);

describe('the build refuses a broken story, naming the file and the path', () => {
  it('builds the unbroken copy (so each failure below comes from its one change)', () => {
    const workspace = makeWorkspace(root);
    const result = runBuild(workspace);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!existsSync(join(workspace.out, 'MARKER')), 'a good build replaces the out folder');
    const built = readJson(join(workspace.out, 'stories', STORY_NAME));
    assert.equal(typeof built.source.text, 'string');
  });

  it('a quote with one character changed: events[i].quote.text, showing where it differs', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'turkological-congress-1926');
        story.events[index].quote.text = story.events[index].quote.text.replace('1926', '1927');
        return `events[${index}].quote.text`;
      },
      message:
        /^the quote is not in the source text word for word: .*then has "7" where the source has "6" \(line \d+, column \d+\)/,
    });
  });

  it('a dangling entity id in an event: events[i].entities[j]', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'strategic-partnership-treaty-2005');
        story.events[index].entities[0] = 'strategic-partnership-treatyy';
        return `events[${index}].entities[0]`;
      },
      message:
        /^no entity has the id "strategic-partnership-treatyy"; add it to "entities" or fix the id$/,
    });
  });

  it('a dangling entity id in a relation: relations[i].to', () => {
    expectBuildFailure({
      breakStory(story) {
        story.relations[0].to = 'no-such-entity';
        return 'relations[0].to';
      },
      message: /^no entity has the id "no-such-entity"/,
    });
  });

  it('month 13, "2025-13": events[i].start', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'caspian-cable-agreement-2025');
        story.events[index].start = '2025-13';
        return `events[${index}].start`;
      },
      message:
        /^"2025-13": month 13 does not exist: months are 01 to 12, like 2025-12 for December$/,
    });
  });

  it('a day that does not exist, "2025-02-29": events[i].start', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'caspian-cable-agreement-2025');
        story.events[index].start = '2025-02-29';
        return `events[${index}].start`;
      },
      message:
        /^"2025-02-29": month 2 of 2025 has 28 days: write 2025-02-28 at the latest, or 2025-02 for the month alone$/,
    });
  });

  it('an end before its start: events[i].end', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'middle-corridor-roadmap-2022');
        story.events[index].end = '2021';
        return `events[${index}].end`;
      },
      message: /^the end "2021" is before the start "2022"; swap them or fix the date$/,
    });
  });

  it('a future event not marked planned: events[i].planned', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'caspian-cable-completion-2026');
        delete story.events[index].planned;
        return `events[${index}].planned`;
      },
      message: /^the event starts after the dateline 2025-10-18; mark it "planned": true$/,
    });
  });

  it('an uncovered year mention (its event removed): coverage, with line, column and the fix', () => {
    expectBuildFailure({
      breakStory(story) {
        story.events.splice(indexOfEvent(story, 'caspian-summit-2022'), 1);
        return 'coverage';
      },
      message:
        /^line 83, column 69: the year "2022年" \("…[^"]*在2022年第六次里海峰会上[^"]*…"\) is in no event's quote\. .*\{ "match": "2022年", "occurrence": 2, "reason"/,
    });
  });

  it('an uncovered relative date (its exclusion removed): coverage', () => {
    expectBuildFailure({
      breakStory(story) {
        story.coverage.exclusions = story.coverage.exclusions.filter(
          (exclusion) => exclusion.match !== '过去几十年',
        );
        return 'coverage';
      },
      message: /^line 5, column \d+: the period "过去几十年" .* is in no event's quote/,
    });
  });

  it('a stale exclusion: coverage.exclusions[i].match', () => {
    expectBuildFailure({
      breakStory(story) {
        story.coverage.exclusions.push({
          match: '1926年',
          reason: { zh: '测试', en: 'test', ru: 'тест' },
        });
        return `coverage.exclusions[${story.coverage.exclusions.length - 1}].match`;
      },
      message:
        /already covered by the quote of event "turkological-congress-1926" .*stale; remove it$/,
    });
  });

  it('a quote cut in the middle of a sentence: events[i].quote.text', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'caspian-cable-completion-2026');
        const quote = story.events[index].quote;
        quote.text = quote.text.slice(quote.text.indexOf('该项目'), quote.text.indexOf('，有助于'));
        return `events[${index}].quote.text`;
      },
      message:
        /^the quote stops in the middle of a sentence .* goes on "，有助于加强两国之间的数字互联互通。"/,
    });
  });

  it('a relation no cited quote supports: relations[i].events', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = story.relations.findIndex((relation) => relation.type === 'signed-in');
        story.relations[index].events = ['bilateral-trade-2024'];
        return `relations[${index}].events`;
      },
      message: /^no cited event \(bilateral-trade-2024\) lists both /,
    });
  });

  it('a quote without its English translation: events[i].quote.translation.en', () => {
    expectBuildFailure({
      breakStory(story) {
        delete story.events[0].quote.translation;
        return 'events[0].quote.translation.en';
      },
      message: /^the quote is in Chinese; add its English translation/,
    });
  });

  it('a relative date without dateBasis: events[i].dateBasis', () => {
    expectBuildFailure({
      breakStory(story) {
        const index = indexOfEvent(story, 'strategic-partnership-treaty-2005');
        delete story.events[index].dateBasis;
        return `events[${index}].dateBasis`;
      },
      message: /^the quote does not state the year 2005, so the date must be explained/,
    });
  });

  it('invalid JSON: the line and column of the mistake', () => {
    const result = expectBuildFailure({
      path: 'line 3, column 3',
      breakFiles({ story }) {
        const text = readFileSync(story, 'utf8');
        writeFileSync(
          story,
          text.replace('"$schema": "../story.schema.json",', '"$schema": "../story.schema.json"'),
        );
      },
      message: /^this is not valid JSON \(.*\)\. Check for a missing comma, quote or bracket\.$/,
    });
    assert.equal(result.stderr.match(/not valid JSON/g)?.length, 1);
  });

  it('a missing source file: source.file', () => {
    expectBuildFailure({
      path: 'source.file',
      breakFiles({ data }) {
        const sources = join(data, 'sources');
        for (const name of readdirSync(sources))
          renameSync(join(sources, name), join(sources, `${name}.moved`));
      },
      message:
        /^the source file "\.\.\/sources\/[^"]+" was not found \(looked for .*\)\. Add the file or fix the path\.$/,
    });
  });

  it('a source file that changed (SHA-256 mismatch): source.sha256', () => {
    expectBuildFailure({
      path: 'source.sha256',
      breakFiles({ data }) {
        // The shipped story's source (the other stories have their own).
        const file = join(data, 'sources', 'kazinform-2025-10-18-aliyev-interview.zh.txt');
        writeFileSync(file, readFileSync(file, 'utf8').replace('2024年', '2023年'));
      },
      message:
        /^the source file .* has changed \(its SHA-256 is [0-9a-f]{64}\)\. Restore the original text/,
    });
  });
});
