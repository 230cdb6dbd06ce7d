/**
 * Every file a story is exported as, in one list: the build writes each to
 * `dist/stories/<id>.<suffix>`, and the explorer's download menu offers the
 * same files made in the browser. Each writer is pure (no DOM, no Node).
 *
 * @module
 */
import type { Story, TextLanguage } from '../model/story-schema.js';
import { storyToGexf } from './gexf.js';
import { storyToGraphml } from './graphml.js';
import { timelineToCsv } from './timelinejs-csv.js';
import { storyToTimelineJs } from './timelinejs-export.js';
import { storyToWebAnnotations } from './web-annotations.js';

/** One export format. */
export interface StoryExport {
  /** What follows the story id in the file name: `<id>.<suffix>`. */
  readonly suffix: string;
  /** The file's media type (with charset for text). */
  readonly mediaType: string;
  /** The format's name as people know it. */
  readonly name: string;
  /** The file's contents for `story` (compiled: with its source text), labels in `language`. */
  readonly write: (story: Story, language: TextLanguage) => string;
}

/** The export formats, in the order the download menu lists them. */
export const STORY_EXPORTS: readonly StoryExport[] = [
  {
    suffix: 'timeline.json',
    mediaType: 'application/json',
    name: 'TimelineJS (JSON)',
    write: (story, language) => `${JSON.stringify(storyToTimelineJs(story, language), null, 2)}\n`,
  },
  {
    suffix: 'timeline.csv',
    mediaType: 'text/csv;charset=utf-8',
    name: 'TimelineJS sheet (CSV)',
    write: (story, language) => timelineToCsv(storyToTimelineJs(story, language)),
  },
  {
    suffix: 'gexf',
    mediaType: 'application/gexf+xml',
    name: 'Gephi (GEXF 1.3)',
    write: storyToGexf,
  },
  {
    suffix: 'graphml',
    mediaType: 'application/graphml+xml',
    name: 'GraphML',
    write: storyToGraphml,
  },
  {
    suffix: 'annotations.jsonld',
    mediaType: 'application/ld+json',
    name: 'Web Annotations (JSON-LD)',
    write: (story, language) =>
      `${JSON.stringify(storyToWebAnnotations(story, { language }), null, 2)}\n`,
  },
];

/** The file name of `story` exported as `format`. */
export const exportFileName = (story: Story, format: StoryExport) => `${story.id}.${format.suffix}`;
