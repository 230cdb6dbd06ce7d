import { expect } from '@esm-bundle/chai';
import { cleanup, mount } from '../../test/helpers/browser.js';
import { FIRST_FRAME_FONTS, warmTypeScaleFonts } from './warm-fonts.js';

/** The fonts set on any canvas while `run` runs, as the canvas reads them back. */
function canvasFontsSetDuring(run: () => void): string[] {
  const fonts: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font')!;
  Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
    ...descriptor,
    set(this: CanvasRenderingContext2D, value: string) {
      descriptor.set!.call(this, value);
      fonts.push(descriptor.get!.call(this) as string);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', descriptor);
  }
  return fonts;
}

describe('the fonts looked up while a widget’s code downloads', () => {
  afterEach(cleanup);

  it('are the first frame’s sizes and weights in the family the widget inherits, once per family', () => {
    const widget = mount('<event-timeline style="font-family: Georgia, serif"></event-timeline>');
    const fonts = canvasFontsSetDuring(() => {
      warmTypeScaleFonts(widget);
      warmTypeScaleFonts(widget);
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
      canvasFontsSetDuring(() => {
        warmTypeScaleFonts(other);
      }),
    ).to.have.length(5);
  });
});
