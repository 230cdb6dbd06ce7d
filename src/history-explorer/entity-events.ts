/**
 * What choosing a name in the graph does to the rest of the explorer: the
 * timeline brings the name's events into view (it already lights them up), and
 * an event picked from the name's list in the graph is selected as from the
 * timeline, the name staying chosen so that the reader can go on down its list.
 *
 * @module
 */
import type { EntitySelectDetail, EventSelectDetail } from '../shared/events.js';

/** What the link needs of the explorer. */
export interface EntityEventsHooks {
  /** The timeline, once rendered. */
  timeline(): { showEvents(ids: readonly string[]): Promise<void> } | undefined;
  /** The events of an entity that search and filters leave. */
  eventsOf(entityId: string): readonly string[];
  /** Chooses an entity ('' clears the choice). */
  chooseEntity(entityId: string): void;
  /** Selects an event as the reader's own choice (its detail comes into view). */
  selectEvent(eventId: string): void;
  /** Resolves once the explorer has rendered its latest state. */
  rendered(): Promise<unknown>;
}

/** The graph's `entity-select` and `event-select` listeners of the explorer. */
export class EntityEventsLink {
  constructor(private readonly hooks: EntityEventsHooks) {}

  readonly onEntitySelect = (event: CustomEvent<EntitySelectDetail>): void => {
    const { entityId } = event.detail;
    this.hooks.chooseEntity(entityId);
    if (!entityId) return;
    void this.hooks.rendered().then(() => {
      const ids = this.hooks.eventsOf(entityId);
      if (ids.length > 0) void this.hooks.timeline()?.showEvents(ids);
    });
  };

  /** The event goes on bubbling out of the explorer: the page hears it as from the timeline. */
  readonly onEventSelect = (event: CustomEvent<EventSelectDetail>): void => {
    this.hooks.selectEvent(event.detail.eventId);
  };
}
