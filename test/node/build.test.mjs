// The build as an editor meets it: it succeeds on the shipped data and prints sizes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const work = mkdtempSync(join(tmpdir(), 'he-build-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('build.mjs', () => {
  it('builds the shipped data into a static site and reports raw and gzip sizes', () => {
    const out = join(work, 'dist');
    const result = spawnSync(process.execPath, ['build.mjs', '--out', out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /embed\.js\s+[\d.]+ K?B\s+[\d.]+ K?B/);
    assert.match(result.stdout, /^total\s+/m);
    assert.ok(readFileSync(join(out, 'index.html'), 'utf8').includes('<html'));
  });
});
