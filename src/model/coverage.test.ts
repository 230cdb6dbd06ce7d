import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { checkCoverage } from './coverage.js';
import { FIXTURE_SOURCE, fixtureStory } from './story-fixture.test-helper.js';
import type { Story } from './story-schema.js';

const reason = { zh: '理由', en: 'Reason' };

function withExclusions(
  story: Story,
  exclusions: NonNullable<Story['coverage']>['exclusions'],
): Story {
  return { ...story, coverage: { exclusions } };
}

describe('checkCoverage', () => {
  it('accounts for every mention: by an event quote or by an exclusion', () => {
    const result = checkCoverage(fixtureStory(), FIXTURE_SOURCE);
    expect(result.problems).to.deep.equal([]);
    expect(
      result.mentions.map(({ mention, cover }) => [
        mention.text,
        cover?.by === 'event' ? cover.id : cover?.by,
      ]),
    ).to.deep.equal([
      ['2025-10-18', 'exclusion'],
      ['2024年', 'agreement-2024'],
      ['去年', 'meeting-2024'],
      ['此前', 'exclusion'],
    ]);
  });

  it('reports an uncovered mention at "coverage" with its line, column, context and the fix', () => {
    const story = fixtureStory();
    story.events = story.events.slice(0, 1);
    const { problems } = checkCoverage(story, FIXTURE_SOURCE);
    expect(problems).to.have.length(1);
    expect(problems[0]?.path).to.equal('coverage');
    expect(problems[0]?.message).to.match(/^line 5, column 20: the relative date "去年" \("…/);
    expect(problems[0]?.message).to.include('add an event that quotes that sentence');
    expect(problems[0]?.message).to.include('{ "match": "去年", "reason"');
  });

  it('refuses an exclusion whose text is not in the source', () => {
    const story = withExclusions(fixtureStory(), [
      ...(fixtureStory().coverage?.exclusions ?? []),
      { match: '2023年', reason },
    ]);
    const { problems } = checkCoverage(story, FIXTURE_SOURCE);
    expect(problems).to.deep.equal([
      {
        path: 'coverage.exclusions[2].match',
        message:
          '"2023年" is not in the source text; copy the words exactly as they stand in the source, or remove this exclusion if they are gone',
      },
    ]);
  });

  it('refuses a stale exclusion: no date in it, or already quoted by an event', () => {
    const base = fixtureStory().coverage?.exclusions ?? [];
    const noDate = checkCoverage(
      withExclusions(fixtureStory(), [...base, { match: '合作很重要', reason }]),
      FIXTURE_SOURCE,
    );
    expect(noDate.problems[0]?.message).to.include('holds no date expression');
    const quoted = checkCoverage(
      withExclusions(fixtureStory(), [...base, { match: '2024年', reason }]),
      FIXTURE_SOURCE,
    );
    expect(quoted.problems[0]).to.deep.equal({
      path: 'coverage.exclusions[2].match',
      message:
        '"2024年" (line 5, column 3) is already covered by the quote of event "agreement-2024" (events[0]), so this exclusion is stale; remove it',
    });
    const partial = checkCoverage(
      withExclusions(fixtureStory(), [...base, { match: '去', reason }]),
      FIXTURE_SOURCE,
    );
    expect(partial.problems[0]?.message).to.include(
      'holds only part of the date expression "去年"',
    );
  });

  it('asks which occurrence is meant when the text appears more than once', () => {
    const story = fixtureStory();
    story.events = story.events.slice(0, 1);
    const ambiguous = withExclusions(story, [
      ...(fixtureStory().coverage?.exclusions ?? []),
      { match: '。', reason },
    ]);
    const { problems } = checkCoverage(ambiguous, FIXTURE_SOURCE);
    expect(problems[0]?.path).to.equal('coverage.exclusions[2].occurrence');
    expect(problems[0]?.message).to.match(/^"。" appears 3 times in the source \(line 5/);
    const tooFar = withExclusions(story, [{ match: '去年', occurrence: 2, reason }]);
    expect(checkCoverage(tooFar, FIXTURE_SOURCE).problems[0]).to.deep.include({
      path: 'coverage.exclusions[0].occurrence',
    });
  });

  it('uses the occurrence to pick one place, and an exclusion with context covers what it holds', () => {
    const story = fixtureStory();
    story.events = [];
    story.relations = [];
    story.coverage = {
      exclusions: [
        { match: ' date 2025-10-18', reason },
        { match: '2024年，甲国', reason },
        { match: '去年', occurrence: 1, reason },
        { match: '此前', reason },
      ],
    };
    expect(checkCoverage(story, FIXTURE_SOURCE).problems).to.deep.equal([]);
  });

  it('reports a mention excluded twice', () => {
    const story = fixtureStory();
    story.coverage = {
      exclusions: [...(fixtureStory().coverage?.exclusions ?? []), { match: '正如此前', reason }],
    };
    expect(checkCoverage(story, FIXTURE_SOURCE).problems[0]?.message).to.include(
      'is already excluded by coverage.exclusions[1]',
    );
  });
});
