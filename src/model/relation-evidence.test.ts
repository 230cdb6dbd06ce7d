import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { checkRelationEvidence } from './relation-evidence.js';
import { fixtureStory } from './story-fixture.test-helper.js';

describe('checkRelationEvidence', () => {
  it('accepts a relation whose cited event involves both ends', () => {
    expect(checkRelationEvidence(fixtureStory())).to.deep.equal([]);
  });

  it('refuses a relation no cited quote speaks of, naming both ends', () => {
    const story = fixtureStory();
    story.relations.push({
      type: 'located-in',
      from: 'agreement',
      to: 'city-c',
      events: ['agreement-2024', 'meeting-2024'],
    });
    const problems = checkRelationEvidence(story);
    expect(problems).to.have.length(1);
    expect(problems[0]?.path).to.equal('relations[1].events');
    expect(problems[0]?.message).to.include(
      'no cited event (agreement-2024, meeting-2024) lists both "agreement" and "city-c" among its entities',
    );
  });

  it('leaves dangling event ids to validateStory', () => {
    const story = fixtureStory();
    story.relations[0] = { ...story.relations[0]!, events: ['missing'] };
    expect(checkRelationEvidence(story)).to.deep.equal([]);
  });
});
