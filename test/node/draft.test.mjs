// `npm run draft` as an editor meets it: a source text in, a draft story out whose
// quotes hold every dated sentence; the build then lists the drafts it refuses.
// The English and Russian texts are real (Wikipedia, CC BY-SA 4.0): see the
// provenance files beside them in test/fixtures/sources/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { validator } from '@exodus/schemasafe';
import {
  loadModel,
  makeTempRoot,
  makeWorkspace,
  readJson,
  repoRoot,
  runBuild,
  storyFile,
} from './helpers.mjs';

const root = makeTempRoot('he-draft-');
after(() => rmSync(root, { recursive: true, force: true }));

const fixtures = join(repoRoot, 'test', 'fixtures', 'sources');

/** Runs `node scripts/draft.mjs <args>` from the project root, as `npm run draft -- <args>` does. */
const draft = (args) =>
  spawnSync(process.execPath, ['scripts/draft.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });

/** Drafts `source` into a fresh copy of data/ and returns the workspace and the story written. */
function draftInto(source, language, id, dateline = '2025-10-18') {
  const workspace = makeWorkspace(root);
  const result = draft([
    ...['--source', source, '--dateline', dateline, '--language', language, '--id', id],
    ...['--data', workspace.data],
  ]);
  assert.equal(result.status, 0, result.stderr);
  const file = join(workspace.data, 'stories', `${id}.json`);
  return { workspace, file, story: readJson(file), stdout: result.stdout };
}

/**
 * The sentences of a text that hold a year (1000–2099), found without the model:
 * split after . ! ? and at line breaks. Good enough for these two texts, whose
 * sentences all end that way; the counts below pin it.
 */
const sentencesWithAYear = (text) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /(?<![0-9])(?:1[0-9]|20)[0-9]{2}(?![0-9])/.test(sentence));

describe('npm run draft', () => {
  it('on the interview, drafts an event whose quote holds the quote of each published event', () => {
    const published = readJson(storyFile);
    const source = join(repoRoot, 'data', 'sources', published.source.file.split('/').pop());
    const { story } = draftInto(source, 'zh', 'interview-draft');
    assert.equal(published.events.length, 26);
    const missing = published.events
      .filter(
        (event) => !story.events.some((drafted) => drafted.quote.text.includes(event.quote.text)),
      )
      .map((event) => event.id);
    assert.deepEqual(missing, []);
    assert.ok(story.events.every((event) => event.draft === true && event.title === undefined));
    const lastYear = story.events.find((event) =>
      event.quote.text.startsWith('去年，首届非正式峰会'),
    );
    assert.equal(lastYear?.start, '2024');
    assert.match(lastYear?.dateBasis?.en ?? '', /“去年”.*2024/);
    const soon = story.events.find((event) => event.quote.text.startsWith('记者：您即将'));
    assert.deepEqual([soon?.start, soon?.planned], ['2025', true]);
  });

  for (const [name, language, count] of [
    ['middle-corridor-wikipedia.en.txt', 'en', 4],
    ['btc-pipeline-ruwiki.ru.txt', 'ru', 5],
  ]) {
    it(`finds every sentence with a year in ${name}`, () => {
      const sourceFile = join(fixtures, name);
      const text = readFileSync(sourceFile, 'utf8');
      const { workspace, story } = draftInto(sourceFile, language, `${language}-draft`);
      const dated = sentencesWithAYear(text);
      assert.equal(dated.length, count, dated.join('\n'));
      const missing = dated.filter(
        (sentence) => !story.events.some((event) => event.quote.text.includes(sentence)),
      );
      assert.deepEqual(missing, []);
      for (const event of story.events) {
        assert.equal(
          text.slice(event.quote.offset, event.quote.offset + event.quote.text.length),
          event.quote.text,
        );
      }
      // The source was copied into data/sources/, byte for byte, with the hash the build checks.
      const copied = readFileSync(join(workspace.data, 'sources', name));
      assert.deepEqual(copied, readFileSync(sourceFile));
      assert.equal(story.source.file, `../sources/${name}`);
      assert.equal(story.source.sha256, createHash('sha256').update(copied).digest('hex'));
    });
  }

  it('reads the precise dates of the Russian text', () => {
    const { story } = draftInto(join(fixtures, 'btc-pipeline-ruwiki.ru.txt'), 'ru', 'ru-dates');
    assert.deepEqual(
      story.events.map((event) => event.start),
      ['1998-10-29', '2002-08-01', '2002-09-18', '2003-04', '2005-05-18'],
    );
  });

  it('writes a draft that the JSON Schema of editors and the studio validation accept', async () => {
    const { story } = draftInto(join(fixtures, 'middle-corridor-wikipedia.en.txt'), 'en', 'valid');
    const schema = readJson(join(repoRoot, 'data', 'story.schema.json'));
    delete schema.$schema; // schemasafe knows the dialect without it
    const check = validator(schema, { includeErrors: true, allErrors: true });
    assert.equal(check(story), true, JSON.stringify(check.errors));
    assert.deepEqual((await loadModel()).validateDraft(story), { ok: true, draft: story });
    // Once an event is no longer a draft, the schema asks for what the editor writes.
    const reviewed = { ...story, events: [{ ...story.events[0], draft: false }] };
    assert.equal(check(reviewed), false);
    assert.deepEqual(check.errors.map((error) => error.instanceLocation).sort(), [
      '#/events/0/category',
      '#/events/0/summary',
      '#/events/0/title',
      '#/source/publisher',
      '#/source/title',
      '#/title',
    ]);
  });

  it('proposes only what passes the build once an editor has written the rest', async () => {
    const { compileStory, TEXT_LANGUAGES } = await loadModel();
    const label = { zh: '标签', en: 'Label', ru: 'Метка' };
    for (const [file, language] of [
      [join(repoRoot, 'data', 'sources', 'kazinform-2025-10-18-aliyev-interview.zh.txt'), 'zh'],
      [join(fixtures, 'middle-corridor-wikipedia.en.txt'), 'en'],
      [join(fixtures, 'btc-pipeline-ruwiki.ru.txt'), 'ru'],
    ]) {
      const { story } = draftInto(file, language, `reviewed-${language}`);
      const translation = Object.fromEntries(
        TEXT_LANGUAGES.filter((other) => other !== language).map((other) => [other, label[other]]),
      );
      // What the editor writes: labels, a category, translations, and a date where the
      // draft could not propose one. The quotes, proposed dates, bases and `planned` stay.
      const reviewed = {
        ...story,
        title: label,
        source: { ...story.source, publisher: label, title: label },
        events: story.events.map((event) => ({
          ...event,
          draft: false,
          ...(event.start ? {} : { start: story.source.dateline, dateBasis: label }),
          title: label,
          summary: label,
          category: 'politics',
          quote: { ...event.quote, translation },
        })),
      };
      const result = compileStory(reviewed, readFileSync(file, 'utf8'));
      assert.deepEqual(result.problems ?? [], [], file);
      assert.equal(result.ok, true);
    }
  });

  it('is refused by the build, which lists each draft event', () => {
    const { workspace } = draftInto(
      join(fixtures, 'middle-corridor-wikipedia.en.txt'),
      'en',
      'corridor',
    );
    const result = runBuild(workspace);
    assert.equal(result.status, 1);
    const lines = result.stderr.split('\n').filter((line) => line.includes('still a draft'));
    assert.equal(lines.length, 4, result.stderr);
    assert.match(
      lines[3],
      /stories\/corridor\.json: events\[3\]: still a draft: review it in the studio$/,
    );
  });

  it('refuses to overwrite a story unless --force, and says why', () => {
    const { workspace, file } = draftInto(
      join(fixtures, 'middle-corridor-wikipedia.en.txt'),
      'en',
      'twice',
    );
    writeFileSync(file, '{"edited": true}\n');
    const args = [
      '--source',
      join(fixtures, 'middle-corridor-wikipedia.en.txt'),
      '--dateline',
      '2025-10-18',
    ];
    const again = draft([...args, '--language', 'en', '--id', 'twice', '--data', workspace.data]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /twice\.json already exists; choose another --id, or add --force/);
    assert.equal(readFileSync(file, 'utf8'), '{"edited": true}\n');
    const forced = draft([
      ...args,
      '--language',
      'en',
      '--id',
      'twice',
      '--data',
      workspace.data,
      '--force',
    ]);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readJson(file).events.length, 4);
  });

  it('names what is wrong with its options', () => {
    const source = join(fixtures, 'middle-corridor-wikipedia.en.txt');
    const cases = [
      [['--source', source], /missing --dateline, --language, --id/],
      [
        ['--source', source, '--dateline', '2025-02-30', '--language', 'en', '--id', 'x'],
        /--dateline: "2025-02-30"/,
      ],
      [
        ['--source', source, '--dateline', '2025-10-18', '--language', 'de', '--id', 'x'],
        /--language: "de" is not one of zh, en, ru/,
      ],
      [
        ['--source', source, '--dateline', '2025-10-18', '--language', 'en', '--id', 'My Story'],
        /--id: "My Story" must be lower-case/,
      ],
      [
        [
          '--source',
          join(root, 'nowhere.txt'),
          '--dateline',
          '2025-10-18',
          '--language',
          'en',
          '--id',
          'x',
        ],
        /--source: .*nowhere\.txt was not found/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = draft([...args, '--data', join(root, 'unused')]);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stderr, message);
    }
  });
});
