import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { compileStory } from './compile-story.js';
import { FIXTURE_SOURCE, fixtureStory } from './story-fixture.test-helper.js';
import { validateStory } from './validate-story.js';

describe('compileStory', () => {
  it('records each quote offset (UTF-16) and embeds the source text', () => {
    const story = fixtureStory();
    story.entities[3] = {
      ...story.entities[3]!,
      quote: { text: '去年的会议在丙城举行，效果很好。', translation: { en: 'x' } },
    };
    const result = compileStory(story, FIXTURE_SOURCE);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.story.source.text).to.equal(FIXTURE_SOURCE);
    for (const quote of [
      ...result.story.events.map((event) => event.quote),
      result.story.entities[3]?.quote,
    ]) {
      const offset = quote?.offset ?? -1;
      expect(FIXTURE_SOURCE.slice(offset, offset + (quote?.text.length ?? 0))).to.equal(
        quote?.text,
      );
    }
    // What the build writes, the browser accepts as it is.
    expect(validateStory(JSON.parse(JSON.stringify(result.story))).ok).to.be.true;
  });

  it('stops on review problems (here coverage), after validation passed', () => {
    const story = fixtureStory();
    story.coverage = { exclusions: [] };
    const result = compileStory(story, FIXTURE_SOURCE);
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['coverage', 'coverage']);
  });

  it('needs a source text', () => {
    expect(compileStory(fixtureStory(), undefined)).to.deep.include({ ok: false });
  });
});
