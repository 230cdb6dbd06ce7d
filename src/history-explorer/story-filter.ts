/**
 * The explorer's search and category filters: what the reader typed and
 * switched off, and the events they leave. A Lit reactive controller: a change
 * updates the explorer.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storyIdOf } from '../model/collection-story.js';
import { filteredEventIds, indexStory } from '../model/story-index.js';
import type { Category, Story } from '../model/story-schema.js';

/** The search and the category filters of one explorer. */
export class StoryFilter implements ReactiveController {
  /** What the reader typed in the search field. */
  query = '';
  /** The categories switched off. */
  hidden: ReadonlySet<Category> = new Set();
  /** The sources (a collection's stories, by story id) switched off. */
  hiddenSources: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the filter is plain state.
  }

  /** Ids of the events left by the search and the filters, in date order; undefined: all. */
  visibleIds(story: Story): string[] | undefined {
    const ids = filteredEventIds(story, this.query, this.hidden);
    if (this.hiddenSources.size === 0) return ids;
    const { eventsById, chronological } = indexStory(story);
    return (ids ?? chronological.map((event) => event.id)).filter((id) => {
      const event = eventsById.get(id);
      const source = event ? storyIdOf(event) : undefined;
      return source === undefined || !this.hiddenSources.has(source);
    });
  }

  /** The search field's input. */
  readonly onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  /** Switches a category off, or back on. */
  readonly toggle = (category: Category): void => {
    this.hidden = toggled(this.hidden, category);
    this.host.requestUpdate();
  };

  /** Switches a source (a collection's story) off, or back on. */
  readonly toggleSource = (storyId: string): void => {
    this.hiddenSources = toggled(this.hiddenSources, storyId);
    this.host.requestUpdate();
  };
}

/** The set with `item` removed if it was in, added if not. */
function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
