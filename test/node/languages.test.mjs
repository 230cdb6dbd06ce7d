// A story in one language: the English-only fixture (test/fixtures/stories/, its source
// in test/fixtures/sources/) builds beside the shipped story, and nothing built for it
// holds Chinese; a story file without `languages` does not build.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  expectFailedBuild,
  makeTempRoot,
  makeWorkspace,
  readJson,
  repoRoot,
  runBuild,
} from './helpers.mjs';

const root = makeTempRoot('he-languages-');
after(() => rmSync(root, { recursive: true, force: true }));

const STORY = 'middle-corridor-en.json';
const SOURCE = 'middle-corridor-wikipedia.en.txt';
const fixtures = join(repoRoot, 'test', 'fixtures');
const HAN = /\p{Script=Han}/u;

/** A workspace whose data/ also holds the English-only story, changed by `change` if given. */
function withEnglishStory(workspace, change = (story) => story) {
  const story = change(readJson(join(fixtures, 'stories', STORY)));
  writeFileSync(join(workspace.data, 'stories', STORY), `${JSON.stringify(story, null, 2)}\n`);
  copyFileSync(join(fixtures, 'sources', SOURCE), join(workspace.data, 'sources', SOURCE));
  return workspace;
}

describe('an English-only story', () => {
  it('builds, with its labels in English only and no Chinese in what is built for it', () => {
    const workspace = withEnglishStory(makeWorkspace(root));
    const result = runBuild(workspace);
    assert.equal(result.status, 0, result.stderr);
    const built = readJson(join(workspace.out, 'stories', STORY));
    assert.deepEqual(built.languages, ['en']);
    assert.equal(built.events.length, 5);
    assert.deepEqual(Object.keys(built.title), ['en']);
    const json = readFileSync(join(workspace.out, 'stories', STORY), 'utf8');
    assert.doesNotMatch(json, HAN, 'the compiled story holds no Chinese');
    const fallback = readFileSync(
      join(workspace.out, 'stories', 'middle-corridor-en.fallback.html'),
      'utf8',
    );
    assert.match(fallback, /Two railways of the route open/);
    assert.doesNotMatch(fallback, HAN, 'the static fallback holds no Chinese');
    // In a Russian page the fallback's labels stay English and say so.
    const russian = readFileSync(
      join(workspace.out, 'stories', 'middle-corridor-en.fallback.ru.html'),
      'utf8',
    );
    assert.match(russian, /<span lang="en">Two railways of the route open<\/span>/);
  });

  it('does not build without "languages", saying what to add', () => {
    expectFailedBuild(root, {
      file: STORY,
      path: 'languages',
      breakFiles: (workspace) =>
        withEnglishStory(workspace, (story) => {
          delete story.languages;
          return story;
        }),
      message: /^missing: a story declares the languages of its labels.*add "languages": \["en"\]/,
    });
  });

  it('does not build when a declared language is missing from a label', () => {
    expectFailedBuild(root, {
      file: STORY,
      path: 'events[1].title.ru',
      breakFiles: (workspace) =>
        withEnglishStory(workspace, (story) => ({ ...story, languages: ['en', 'ru'] })),
      message: /^missing: the story's languages \["en","ru"\] include Russian/,
    });
  });
});
