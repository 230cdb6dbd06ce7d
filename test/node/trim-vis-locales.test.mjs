// vis-timeline's locale table, trimmed at build time (scripts/trim-vis-locales.mjs):
// the shipped chunk keeps English only, and a vis-timeline that changed shape
// fails the build with a message that says what to update.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { trimVisLocales, trimVisLocalesPlugin } from '../../scripts/trim-vis-locales.mjs';

// The file `vis-timeline/esnext` resolves to when esbuild bundles it.
const visFile = 'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs';

/** Bundles the timeline's library chunk as build.mjs does, with or without the plugin. */
async function bundleVisLoader(plugins) {
  const result = await esbuild.build({
    entryPoints: ['src/event-timeline/vis-loader.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    loader: { '.css': 'text' },
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0].text;
}

describe('trim-vis-locales', () => {
  it('leaves only English in the bundled vis-timeline, and smaller', async () => {
    const stock = await bundleVisLoader([]);
    const trimmed = await bundleVisLoader([trimVisLocalesPlugin()]);
    // The Lithuanian and Norwegian strings of vis-timeline's table.
    assert.ok(stock.includes('einamas') && stock.includes('Slett valgte'), 'the stock table');
    assert.ok(!trimmed.includes('einamas'), 'Lithuanian gone');
    assert.ok(!trimmed.includes('Slett valgte'), 'Norwegian gone');
    assert.ok(trimmed.includes('Delete selected'), 'English kept');
    assert.ok(trimmed.length < stock.length - 1000, `${trimmed.length} vs ${stock.length} bytes`);
  });

  it('fails with a message naming the file and what to update when the table changed', () => {
    const source = readFileSync(visFile, 'utf8').replace(
      'const locales = {',
      'const localeTable = {',
    );
    assert.throws(
      () => trimVisLocales(source, visFile),
      (error) =>
        error.message.includes(visFile) &&
        error.message.includes('found 0') &&
        error.message.includes('scripts/trim-vis-locales.mjs'),
    );
  });
});
