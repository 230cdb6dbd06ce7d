import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { countMentionStatuses, mentionStatus } from './mention-status.js';
import { FIXTURE_SOURCE, fixtureStory } from './story-fixture.test-helper.js';

describe('mentionStatus', () => {
  it('says of every mention which event covers it, why it is excluded, or that it is open', () => {
    const story = fixtureStory();
    const statuses = mentionStatus(
      { ...story, events: story.events.slice(0, 1) }, // the meeting's event removed: 去年 is open
      FIXTURE_SOURCE,
    );
    expect(
      statuses.map((status) => {
        if (status.status === 'covered') return [status.mention.text, status.eventId];
        if (status.status === 'excluded') return [status.mention.text, status.reason.en];
        return [status.mention.text, 'open'];
      }),
    ).to.deep.equal([
      ['2025-10-18', 'The dateline'],
      ['2024年', 'agreement-2024'],
      ['去年', 'open'],
      ['此前', 'Refers to earlier words'],
    ]);
    expect(countMentionStatuses(statuses)).to.deep.equal({ covered: 1, excluded: 2, open: 1 });
  });

  it('reads a draft, whose events have no titles yet', () => {
    const draft = {
      source: { language: 'zh' as const },
      events: [{ id: 'draft-1', quote: { text: '去年的会议在丙城举行，效果很好。' } }],
    };
    const counts = countMentionStatuses(mentionStatus(draft, FIXTURE_SOURCE));
    expect(counts).to.deep.equal({ covered: 1, excluded: 0, open: 3 });
  });
});
