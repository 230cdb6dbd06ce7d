/**
 * The explorer's search and category filters: what the reader typed and
 * switched off, and the events they leave. A Lit reactive controller: a change
 * updates the explorer.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filteredEventIds } from '../model/story-index.js';
import type { Category, Story } from '../model/story-schema.js';

/** The search and the category filters of one explorer. */
export class StoryFilter implements ReactiveController {
  /** What the reader typed in the search field. */
  query = '';
  /** The categories switched off. */
  hidden: ReadonlySet<Category> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the filter is plain state.
  }

  /** Ids of the events left by the search and the filters, in date order; undefined: all. */
  visibleIds(story: Story): string[] | undefined {
    return filteredEventIds(story, this.query, this.hidden);
  }

  /** The search field's input. */
  readonly onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  /** Switches a category off, or back on. */
  readonly toggle = (category: Category): void => {
    const next = new Set(this.hidden);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    this.hidden = next;
    this.host.requestUpdate();
  };
}
