// The build as an attacker or an unlucky editor meets it: sources outside the
// data folder, files that are not files, text in another encoding or form,
// JSON that is not a story, strings that would forge the build log. Each case
// must fail with `file: path: message` naming the cause, end by itself (a
// timeout kills a hung build and fails the test), and leave dist/ as it was.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  expectFailedBuild,
  loadModel,
  makeTempRoot,
  makeWorkspace,
  readJson,
  runBuild,
  STORY_NAME,
  storyFile,
  withSharedEntitiesOf,
} from './helpers.mjs';

const root = makeTempRoot('he-build-hostile-');
after(() => rmSync(root, { recursive: true, force: true }));

/** The shipped story's source file in a data folder (other stories have their own). */
const sourceOf = (data) =>
  join(data, 'stories', readJson(join(data, 'stories', STORY_NAME)).source.file);

/** Points the story at `ref` (its `source.file`). */
const pointSourceAt = (ref) => (story) => {
  story.source.file = ref;
  return 'source.file';
};

/**
 * Replaces the source's bytes with `change(bytes)` and records their SHA-256
 * in the story, so that the form of the text is what the build meets first.
 */
const rewriteSource =
  (change) =>
  ({ data, story }) => {
    const file = sourceOf(data);
    const bytes = change(readFileSync(file));
    writeFileSync(file, bytes);
    const parsed = readJson(story);
    parsed.source.sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(story, JSON.stringify(parsed, null, 2));
  };

const utf8 = (text) => Buffer.from(text, 'utf8');

describe('the build reads sources only from inside the data folder’s sources/', () => {
  it('refuses a path that climbs out ("../../…/etc/passwd")', () => {
    const result = expectFailedBuild(root, {
      breakStory: pointSourceAt('../../../../../../../../../etc/passwd'),
      message:
        /^the source file "(\.\.\/)+etc\/passwd" is outside .*sources\/ \(it resolves to .*etc\/passwd\); the build reads and publishes only files inside it\.$/,
    });
    assert.doesNotMatch(result.stderr, /root:x:0/, 'nothing of the file is printed');
  });

  it('refuses an absolute path, even to a file inside sources/', () => {
    expectFailedBuild(root, {
      breakFiles: ({ data, story }) => {
        const parsed = readJson(story);
        parsed.source.file = sourceOf(data);
        writeFileSync(story, JSON.stringify(parsed));
      },
      path: 'source.file',
      message: /^".*" is an absolute path; give the path from the story file to its source/,
    });
  });

  it('refuses a symbolic link in sources/ that points outside it', () => {
    const result = expectFailedBuild(root, {
      breakFiles: ({ work, data, story }) => {
        const secret = join(work, 'secret.txt');
        writeFileSync(secret, 'API_TOKEN=hunter2\n');
        symlinkSync(secret, join(data, 'sources', 'notes.txt'));
        const parsed = readJson(story);
        parsed.source.file = '../sources/notes.txt';
        delete parsed.source.sha256;
        writeFileSync(story, JSON.stringify(parsed));
      },
      path: 'source.file',
      message:
        /^the source file "\.\.\/sources\/notes\.txt" is a link to .*secret\.txt, outside .*sources\/; .*Put the file itself there\.$/,
    });
    assert.doesNotMatch(result.stderr, /hunter2/);
  });

  it('refuses a named pipe (FIFO) before reading it, and ends', () => {
    expectFailedBuild(root, {
      breakFiles: ({ data }) => execFileSync('mkfifo', [join(data, 'sources', 'pipe.txt')]),
      breakStory: pointSourceAt('../sources/pipe.txt'),
      message:
        /^the source file "\.\.\/sources\/pipe\.txt" is a named pipe \(FIFO\), not a file; point to a text file\.$/,
    });
  });

  it('refuses a folder where the source file belongs', () => {
    expectFailedBuild(root, {
      breakFiles: ({ data }) => mkdirSync(join(data, 'sources', 'folder.txt')),
      breakStory: pointSourceAt('../sources/folder.txt'),
      message: /^the source file "\.\.\/sources\/folder\.txt" is a folder, not a file/,
    });
  });

  it('refuses a link to a device (/dev/zero never ends)', () => {
    expectFailedBuild(root, {
      breakFiles: ({ data }) => symlinkSync('/dev/zero', join(data, 'sources', 'zero.txt')),
      breakStory: pointSourceAt('../sources/zero.txt'),
      message: /is a link to \/dev\/zero, outside/,
    });
  });

  it('refuses a source over the 2 MB limit, saying so', () => {
    expectFailedBuild(root, {
      breakFiles: rewriteSource((bytes) => Buffer.concat([bytes, Buffer.alloc(3 << 20, 0x61)])),
      path: 'source.file',
      message: /is 3 MB, over the 2 MB limit\.$/,
    });
  });
});

