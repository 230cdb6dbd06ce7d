// The interview text in data/sources/ is byte for byte the shared source. The
// SHA-256 recorded in the story is checked always; where the shared folder is
// present (beside the checkout, or beside the folder of worktrees it sits in)
// the bytes are compared directly too. Without it that comparison is reported as
// skipped: the recorded hash, taken from the shared file, is the proof there.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readJson, repoRoot, storyFile } from './helpers.mjs';

/** The SHA-256 of /work/shared/source/000_f3c1f6f452653bf2.txt, as delivered. */
const SHARED_SOURCE_SHA256 = '1f5d30aad6e1af49a38297ec4aa9a87b23ec3989b071bc44d55a25d992ef4f26';
const sharedSource = [resolve(repoRoot, '..'), resolve(repoRoot, '..', '..')]
  .map((folder) => join(folder, 'shared', 'source', '000_f3c1f6f452653bf2.txt'))
  .find((file) => existsSync(file));

const story = readJson(storyFile);
const sourceFile = resolve(dirname(storyFile), story.source.file);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

describe('the source text', () => {
  it('has a name that says publisher, date, subject and language', () => {
    assert.match(
      story.source.file,
      /^\.\.\/sources\/kazinform-2025-10-18-aliyev-interview\.zh\.txt$/,
    );
  });

  it('has the SHA-256 of the shared source, and the story records that hash', () => {
    const bytes = readFileSync(sourceFile);
    assert.equal(sha256(bytes), SHARED_SOURCE_SHA256);
    assert.equal(story.source.sha256, SHARED_SOURCE_SHA256);
  });

  it('is byte for byte the shared file, where shared/source/ is present', (t) => {
    if (!sharedSource) {
      t.skip('no shared/source/ beside this checkout: the recorded hash above is the proof');
      return;
    }
    assert.ok(readFileSync(sourceFile).equals(readFileSync(sharedSource)), 'the bytes differ');
  });

  it('is UTF-8 without a byte order mark, so quote offsets count from its first character', () => {
    const bytes = readFileSync(sourceFile);
    assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes), true);
  });
});
