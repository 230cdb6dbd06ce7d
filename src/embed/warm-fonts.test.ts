import { expect } from '@esm-bundle/chai';
import { cleanup, mount } from '../../test/helpers/browser.js';
import { FIRST_FRAME_FONTS, warmTypeScaleFonts, type LookupScheduler } from './warm-fonts.js';

/** How many fonts each task set, in order, in the last {@link canvasFontsSetWhile}. */
let fontsSetPerTask: number[] = [];

/** The fonts set on any canvas while `run` runs (and until it settles), as the canvas reads them back. */
async function canvasFontsSetWhile(
  run: (fontsSoFar: readonly string[]) => Promise<void>,
): Promise<string[]> {
  const fonts: string[] = [];
  fontsSetPerTask = [];
  let inOneTask = false;
  const descriptor = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font')!;
  Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
    ...descriptor,
    set(this: CanvasRenderingContext2D, value: string) {
      descriptor.set!.call(this, value);
      fonts.push(descriptor.get!.call(this) as string);
      // A microtask runs once the task that queued it ends: a set after it is in another task.
      if (inOneTask) fontsSetPerTask[fontsSetPerTask.length - 1]! += 1;
      else {
        fontsSetPerTask.push(1);
        inOneTask = true;
        queueMicrotask(() => {
          inOneTask = false;
        });
      }
    },
  });
  try {
    await run(fonts);
  } finally {
    Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', descriptor);
  }
  return fonts;
}

/** The fonts set on any canvas while `run` runs, as the canvas reads them back. */
function canvasFontsSetDuring(run: () => void): Promise<string[]> {
  return canvasFontsSetWhile(() => {
    run();
    return Promise.resolve();
  });
}

/** Runs each lookup at once, so that a test sees them all in one go. */
const atOnce: LookupScheduler = (lookup) => {
  lookup();
};

const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve);
  });

describe('the fonts looked up while a widget’s code downloads', () => {
  afterEach(cleanup);

  it('are the first frame’s sizes and weights in the family the widget inherits, once per family', async () => {
    const widget = mount('<event-timeline style="font-family: Georgia, serif"></event-timeline>');
    const fonts = await canvasFontsSetDuring(() => {
      warmTypeScaleFonts(widget, atOnce);
      warmTypeScaleFonts(widget, atOnce);
    });
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(fonts).to.deep.equal(
      FIRST_FRAME_FONTS.map(([rem, weight]) => {
        const size = `${rem * rootSize}px`;
        return weight === 400 ? `${size} Georgia, serif` : `bold ${size} Georgia, serif`;
      }),
    );
    const other = mount('<event-timeline style="font-family: monospace"></event-timeline>');
    expect(
      await canvasFontsSetDuring(() => {
        warmTypeScaleFonts(other, atOnce);
      }),
    ).to.have.length(5);
  });

  it('are looked up one per task, after the task that asks for them', async () => {
    const widget = mount(
      '<event-timeline style="font-family: Verdana, sans-serif"></event-timeline>',
    );
    let setInTheAskingTask = -1;
    const fonts = await canvasFontsSetWhile(async (fontsSoFar) => {
      warmTypeScaleFonts(widget);
      setInTheAskingTask = fontsSoFar.length;
      for (let task = 0; task < FIRST_FRAME_FONTS.length + 2; task += 1) await nextTask();
    });
    expect(setInTheAskingTask, 'fonts set in the task that asked').to.equal(0);
    expect(fonts).to.have.length(FIRST_FRAME_FONTS.length);
    expect(fontsSetPerTask, 'fonts set by each task').to.deep.equal(FIRST_FRAME_FONTS.map(() => 1));
  });
});
