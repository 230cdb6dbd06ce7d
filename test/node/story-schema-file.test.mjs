// data/story.schema.json (for editors) and src/model/story-shape-check.generated.ts
// (validateStory's quick check) are generated from src/model/story-schema.ts (the one
// schema). Each must be what the build generates, and committed that way: the
// build rewrites them when they are stale, so where git is available the test also
// compares them with the versions git holds (the index), which catches a stale
// committed file even after `npm test`'s own build has refreshed the copy.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { importTypeScript, STORY_SHAPE_CHECK_GENERATOR } from '../../scripts/import-ts.mjs';
import { loadModel, readJson, repoRoot, storyFile } from './helpers.mjs';

const schemaFile = join(repoRoot, 'data', 'story.schema.json');

const generatedFiles = [
  {
    path: 'data/story.schema.json',
    generate: async () => `${JSON.stringify((await loadModel()).storyJsonSchema(), null, 2)}\n`,
  },
  {
    path: 'src/model/story-shape-check.generated.ts',
    generate: async () =>
      (await importTypeScript(STORY_SHAPE_CHECK_GENERATOR, repoRoot)).storyShapeCheckModule(),
  },
];

for (const { path, generate } of generatedFiles) {
  describe(path, () => {
    it('is exactly what the build generates from src/model/story-schema.ts', async () => {
      assert.equal(
        readFileSync(join(repoRoot, path), 'utf8'),
        await generate(),
        'run `npm run build` to regenerate it',
      );
    });

    it('is committed as generated (compared with the version in git, where git is available)', (t) => {
      const git = spawnSync('git', ['show', `:${path}`], { cwd: repoRoot, encoding: 'utf8' });
      if (git.error || git.status !== 0) {
        // Reported as skipped, not passed: the comparison with the generated file above stands alone.
        t.skip('no git checkout here');
        return;
      }
      assert.equal(
        git.stdout,
        readFileSync(join(repoRoot, path), 'utf8'),
        `the build regenerated ${path}; add and commit the new file`,
      );
    });
  });
}

describe('data/story.schema.json', () => {
  it('is what the story file points $schema at, and lists the story vocabulary for editors', async () => {
    const story = readJson(storyFile);
    assert.equal(resolve(dirname(storyFile), story.$schema), schemaFile);
    const { CATEGORIES, ENTITY_KINDS, RELATION_TYPES } = await loadModel();
    const schema = readJson(schemaFile);
    const event = schema.properties.events.items;
    assert.deepEqual(event.properties.category.enum, [...CATEGORIES]);
    assert.deepEqual(schema.properties.entities.items.properties.kind.enum, [...ENTITY_KINDS]);
    assert.deepEqual(schema.properties.relations.items.properties.type.enum, [...RELATION_TYPES]);
    assert.ok(event.required.includes('quote'));
  });
});
