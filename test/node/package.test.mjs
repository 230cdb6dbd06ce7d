// The npm package as another project meets it: `npm pack`, the tarball installed
// into a scratch consumer offline (its dependencies come from the npm cache this
// repository filled: the consumer's lockfile pins them as ours does), a page that
// imports `history-explorer` bundled with esbuild, and that page showing a story
// in Chromium. The package's TypeScript declarations type-check a consumer's code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { launchBrowser } from '../../scripts/find-browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import {
  makeTempRoot,
  makeWorkspace,
  readJson,
  repoRoot,
  runBuild,
  STORY_NAME,
} from './helpers.mjs';

const root = makeTempRoot('he-package-');
after(() => rmSync(root, { recursive: true, force: true }));

const npm = (args, cwd) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
  });

/**
 * A consumer lockfile that pins the package's dependencies (and theirs) exactly as
 * this repository's lockfile does, so `npm ci --offline` finds every tarball in the cache.
 */
function consumerLock(tarball) {
  const ours = readJson(join(repoRoot, 'package-lock.json')).packages;
  const manifest = readJson(join(repoRoot, 'package.json'));
  const packages = {};
  const add = (name) => {
    const key = `node_modules/${name}`;
    if (packages[key] || !ours[key]) return;
    const { version, resolved, integrity, dependencies, peerDependencies } = ours[key];
    packages[key] = { version, resolved, integrity, dependencies, peerDependencies };
    for (const dependency of Object.keys({ ...dependencies, ...peerDependencies })) add(dependency);
  };
  for (const dependency of Object.keys(manifest.dependencies)) add(dependency);
  return {
    name: 'consumer',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'consumer', dependencies: { 'history-explorer': `file:${tarball}` } },
      'node_modules/history-explorer': {
        version: manifest.version,
        resolved: `file:${tarball}`,
        dependencies: manifest.dependencies,
      },
      ...packages,
    },
  };
}

describe('the npm package', () => {
  const consumer = join(root, 'consumer');
  let tarball;
  before(() => {
    const packed = npm(['pack', '--pack-destination', root, '--json'], repoRoot);
    assert.equal(packed.status, 0, packed.stderr);
    // prepack's own output comes first; the JSON report is the last thing printed.
    const report = JSON.parse(packed.stdout.slice(packed.stdout.lastIndexOf('\n[') + 1));
    tarball = join(root, report[0].filename);
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { 'history-explorer': `file:${tarball}` },
      }),
    );
    writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify(consumerLock(tarball)));
    const installed = npm(['ci', '--offline'], consumer);
    assert.equal(installed.status, 0, installed.stderr);
  });

  it('ships the elements, the declarations and the manifest, not the sources or tests', () => {
    const manifest = readJson(join(consumer, 'node_modules', 'history-explorer', 'package.json'));
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.customElements, 'custom-elements.json');
    for (const entry of [
      '.',
      './history-explorer',
      './event-timeline',
      './event-graph',
      './source-quote',
      './model',
    ]) {
      const { types, import: module } = manifest.exports[entry];
      for (const file of [types, module]) {
        assert.ok(
          readFileSync(join(consumer, 'node_modules', 'history-explorer', file)).length > 0,
          `${entry}: ${file}`,
        );
      }
    }
    const listed = npm(['pack', '--dry-run', '--json'], repoRoot);
    const files = JSON.parse(
      listed.stdout.slice(listed.stdout.lastIndexOf('\n[') + 1),
    )[0].files.map((file) => file.path);
    assert.ok(files.includes('custom-elements.json'));
    assert.ok(
      !files.some((file) => file.startsWith('src/') || file.startsWith('test/')),
      files.join(', '),
    );
  });

  it('types a consumer’s code with its declarations', () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      [
        "import { HistoryExplorer } from 'history-explorer';",
        "import type { Story } from 'history-explorer/model';",
        "import 'history-explorer/event-graph';",
        "const explorer: HistoryExplorer = document.createElement('history-explorer');",
        "const story: Pick<Story, 'id'> = { id: 'x' };",
        'explorer.src = story.id;',
        "document.createElement('event-graph').fit();",
      ].join('\n'),
    );
    const tsc = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        'check.ts',
      ],
      { cwd: consumer, encoding: 'utf8' },
    );
    assert.equal(tsc.status, 0, tsc.stdout);
  });

  it('bundled with esbuild into a page, shows a story in Chromium', async () => {
    const site = join(consumer, 'site');
    mkdirSync(site);
    writeFileSync(join(consumer, 'app.js'), "import 'history-explorer';\n");
    await esbuild.build({
      absWorkingDir: consumer,
      entryPoints: ['app.js'],
      bundle: true,
      format: 'esm',
      outfile: join(site, 'app.js'),
      logLevel: 'silent',
    });
    const workspace = makeWorkspace(root);
    const build = runBuild(workspace);
    assert.equal(build.status, 0, build.stderr);
    copyFileSync(join(workspace.out, 'stories', STORY_NAME), join(site, 'story.json'));
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>consumer</title><history-explorer src="story.json"></history-explorer><script type="module" src="app.js"></script>\n',
    );
    const story = readJson(join(site, 'story.json'));
    const server = await startStaticServer({ dir: site });
    const browser = await launchBrowser({ quiet: true });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(new URL('index.html', server.url).href);
      // The story's title (its header) and an event's title (the reading order's list).
      const title = story.title.en;
      const shown = await page
        .waitForFunction(
          (expected) => {
            const root = document.querySelector('history-explorer')?.shadowRoot;
            return root && root.textContent.includes(expected) ? root.textContent : false;
          },
          { timeout: 60_000 },
          title,
        )
        .catch((error) => {
          throw new Error(`${error.message}; page errors: ${errors.join('; ') || 'none'}`);
        });
      assert.ok((await shown.jsonValue()).includes(title));
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
