/**
 * TimelineJS groups as the story format's event categories. Groups are free
 * text; a group whose words name a category (or a common synonym) maps to it,
 * any other group gets the importer's default and is listed.
 *
 * @module
 */
import { CATEGORIES, type Category } from '../model/story-schema.js';

/** Words that name a category, beyond the category's own name. */
const CATEGORY_WORDS: Readonly<Record<Category, readonly string[]>> = {
  politics: [
    'political',
    'government',
    'diplomacy',
    'war',
    'military',
    'law',
    'election',
    'policy',
  ],
  economy: ['economic', 'business', 'finance', 'trade', 'industry', 'market'],
  transport: ['transportation', 'rail', 'railway', 'shipping', 'aviation', 'road', 'logistics'],
  energy: ['oil', 'gas', 'power', 'electricity', 'nuclear'],
  digital: ['technology', 'tech', 'computing', 'computer', 'internet', 'software', 'science'],
  culture: [
    'cultural',
    'art',
    'arts',
    'music',
    'film',
    'video',
    'audio',
    'image',
    'media',
    'literature',
    'history',
    'sport',
    'education',
  ],
  ecology: ['environment', 'environmental', 'nature', 'climate', 'ecological'],
};

/** The category a group names, or `undefined` when its words name none. */
export function categoryOfGroup(group: string): Category | undefined {
  const words = group.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return CATEGORIES.find(
    (category) =>
      words.includes(category) || CATEGORY_WORDS[category].some((word) => words.includes(word)),
  );
}
