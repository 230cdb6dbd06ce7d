import { expect } from '@esm-bundle/chai';
import { finishInSlices, finishNow, finishWhenIdle } from './yield-to-main.js';

/** Steps that each keep the main thread busy `ms`, then end with `result`. */
function* busySteps(count: number, ms: number, done: string[]): Generator<void, string, void> {
  for (let step = 0; step < count; step += 1) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy, as a step of a long search is
    }
    done.push(`step ${step}`);
    yield;
  }
  return 'finished';
}

interface PostingScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/**
 * Resolves in a task posted now as urgent (as input is): `scheduler.yield()`'s
 * continuations go ahead of ordinary tasks, not of these.
 */
function postedTask(done: string[]): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostingScheduler> }).scheduler;
  const log = () => {
    done.push('other task');
  };
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(log, { priority: 'user-blocking' });
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      log();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * 15 steps of 4 ms run by `finish`, with a task posted as they start: what ran, in order
 * ("step 0" … "step 14", "other task" where it got its turn).
 */
async function stepsBesideWaitingTask(
  finish: (steps: Generator<void, string, void>) => Promise<string>,
): Promise<string[]> {
  const done: string[] = [];
  const finishing = finish(busySteps(15, 4, done));
  const other = postedTask(done);
  expect(await finishing).to.equal('finished');
  await other;
  return done;
}

describe('finishInSlices', () => {
  it('lets a task waiting for the main thread run before 60 ms of steps are over', async () => {
    const done = await stepsBesideWaitingTask(finishInSlices);
    const otherAt = done.indexOf('other task');
    expect(otherAt, done.join(', ')).to.be.above(0);
    expect(otherAt, 'the other task ran before the last step').to.be.below(done.length - 1);
  });

  it('gives the same answer as running the steps at once', async () => {
    expect(await finishInSlices(busySteps(3, 0, []))).to.equal(finishNow(busySteps(3, 0, [])));
  });
});

describe('finishNow', () => {
  it('runs every step in this task', async () => {
    const done: string[] = [];
    const other = postedTask(done);
    expect(finishNow(busySteps(15, 4, done))).to.equal('finished');
    await other;
    expect(done.indexOf('other task')).to.equal(15);
  });
});

describe('finishWhenIdle', () => {
  it('runs every step in idle slices, letting a waiting task run before the last', async () => {
    const done = await stepsBesideWaitingTask(finishWhenIdle);
    expect(done.filter((entry) => entry.startsWith('step'))).to.have.length(15);
    const otherAt = done.indexOf('other task');
    expect(otherAt, 'the other task ran before the last step').to.be.below(done.length - 1);
  });
});
