import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NearViewport } from '../shared/near-viewport.js';
import { acceptStory } from '../shared/story-loader.js';
import { LONG_STORY_EVENTS, LongStoryVisRequest } from './vis-chunk.js';

/** A box on the page standing for a timeline: `top` px down, 100 px tall. */
function timelineAt(top: number): HTMLElement & ReactiveControllerHost {
  const box = document.createElement('div');
  box.style.cssText = `position: absolute; top: ${top}px; width: 300px; height: 100px`;
  document.body.append(box);
  const controllers: ReactiveController[] = [];
  return Object.assign(box, {
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  });
}

/** A story as a page hands it over, unchecked: only its length matters here. */
const storyOf = (events: number) => ({ events: Array.from({ length: events }, () => ({})) });

describe('vis-timeline asked for as a long story arrives', () => {
  const hosts: HTMLElement[] = [];
  const asked: string[] = [];
  let drawn = false;

  /** A timeline `top` px down the page, listening for stories; `name` is what it records. */
  function listening(name: string, top: number): LongStoryVisRequest {
    const host = timelineAt(top);
    hosts.push(host);
    const request = new LongStoryVisRequest(
      host,
      new NearViewport(),
      () => drawn,
      () => asked.push(name),
    );
    request.hostConnected();
    return request;
  }

  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
    asked.length = 0;
    drawn = false;
  });

  it('asks when a story of LONG_STORY_EVENTS events arrives, before it is validated', () => {
    const request = listening('near', 0);
    acceptStory(storyOf(LONG_STORY_EVENTS - 1));
    expect(asked, 'a shorter story waits for the list').to.deep.equal([]);
    acceptStory(storyOf(LONG_STORY_EVENTS));
    expect(asked).to.deep.equal(['near']);
    request.hostDisconnected();
  });

  it('does not ask for a timeline far below the viewport, drawn, or gone from the page', () => {
    const far = listening('far', window.innerHeight + 2000);
    acceptStory(storyOf(LONG_STORY_EVENTS));
    expect(asked, 'far below').to.deep.equal([]);
    far.hostDisconnected();

    const near = listening('near', 0);
    drawn = true;
    acceptStory(storyOf(LONG_STORY_EVENTS));
    expect(asked, 'already drawn').to.deep.equal([]);
    drawn = false;
    near.hostDisconnected();
    acceptStory(storyOf(LONG_STORY_EVENTS));
    expect(asked, 'disconnected').to.deep.equal([]);
  });
});
