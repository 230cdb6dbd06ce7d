import { expect } from '@esm-bundle/chai';
import { ENTITY_KINDS, type EntityKind } from '../model/story-schema.js';
import { graphStylesheet, KIND_SHAPES, type GraphPalette } from './graph-style.js';

const palette: GraphPalette = {
  text: 'black',
  muted: 'grey',
  background: 'white',
  border: 'silver',
  focus: 'blue',
  highlight: 'yellow',
  fontFamily: 'serif',
  kinds: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, `colour-of-${kind}`])) as Record<
    EntityKind,
    string
  >,
};
const rules = graphStylesheet(palette) as { selector: string; style: Record<string, unknown> }[];
const rule = (selector: string) => rules.find((candidate) => candidate.selector === selector);

describe('graphStylesheet', () => {
  it('gives each kind of entity its shape and colour, as the legend draws them', () => {
    for (const kind of ENTITY_KINDS) {
      const style = rule(`node[kind = "${kind}"]`)?.style;
      expect(style, kind).to.include({
        shape: KIND_SHAPES[kind],
        'background-color': `colour-of-${kind}`,
      });
    }
  });

  it('styles every class the view sets, in the palette', () => {
    expect(rule('.hidden')?.style).to.deep.equal({ display: 'none' });
    expect(rule('.dimmed')?.style).to.deep.equal({ opacity: 0.18 });
    expect(rule('node.highlighted')?.style).to.include({ 'border-color': 'blue' });
    expect(rule('edge.highlighted')?.style).to.include({ 'line-color': 'blue' });
    expect(rule('node.selected')?.style).to.include({ 'underlay-color': 'blue' });
  });

  it('labels nodes and edges in the palette font, on the background colour', () => {
    expect(rule('node')?.style).to.include({
      label: 'data(label)',
      'font-family': 'serif',
      color: 'black',
      'text-background-color': 'white',
    });
    expect(rule('edge')?.style).to.include({ label: 'data(label)', color: 'grey' });
  });
});
