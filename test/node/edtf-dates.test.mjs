// Issue 15: a story dated as historians write dates (44 BC, 622, c. 1000, 1920?,
// 199X, 2022/.., an approximate range) builds from a scratch data folder, and
// its static fallback (what readers see without JavaScript) lists the events in
// date order with their dates in words, in each language.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTypeScript } from '../../scripts/import-ts.mjs';
import { makeTempRoot, makeWorkspace, repoRoot, runBuild } from './helpers.mjs';

const root = makeTempRoot('he-edtf-');
after(() => rmSync(root, { recursive: true, force: true }));

let fixture;
let workspace;
let build;
before(async () => {
  fixture = await importTypeScript("export * from './test/fixtures/edtf-story.ts';", repoRoot);
  workspace = makeWorkspace(root);
  writeFileSync(join(workspace.data, 'sources', fixture.EDTF_SOURCE_FILE), fixture.EDTF_SOURCE);
  writeFileSync(
    join(workspace.data, 'stories', 'edtf-dates.json'),
    `${JSON.stringify(fixture.edtfStory(), null, 2)}\n`,
  );
  build = runBuild(workspace);
});

/** The date of each event the fallback lists, in the order it lists them. */
function fallbackDates(file) {
  const html = readFileSync(join(workspace.out, 'stories', file), 'utf8');
  return [...html.matchAll(/<time[^>]*>([^<]*)<\/time>/g)]
    .map((match) => match[1].replaceAll('&amp;', '&'))
    .slice(0, 7);
}

describe('a story with EDTF dates', () => {
  it('builds', () => {
    assert.equal(build.status, 0, build.stderr);
  });

  it('lists its events in date order with their dates in words, in en, zh and ru', () => {
    assert.deepEqual(fallbackDates('edtf-dates.fallback.html'), [...fixture.EDTF_LABELS.en]);
    assert.deepEqual(fallbackDates('edtf-dates.fallback.zh.html'), [...fixture.EDTF_LABELS.zh]);
    assert.deepEqual(fallbackDates('edtf-dates.fallback.ru.html'), [...fixture.EDTF_LABELS.ru]);
  });

  it("keeps the dates as written in the built story: instants are the widgets' business", () => {
    const built = JSON.parse(
      readFileSync(join(workspace.out, 'stories', 'edtf-dates.json'), 'utf8'),
    );
    const byId = Object.fromEntries(built.events.map((event) => [event.id, event.start]));
    assert.equal(byId.caesar, '-0043');
    assert.equal(byId.ferry, '2022/..');
  });
});