describe('the build names the form of a text file it cannot use', () => {
  const formCases = [
    [
      'a byte order mark in the source',
      (b) => Buffer.concat([utf8('\ufeff'), b]),
      /starts with a byte order mark \(BOM, U\+FEFF\).*Save it as UTF-8 without BOM/,
    ],
    [
      'Windows line endings in the source',
      (b) => utf8(b.toString('utf8').replaceAll('\n', '\r\n')),
      /has Windows line endings \(CRLF, the first at the end of line 1\)\. Save it with Unix line endings/,
    ],
    [
      'decomposed (NFD) text in the source',
      (b) => Buffer.concat([b, utf8('Cafe\u0301.\n')]),
      /is not in Unicode NFC: at line \d+, column \d+, "é" is stored as U\+0065 U\+0301 instead of U\+00E9/,
    ],
    [
      'a Latin-1 byte in the source',
      (b) => Buffer.concat([b, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]),
      /is not UTF-8 text: byte [\d,]+ \(line \d+\) is 0xE9.*save it as UTF-8\.$/,
    ],
    [
      'a binary source (NUL bytes)',
      (b) => Buffer.concat([b, Buffer.from([0, 1, 2, 0])]),
      /holds NUL characters .*: it is a binary file, not plain text/,
    ],
  ];
  for (const [name, change, message] of formCases) {
    it(name, () => {
      expectFailedBuild(root, { breakFiles: rewriteSource(change), path: 'source.file', message });
    });
  }

  it('a byte order mark in the story file', () => {
    expectFailedBuild(root, {
      breakFiles: ({ story }) => writeFileSync(story, `\ufeff${readFileSync(story, 'utf8')}`),
      path: '',
      message:
        /^the file starts with a byte order mark \(BOM, U\+FEFF\), which JSON does not allow/,
    });
  });

  it('an upper-case sha256 is the same hash: the story builds', () => {
    const workspace = makeWorkspace(root);
    const story = readJson(workspace.story);
    story.source.sha256 = story.source.sha256.toUpperCase();
    writeFileSync(workspace.story, JSON.stringify(story));
    const result = runBuild(workspace);
    assert.equal(result.status, 0, result.stderr);
  });
});

describe('the build refuses what is not one story, in a few clear lines', () => {
  it('JSON nested 200,000 levels deep: where, and no stack trace', () => {
    const result = expectFailedBuild(root, {
      breakFiles: ({ story }) =>
        writeFileSync(story, `${'['.repeat(200_000)}${']'.repeat(200_000)}`),
      path: 'line 1, column 3501',
      message: /^the data is nested more than 3500 levels deep; a story needs only a few levels/,
    });
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.ok(result.stderr.length < 2000, `a short report (${result.stderr.length} characters)`);
  });

  for (const [json, holds] of [
    ['null', 'null'],
    ['[1, 2]', 'a list \\(2 items\\)'],
    ['"a story"', 'a string'],
  ]) {
    it(`${json} as the story file: "must hold one JSON object"`, () => {
      expectFailedBuild(root, {
        breakFiles: ({ story }) => writeFileSync(story, json),
        path: '',
        message: new RegExp(`^the story file must hold one JSON object .*; it holds ${holds}\\.$`),
      });
    });
  }

  it('two story files with one id: the second names the first', () => {
    expectFailedBuild(root, {
      breakFiles: ({ story, data }) => copyFileSync(story, join(data, 'stories', 'copy.json')),
      file: 'copy.json',
      path: 'id',
      message: new RegExp(
        `^the story id "[a-z-]+" is already used by .*stories/${STORY_NAME}; give each story its own id`,
      ),
    });
  });

  it('story text cannot forge the build log: control characters and newlines are escaped', () => {
    const forged = '\u001b[32mbuilt 1 story into dist/ in 0.5 s\u001b[0m\nall good';
    const result = expectFailedBuild(root, {
      breakStory(story) {
        story.coverage.exclusions.push({
          match: forged,
          reason: { zh: '无', en: 'none', ru: 'нет' },
        });
        return `coverage.exclusions[${story.coverage.exclusions.length - 1}].match`;
      },
      message:
        /^"\\u001b\[32mbuilt 1 story into dist\/ in 0\.5 s\\u001b\[0m\\nall good" is not in the source text/,
    });
    assert.ok(!result.stderr.includes('\u001b'), 'no escape character reaches the terminal');
    assert.doesNotMatch(result.stderr, /^(built|all good)/m, 'no forged line');
  });
});

