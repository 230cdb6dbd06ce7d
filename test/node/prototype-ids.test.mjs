// Ids that are keys of every plain object (`constructor`, `__proto__`,
// `toString`…) or that the widgets and the layout use internally (`n0`, `e0`,
// `he`, `future`, `option-…`): a story using them validates (or is refused
// with a message, when the id pattern forbids them), compiles, lays out with a
// position for every entity, and builds.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { importTypeScript } from '../../scripts/import-ts.mjs';
import {
  makeTempRoot,
  makeWorkspace,
  readJson,
  repoRoot,
  runBuild,
  STORY_NAME,
  storyFile,
  withSharedEntitiesOf,
} from './helpers.mjs';

const root = makeTempRoot('he-prototype-ids-');
after(() => rmSync(root, { recursive: true, force: true }));

/** The ids to try: Object.prototype's keys and the ids the code uses for itself. */
const AWKWARD_IDS = [
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'length',
  'name',
  'hasownproperty',
  'tostring',
  'valueof',
  'proto',
  ...['n0', 'n1', 'e0', 'e1'], // the layout's own node and edge ids
  ...['he', 'future', 'event', 'he-future', 'option-treaty', 'help'], // the widgets' own ids
];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const api = await importTypeScript(
  "export * from './src/build/build-api.ts'; export * from './src/model/index.ts'; export { withRenamedIds } from './test/fixtures/renamed-ids.ts';",
  repoRoot,
);
// The story as the build compiles it: its shared entities (data/entities/) included.
const shipped = withSharedEntitiesOf(readJson(storyFile));
const sourceText = readFileSync(
  join(repoRoot, 'data', 'sources', shipped.source.file.split('/').pop()),
  'utf8',
);

/** Renames the first entities and events of the shipped story to `ids`, in turn. */
function renamed(entityIds, eventIds) {
  const renames = new Map();
  entityIds.forEach((id, index) => renames.set(shipped.entities[index].id, id));
  eventIds.forEach((id, index) => renames.set(shipped.events[index].id, id));
  return api.withRenamedIds(shipped, renames);
}

describe('ids that are keys of every object, or the widgets’ own', () => {
  it('validate (or are refused by the id pattern), compile and lay out', () => {
    const distinct = (length) =>
      fc.uniqueArray(fc.constantFrom(...AWKWARD_IDS), { minLength: 1, maxLength: length });
    fc.assert(
      fc.property(distinct(4), distinct(3), (entityIds, eventIds) => {
        // An id used for both an entity and an event is fine: they are separate lists.
        const story = renamed(entityIds, eventIds);
        const result = api.compileStory(story, sourceText);
        const invalid = [...entityIds, ...eventIds].filter((id) => !ID_PATTERN.test(id));
        if (invalid.length > 0) {
          assert.equal(result.ok, false);
          assert.ok(
            result.problems.some((problem) =>
              /must be lower-case words joined by hyphens/.test(problem.message),
            ),
            JSON.stringify(result.problems.slice(0, 3)),
          );
          return;
        }
        assert.equal(result.ok, true, JSON.stringify(!result.ok && result.problems.slice(0, 3)));
        const laidOut = api.withGraphLayout(result.story);
        const positions = laidOut.layout.positions;
        for (const entity of laidOut.entities) {
          assert.ok(Object.hasOwn(positions, entity.id), `a position for "${entity.id}"`);
          assert.ok(
            Number.isFinite(positions[entity.id].x) && Number.isFinite(positions[entity.id].y),
          );
        }
        // The positions survive JSON, as dist/ stores them.
        const reread = JSON.parse(JSON.stringify(laidOut)).layout.positions;
        for (const entity of laidOut.entities) assert.ok(Object.hasOwn(reread, entity.id));
      }),
      { numRuns: 60 },
    );
  });

  it('"__proto__" as a key of layout.positions in JSON stays an own key and is checked', () => {
    const text = JSON.stringify({ ...shipped, layout: { positions: { placeholder: 1 } } }).replace(
      '"placeholder":1',
      '"__proto__":{"x":"not a number"}',
    );
    const parsed = JSON.parse(text);
    assert.ok(Object.hasOwn(parsed.layout.positions, '__proto__'), 'JSON.parse keeps it own');
    const result = api.validateStory(parsed, { sourceText });
    assert.equal(result.ok, false);
    assert.ok(
      result.problems.some((problem) => problem.path.startsWith('layout.positions')),
      JSON.stringify(result.problems),
    );
  });

  it('a story whose entity is "constructor" and event "prototype" builds, and the build exits', () => {
    const workspace = makeWorkspace(root);
    const story = renamed(['constructor', 'n0'], ['prototype']);
    writeFileSync(workspace.story, JSON.stringify(story, null, 2));
    const result = runBuild(workspace);
    assert.equal(result.signal, null, 'the build ended by itself');
    assert.equal(result.status, 0, result.stderr);
    const built = readJson(join(workspace.out, 'stories', STORY_NAME));
    assert.ok(Object.hasOwn(built.layout.positions, 'constructor'));
    assert.ok(Object.hasOwn(built.layout.positions, 'n0'));
    assert.ok(built.events.some((event) => event.id === 'prototype'));
  });
});
