// Collections of stories (data/collections/*.json): each compiled by the data
// layer (src/model/collection.ts) from the stories the build compiled, given
// its graph positions, and written to dist/collections/ with its static
// fallbacks. A collection that names a story that does not exist, or whose
// stories define one entity id differently, fails the build.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listStoryFiles, shown } from './data-files.mjs';
import { readDataJson } from './entities.mjs';
import { BuildError } from './stories.mjs';

/**
 * Compiles every collection of `<dataDir>/collections/` (none when the folder
 * is missing). Returns `[{ name, collection, story }]`: the compiled file, and
 * the collection as one story (for pages and fallbacks).
 */
export async function compileCollections(model, dataDir, stories) {
  const folder = join(dataDir, 'collections');
  if (!existsSync(folder)) return [];
  const storiesById = new Map(stories.map(({ story }) => [story.id, story]));
  const problems = [];
  const compiled = [];
  const fileById = new Map();
  for (const file of await listStoryFiles(folder)) {
    const read = await readDataJson(file, folder, 'the collection file');
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const result = model.compileCollection(read.value, storiesById);
    if (!result.ok) {
      problems.push(...result.problems.map((problem) => model.formatProblem(shown(file), problem)));
      continue;
    }
    const { id } = result.collection;
    const earlier = fileById.get(id) ?? (storiesById.has(id) ? 'a story' : undefined);
    if (earlier !== undefined) {
      problems.push(
        `${shown(file)}: id: the id "${id}" is already used by ${earlier === 'a story' ? 'a story' : shown(earlier)}; give the collection its own id (pages are published under it).`,
      );
      continue;
    }
    fileById.set(id, file);
    const collection = model.withCollectionLayout(result.collection);
    compiled.push({
      name: file.slice(folder.length + 1),
      collection,
      story: model.collectionAsStory(collection),
    });
  }
  if (problems.length > 0) throw new BuildError(problems);
  return compiled;
}

/**
 * Writes each compiled collection, and its fallbacks (linking fallback.css at
 * `fallbackCss`), into `<stagingDir>/collections/`.
 */
export async function writeCollections(model, stagingDir, collections, fallbackCss) {
  if (collections.length === 0) return;
  const folder = join(stagingDir, 'collections');
  await mkdir(folder, { recursive: true });
  for (const { collection, story } of collections) {
    await writeFile(join(folder, `${collection.id}.json`), JSON.stringify(collection));
    for (const lang of ['en', 'zh', 'ru']) {
      const html = model.storyFallbackHtml(story, { stylesheet: fallbackCss, lang });
      await writeFile(
        join(folder, `${collection.id}.fallback${lang === 'en' ? '' : `.${lang}`}.html`),
        `${html}\n`,
      );
    }
  }
}
