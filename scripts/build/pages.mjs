// The pages, examples and stylesheets copied into dist/, with each story's
// static fallback (the event list readers see without JavaScript) injected
// where a page asks for it, and the compiled stories themselves.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { shown } from './data-files.mjs';
import { listFiles } from './report.mjs';
import { BuildError } from './stories.mjs';

/**
 * The pages and stylesheets copied into dist/ (HTML pages get story fallbacks).
 * The home pages and the explorer pages are generated (site.mjs).
 */
const PAGES = [
  'studio.html',
  'page.css',
  'embed.html',
  'embed-frame.css',
  'favicon.svg',
  'favicon.ico',
];
const FALLBACK_CSS = 'src/fallback/fallback.css';
const FALLBACK_MARKER = /<!--\s*fallback:([a-z0-9-]+)(?:\s+lang=(en|zh|ru))?\s*-->/g;

/**
 * Replaces each `<!-- fallback:<story-id> -->` marker in a page with the
 * story's static event list (a declarative shadow root), its stylesheet linked
 * relative to the page, and the first marker of each story also with the
 * story's schema.org JSON-LD.
 */
function injectFallbacks(root, model, html, pagePath, stagingDir, storiesById) {
  const described = new Set();
  return html.replace(FALLBACK_MARKER, (marker, id, lang) => {
    const story = storiesById.get(id);
    if (!story) {
      throw new BuildError([
        `${shown(pagePath)}: the marker ${marker} names a story that does not exist (known: ${[...storiesById.keys()].join(', ')}).`,
      ]);
    }
    const stylesheet = relative(
      dirname(join(stagingDir, relative(root, pagePath))),
      join(stagingDir, 'fallback.css'),
    );
    const fallback = model.storyFallbackHtml(story, {
      stylesheet: stylesheet.split('\\').join('/'),
      lang: lang ?? 'en',
    });
    // schema.org JSON-LD for search engines and fact-checkers (see docs/interop.md), once a page.
    if (described.has(id)) return fallback;
    described.add(id);
    return `${fallback}\n${model.jsonLdScript(model.storyJsonLd(story, lang ?? 'en'))}`;
  });
}

/**
 * Copies the pages, examples and stylesheets, injecting story fallbacks into HTML,
 * and writes each story's fallback files, linking fallback.css at `fallbackCss`.
 */
export async function copyPages(root, model, stagingDir, stories, fallbackCss) {
  const storiesById = new Map(stories.map(({ story }) => [story.id, story]));
  const files = PAGES.map((page) => join(root, page));
  if (existsSync(join(root, 'examples'))) files.push(...(await listFiles(join(root, 'examples'))));
  for (const file of files) {
    const target = join(stagingDir, relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    if (file.endsWith('.html')) {
      const html = await readFile(file, 'utf8');
      await writeFile(target, injectFallbacks(root, model, html, file, stagingDir, storiesById));
    } else {
      await cp(file, target);
    }
  }
  await cp(join(root, FALLBACK_CSS), join(stagingDir, 'fallback.css'));
  // The example article is styled by a popular CSS framework, as host pages are.
  const framework = join(root, 'node_modules/bootstrap/dist/css/bootstrap.min.css');
  if (existsSync(framework)) {
    await mkdir(join(stagingDir, 'examples/vendor'), { recursive: true });
    await cp(framework, join(stagingDir, 'examples/vendor/bootstrap.min.css'));
  }
  for (const { name, story } of stories) {
    const base = name.replace(/\.json$/, '');
    await writeFile(join(stagingDir, 'stories', name), JSON.stringify(story));
    // TimelineJS, Gephi, GraphML and Web Annotation files (see docs/interop.md).
    for (const format of model.STORY_EXPORTS) {
      await writeFile(
        join(stagingDir, 'stories', `${base}.${format.suffix}`),
        format.write(story, 'en'),
      );
    }
    // For editors who paste the fallback into their own pages (see docs/embedding.md).
    for (const lang of ['en', 'zh', 'ru']) {
      const html = model.storyFallbackHtml(story, { stylesheet: fallbackCss, lang });
      await writeFile(
        join(stagingDir, 'stories', `${base}.fallback${lang === 'en' ? '' : `.${lang}`}.html`),
        `${html}\n`,
      );
    }
  }
}