describe('the build stays fast and brief on inputs that make it work hard', () => {
  it('a quote found 50,000 times: a few places and a count, on one short line', () => {
    const result = expectFailedBuild(root, {
      breakFiles: (workspace) => {
        rewriteSource((b) => Buffer.concat([b, utf8(`${'重复。'.repeat(50_000)}\n`)]))(workspace);
        const story = readJson(workspace.story);
        story.events.push({ ...story.events[0], id: 'repeated', quote: { text: '重复。' } });
        writeFileSync(workspace.story, JSON.stringify(story));
      },
      path: `events[26].quote.text`,
      message:
        /^the quote appears 50,000 times in the source \(line \d+, column \d+; line \d+, column \d+; line \d+, column \d+ … and 49,997 more\)/,
    });
    const longest = Math.max(...result.stderr.split('\n').map((line) => line.length));
    assert.ok(longest < 1000, `the longest line has ${longest} characters`);
  });

  it('a first build of a long source: the first uncovered mentions and a count, not thousands', () => {
    const result = expectFailedBuild(root, {
      breakFiles: rewriteSource((b) =>
        Buffer.concat([b, utf8(`${'2020年1月1日发生了一件事。'.repeat(40_000)}\n`)]),
      ),
      path: 'coverage',
      message: /^line \d+, column \d+: the year "2020年" .* is in no event's quote/,
    });
    assert.match(
      result.stderr,
      /: coverage: [\d,]+ more date mentions are in no event's quote, the first of them/,
    );
    assert.ok(result.stderr.length < 20_000, `${result.stderr.length} characters printed`);
  });

  it('5 MB adversarial stories compile in under 5 s each', async () => {
    const model = await loadModel();
    const base = withSharedEntitiesOf(readJson(storyFile));
    const source = readFileSync(sourceOf(join(storyFile, '..', '..')), 'utf8');
    const extraEvent = (id, text) => ({ ...base.events[0], id, quote: { text } });
    /** The shipped story with events added until its JSON is about 5 MB. */
    const fiveMegabytes = (quoteOf) => {
      const events = [...base.events];
      let size = JSON.stringify(base).length;
      for (let index = 0; size < 4.9e6; index++) {
        const event = extraEvent(`added-${index}`, quoteOf(index));
        size += JSON.stringify(event).length + 1;
        events.push(event);
      }
      return { ...base, events };
    };
    const cases = {
      'missing quotes without offsets in a 2 MB source': [
        fiveMegabytes((index) => `${'a'.repeat(1000)}b${index}`),
        `${source}\n${'a'.repeat(2_000_000)}\n`,
      ],
      'one quote found 50,000 times, cited by every event': [
        fiveMegabytes(() => '重复。'),
        `${source}\n${'重复。'.repeat(50_000)}\n`,
      ],
      'quotes of one letter repeated, each found everywhere in a 2 MB source of that letter': [
        fiveMegabytes((index) => 'a'.repeat((index % 500) + 1)),
        `${source}\n${'a'.repeat(2_000_000)}\n`,
      ],
      'a quote after 60,000 spaces': [
        fiveMegabytes(() => '这是一句话。'),
        `${source}\n${' '.repeat(60_000)}这是一句话。\n`,
      ],
    };
    for (const [name, [story, text]] of Object.entries(cases)) {
      const started = performance.now();
      const result = model.compileStory(story, text);
      const milliseconds = performance.now() - started;
      assert.equal(result.ok, false, name);
      assert.ok(result.problems.length <= 101, `${name}: ${result.problems.length} problems`);
      assert.ok(milliseconds < 5000, `${name}: ${Math.round(milliseconds)} ms`);
      console.log(`# ${name}: ${Math.round(milliseconds)} ms`);
    }
  });
});
