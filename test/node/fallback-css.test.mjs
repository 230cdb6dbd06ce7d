// `--fallback-css`: the fallback files an editor pastes into their own pages link
// fallback.css where it is served, not `../fallback.css` (right only inside dist/).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { makeWorkspace, runBuild, STORY_NAME } from './helpers.mjs';

const root = mkdtempSync(join(tmpdir(), 'he-fallback-css-'));
after(() => rmSync(root, { recursive: true, force: true }));

const linked = (file) =>
  readFileSync(file, 'utf8').match(/<link rel="stylesheet" href="([^"]*)">/)?.[1];
const base = STORY_NAME.replace(/\.json$/, '');

describe('build --fallback-css', () => {
  it('links the fallback files of stories and collections to the URL given', () => {
    const workspace = makeWorkspace(root);
    const url = 'https://cdn.example.org/history-explorer/fallback.css';
    const result = runBuild({ ...workspace, args: ['--fallback-css', url] });
    assert.equal(result.status, 0, result.stderr);
    for (const name of [`${base}.fallback.html`, `${base}.fallback.zh.html`]) {
      assert.equal(linked(join(workspace.out, 'stories', name)), url, name);
    }
    assert.equal(
      linked(join(workspace.out, 'collections', 'caspian-crossroads.fallback.html')),
      url,
    );
    // The site's own pages keep their relative links: they are served from dist/.
    const page = readFileSync(join(workspace.out, 'examples', 'article.html'), 'utf8');
    assert.doesNotMatch(page, /cdn\.example\.org/);
  });

  it('refuses what is not a URL or a path from the root, and leaves dist/ as it was', () => {
    const workspace = makeWorkspace(root);
    const result = runBuild({ ...workspace, args: ['--fallback-css', 'javascript:alert(1)'] });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /--fallback-css "javascript:alert\(1\)": not an http\(s\) URL or a path from the site's root; give where fallback\.css is served/,
    );
    assert.match(result.stderr, /was left unchanged/);
    assert.ok(existsSync(join(workspace.out, 'MARKER')), 'the previous build is still there');
  });
});
