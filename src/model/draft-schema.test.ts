import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { compileStory } from './compile-story.js';
import {
  DRAFT_OPTIONAL_EVENT_FIELDS,
  draftEventProblems,
  validateDraft,
  type DraftStory,
} from './draft-schema.js';
import { draftStory } from './draft-story.js';
import { FIXTURE_SOURCE, fixtureEvent, fixtureStory } from './story-fixture.test-helper.js';

const SHA = 'a'.repeat(64);

function fixtureDraft(): DraftStory {
  return draftStory({
    id: 'fixture-draft',
    sourceText: FIXTURE_SOURCE,
    sourceFile: '../sources/fixture.zh.txt',
    sha256: SHA,
    dateline: '2025-10-18',
    language: 'zh',
  });
}

describe('draftStory', () => {
  it('writes one draft event per dated sentence: quote by offset, date proposed, nothing invented', () => {
    const draft = fixtureDraft();
    expect(draft.source).to.deep.equal({
      file: '../sources/fixture.zh.txt',
      sha256: SHA,
      dateline: '2025-10-18',
      language: 'zh',
    });
    // The source's language, the one its labels are then written in first.
    expect(draft.languages).to.deep.equal(['zh']);
    expect(
      draft.events.map((event) => [event.id, event.draft, event.start, event.quote.text]),
    ).to.deep.equal([
      ['draft-1', true, '2025-10-18', 'date 2025-10-18 全文：'],
      ['draft-2', true, '2024', '答：2024年，甲国与乙国签署了协议。'],
      ['draft-3', true, '2024', '去年的会议在丙城举行，效果很好。'],
      ['draft-4', true, undefined, '正如此前所说，合作很重要。'],
    ]);
    const [, , lastYear] = draft.events;
    expect(lastYear?.dateBasis?.en).to.contain('2024');
    for (const event of draft.events) {
      expect(
        FIXTURE_SOURCE.slice(
          event.quote.offset,
          (event.quote.offset ?? 0) + event.quote.text.length,
        ),
      ).to.equal(event.quote.text);
      expect(event).to.not.have.any.keys('title', 'summary', 'category');
    }
    expect(validateDraft(draft)).to.deep.equal({ ok: true, draft });
  });
});

describe('validateDraft', () => {
  it('lets a draft event leave out what the editor writes, and nothing else', () => {
    const draft = fixtureDraft();
    for (const field of DRAFT_OPTIONAL_EVENT_FIELDS) {
      const event = Object.fromEntries(
        Object.entries({ ...fixtureEvent(), draft: true }).filter(([key]) => key !== field),
      );
      expect(validateDraft({ ...draft, events: [event] }).ok, field).to.equal(true);
    }
    const withoutQuote = { ...fixtureEvent(), draft: true, quote: undefined };
    expect(validateDraft({ ...draft, events: [withoutQuote] })).to.deep.equal({
      ok: false,
      problems: [{ path: 'events[0].quote', message: '"quote" is required but missing' }],
    });
  });

  it('requires everything of a reviewed event', () => {
    const untitled = Object.fromEntries(
      Object.entries(fixtureEvent()).filter(([key]) => key !== 'title'),
    );
    const result = validateDraft({ ...fixtureDraft(), events: [untitled] });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems).to.deep.equal([
      { path: 'events[0].title', message: '"title" is required but missing' },
    ]);
  });
});

describe('publishing a draft', () => {
  it('lists each event still a draft, and nothing else', () => {
    const story = fixtureStory();
    const input = {
      ...story,
      events: [story.events[0], { ...story.events[1], draft: true }, { id: 'x', draft: true }],
    };
    const expected = [
      { path: 'events[1]', message: 'still a draft: review it in the studio' },
      { path: 'events[2]', message: 'still a draft: review it in the studio' },
    ];
    expect(draftEventProblems(input)).to.deep.equal(expected);
    expect(compileStory(input, FIXTURE_SOURCE)).to.deep.equal({ ok: false, problems: expected });
  });

  it('publishes a reviewed event, with draft false or gone', () => {
    const story = fixtureStory();
    const reviewed = {
      ...story,
      events: story.events.map((event) => ({ ...event, draft: false })),
    };
    expect(compileStory(reviewed, FIXTURE_SOURCE).ok).to.equal(true);
    expect(draftEventProblems(null)).to.deep.equal([]);
    expect(draftEventProblems({ events: 'none' })).to.deep.equal([]);
  });
});
