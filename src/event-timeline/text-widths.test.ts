import { expect } from '@esm-bundle/chai';
import { summedTextWidths } from './text-widths.js';

const SHIPPED_STORIES = [
  'azerbaijan-kazakhstan',
  'baku-tbilisi-ceyhan-pipeline',
  'middle-corridor-titr',
].map((name) => `/data/stories/${name}.json`);

/** Every title of the shipped stories (data/stories), in every language they give. */
async function shippedTitles(): Promise<string[]> {
  const titles: string[] = [];
  for (const url of SHIPPED_STORIES) {
    const story = (await (await fetch(url)).json()) as {
      events: { title: Record<string, unknown> }[];
    };
    for (const event of story.events) titles.push(...Object.values(event.title).map(String));
  }
  return titles;
}

function canvasIn(font: string): CanvasRenderingContext2D {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.font = font;
  return context;
}

/** Summed widths in `font`, with the texts it asked the canvas to measure. */
function recordingWidths(font: string) {
  const context = canvasIn(font);
  const measured: string[] = [];
  const summed = summedTextWidths((text) => {
    measured.push(text);
    return context.measureText(text).width;
  });
  return { context, measured, summed };
}

describe('summedTextWidths', () => {
  for (const font of ['400 13px system-ui, sans-serif', '600 13px system-ui, sans-serif']) {
    it(`gives each shipped title the width of the whole text measured (${font})`, async () => {
      const context = canvasIn(font);
      const measureWhole = (text: string) => context.measureText(text).width;
      const summed = summedTextWidths(measureWhole);
      const titles = [
        ...(await shippedTitles()),
        'Office affiliation: AV, Ta, fi, ffi, "Yo", L’Tour, 1926–2026',
        'Встреча в Баку · запланировано',
        '阿利耶夫即将对哈萨克斯坦进行国事访问（2025年10月）',
      ];
      expect(titles.length).to.be.greaterThan(60);
      for (const title of titles) {
        expect(Math.abs(summed(title) - measureWhole(title)), title).to.be.below(0.5);
      }
    });
  }

  it('measures characters and pairs once, not each text', () => {
    const { measured, summed } = recordingWidths('400 13px system-ui, sans-serif');
    for (let index = 0; index < 500; index += 1) summed(`Treaty signed in Baku ${index % 10}`);
    // Only characters and neighbouring pairs are measured: none of the 500 texts whole.
    expect(measured.every((text) => text.length <= 2)).to.equal(true);
    expect(measured.length).to.be.below(60);
  });

  it('measures each ideograph once and no pair of two ideographs', () => {
    const { context, measured, summed } = recordingWidths('400 13px system-ui, sans-serif');
    const titles = [
      '阿塞拜疆与哈萨克斯坦签署战略伙伴关系条约',
      '突厥国家组织成立',
      '跨里海电缆于2026年底建成',
    ];
    for (const title of titles) {
      expect(Math.abs(summed(title) - context.measureText(title).width), title).to.be.below(0.5);
    }
    const isIdeograph = (text: string) => /^[\u3400-\u4dbf\u4e00-\u9fff]$/u.test(text);
    const ideographPairs = measured.filter(
      (text) => text.length === 2 && isIdeograph(text.charAt(0)) && isIdeograph(text.charAt(1)),
    );
    expect(ideographPairs).to.deep.equal([]);
    // A pair with a digit is still measured: fonts kern digits.
    expect(measured).to.include('于2');
  });

  it('measures whole a text whose script joins or reorders its letters', () => {
    const { context, measured, summed } = recordingWidths('400 13px system-ui, sans-serif');
    for (const text of ['اتفاقية باكو', 'बाकू समझौता', 'Baku 🇦🇿 accord']) {
      expect(summed(text)).to.equal(context.measureText(text).width);
      expect(measured).to.include(text);
    }
  });
});
