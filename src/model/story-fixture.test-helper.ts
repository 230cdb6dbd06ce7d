/**
 * A small synthetic story and source for unit tests: nothing from a real
 * story, so the tests say which rule they exercise and nothing else.
 *
 * @module
 */
import type { Story, StoryEvent } from './story-schema.js';

/** A Chinese source with one explicit year, one relative date and one aside. */
export const FIXTURE_SOURCE = [
  ' date 2025-10-18 全文：',
  '',
  '记者：您如何评价合作？',
  '',
  '答：2024年，甲国与乙国签署了协议。去年的会议在丙城举行，效果很好。',
  '',
  '正如此前所说，合作很重要。',
].join('\n');

const label = (zh: string, en: string) => ({ zh, en });

/** An event of the fixture story; `overrides` replace its fields. */
export function fixtureEvent(overrides: Partial<StoryEvent> = {}): StoryEvent {
  return {
    id: 'agreement-2024',
    start: '2024',
    title: label('签署协议', 'Agreement signed'),
    summary: label('甲乙两国签署协议。', 'A and B sign an agreement.'),
    category: 'politics',
    entities: ['country-a', 'country-b', 'agreement'],
    quote: {
      text: '2024年，甲国与乙国签署了协议。',
      translation: { en: 'In 2024, A and B signed an agreement.' },
    },
    ...overrides,
  };
}

/**
 * A story over {@link FIXTURE_SOURCE} that passes every check: two events,
 * one relation, and exclusions for the dateline and the aside.
 */
export function fixtureStory(): Story {
  return {
    id: 'fixture',
    languages: ['zh', 'en'],
    title: label('测试', 'Fixture'),
    source: {
      file: 'fixture.zh.txt',
      publisher: label('出版者', 'Publisher'),
      title: label('标题', 'Title'),
      dateline: '2025-10-18',
      language: 'zh',
    },
    events: [
      fixtureEvent(),
      fixtureEvent({
        id: 'meeting-2024',
        title: label('丙城会议', 'Meeting in C'),
        summary: label('会议在丙城举行。', 'A meeting is held in C.'),
        entities: ['city-c'],
        dateBasis: label('“去年”按发稿日期为2024年。', '"Last year" from the dateline: 2024.'),
        quote: {
          text: '去年的会议在丙城举行，效果很好。',
          translation: { en: 'Last year the meeting was held in C, to good effect.' },
        },
      }),
    ],
    entities: [
      { id: 'country-a', kind: 'country', name: label('甲国', 'Country A') },
      { id: 'country-b', kind: 'country', name: label('乙国', 'Country B') },
      { id: 'agreement', kind: 'agreement', name: label('协议', 'The agreement') },
      { id: 'city-c', kind: 'place', name: label('丙城', 'City C') },
    ],
    relations: [
      { type: 'party-to', from: 'country-a', to: 'agreement', events: ['agreement-2024'] },
    ],
    coverage: {
      exclusions: [
        { match: '2025-10-18', reason: label('发稿日期', 'The dateline') },
        { match: '此前', reason: label('指前文', 'Refers to earlier words') },
      ],
    },
  };
}
