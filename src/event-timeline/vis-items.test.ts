import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { toTimelineItems } from '../model/timeline-items.js';
import {
  afterDateline,
  changedItems,
  classUpdates,
  eventIdOfItem,
  FUTURE_ITEM_ID,
  itemClassName,
  toVisItems,
  visItemId,
  type VisItemState,
} from './vis-items.js';

const story = miniStory();
const items = toTimelineItems(story, (text) => text.en ?? '', 'en-GB');
const itemsById = new Map(items.map((item) => [item.id, item]));
const plain: VisItemState = {
  visible: undefined,
  highlighted: new Set(),
  activeId: '',
  afterDateline: undefined,
};
const byId = (visItems: ReturnType<typeof toVisItems>, id: string) =>
  visItems.find((item) => item.id === visItemId(id));
/** The events the items stand for (vis-timeline draws them under ids of its own). */
const eventIds = (visItems: ReturnType<typeof toVisItems>) =>
  visItems.map((item) => eventIdOfItem(item.id));

describe('toVisItems', () => {
  it('draws every event with its category, periods as ranges and single dates as boxes', () => {
    const visItems = toVisItems(items, plain);
    expect(eventIds(visItems)).to.deep.equal(['congress', 'treaty', 'roadmap', 'cable']);
    expect(byId(visItems, 'congress')).to.deep.include({ type: 'box', className: 'cat-culture' });
    expect(byId(visItems, 'roadmap')).to.deep.include({ type: 'range' });
    expect(byId(visItems, 'roadmap')!.end).to.be.instanceOf(Date);
    expect(byId(visItems, 'cable')!.className).to.equal('cat-digital planned');
  });

  it("gives each box its side of its instant as vis-timeline's align, centre by default", () => {
    const layout = {
      alone: new Set(items.map((item) => item.id)),
      clusters: [],
      sides: new Map([['congress', 'right' as const]]),
    };
    const aligns = (visItems: ReturnType<typeof toVisItems>): Record<string, unknown> =>
      Object.fromEntries(
        visItems.map((item) => [eventIdOfItem(item.id) ?? '', (item as { align?: string }).align]),
      );
    const turned = toVisItems(items, plain, layout);
    expect(aligns(turned)).to.deep.equal({
      congress: 'right',
      treaty: 'center',
      roadmap: undefined,
      cable: 'center',
    });
    // Turned back to the centre, the box is given again (an update keeps a field left out).
    const centred = toVisItems(items, plain, { ...layout, sides: new Map() });
    const drawn = new Map(turned.map((item) => [item.id, item] as const));
    const changed = changedItems({ get: (id) => drawn.get(id) ?? null }, centred);
    expect(changed.map((item) => eventIdOfItem(item.id))).to.deep.equal(['congress']);
  });

  it('leaves out the events the filters hide', () => {
    const visible = new Set(['treaty', 'cable']);
    expect(eventIds(toVisItems(items, { ...plain, visible }))).to.deep.equal(['treaty', 'cable']);
  });

  it('adds the time after the dateline as a background item with an id no story can use', () => {
    const future = afterDateline(story)!;
    const visItems = toVisItems(items, { ...plain, afterDateline: future });
    const background = visItems.at(-1)!;
    expect(background).to.deep.include({ id: FUTURE_ITEM_ID, type: 'background' });
    expect([background.start, background.end]).to.deep.equal([future.start, future.end]);
    expect(background.className).to.equal('future');
    // Story ids are lower-case words joined by hyphens: a colon never occurs in them.
    expect(FUTURE_ITEM_ID).to.include(':');
    expect(eventIdOfItem(FUTURE_ITEM_ID)).to.equal(undefined);
  });

  it('draws each event under an id no key of a plain object has, even an event called "constructor"', () => {
    const renamed = toTimelineItems(
      {
        ...story,
        events: story.events.map((event, index) =>
          index === 0 ? { ...event, id: 'constructor' } : event,
        ),
      },
      (text) => text.en ?? '',
      'en-GB',
    );
    const visItems = toVisItems(renamed, plain);
    const names = new Set(Object.getOwnPropertyNames(Object.prototype));
    expect(visItems.filter((item) => names.has(String(item.id)))).to.deep.equal([]);
    expect(eventIds(visItems)).to.include('constructor');
  });
});

describe('itemClassName', () => {
  const treaty = itemsById.get('treaty')!;

  it('rings the active event', () => {
    expect(itemClassName(treaty, { ...plain, activeId: 'treaty' })).to.equal(
      'cat-politics is-active',
    );
  });

  it('highlights the highlighted events and dims the others, only while some are highlighted', () => {
    const highlighted = new Set(['treaty']);
    expect(itemClassName(treaty, { ...plain, highlighted })).to.equal(
      'cat-politics is-highlighted',
    );
    expect(itemClassName(itemsById.get('congress')!, { ...plain, highlighted })).to.equal(
      'cat-culture is-dimmed',
    );
    expect(itemClassName(treaty, plain)).to.equal('cat-politics');
  });
});

describe('classUpdates', () => {
  it('updates only the items whose classes changed, and never the background item', () => {
    const drawn = toVisItems(items, { ...plain, afterDateline: afterDateline(story) });
    const updates = classUpdates(drawn, itemsById, { ...plain, activeId: 'roadmap' });
    expect(updates.map((update) => [eventIdOfItem(update.id), update.className])).to.deep.equal([
      ['roadmap', 'cat-transport is-active'],
    ]);
    expect(classUpdates(drawn, itemsById, plain)).to.deep.equal([]);
  });
});

describe('afterDateline', () => {
  it('runs from the dateline to the end of the extent when the story reaches past it', () => {
    const future = afterDateline(story)!;
    expect(future.start.toISOString()).to.equal('2025-10-18T00:00:00.000Z');
    expect(future.end.getTime()).to.be.greaterThan(Date.parse('2027-12-31T00:00:00Z'));
  });

  it('is undefined for a story that ends before its dateline, or an unreadable dateline', () => {
    const past = miniStory();
    past.source.dateline = '2040-01-01';
    expect(afterDateline(past)).to.equal(undefined);
    const unreadable = miniStory();
    unreadable.source.dateline = 'soon';
    expect(afterDateline(unreadable)).to.equal(undefined);
  });
});
