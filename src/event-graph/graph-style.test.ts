import { expect } from '@esm-bundle/chai';
import { ENTITY_KINDS, type EntityKind } from '../model/story-schema.js';
import {
  graphStylesheet,
  HOLLOW_KINDS,
  KIND_SHAPES,
  zoomClasses,
  type GraphPalette,
} from './graph-style.js';

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
      expect(style, kind).to.include({ shape: KIND_SHAPES[kind] });
      // A hollow kind is a ring in its colour; the others are filled with it.
      expect(style, kind).to.include(
        HOLLOW_KINDS.has(kind)
          ? { 'background-color': 'white', 'border-color': `colour-of-${kind}` }
          : { 'background-color': `colour-of-${kind}` },
      );
    }
  });

  it('tells kinds that share a colour apart by shape or fill', () => {
    const looks = ENTITY_KINDS.map((kind) => `${KIND_SHAPES[kind]}|${HOLLOW_KINDS.has(kind)}`);
    expect(new Set(looks).size).to.equal(ENTITY_KINDS.length);
  });

  it('hides labels the zoom would draw smaller than 11 px, and only those', () => {
    // Names are 14 px, relations 11 px.
    expect(zoomClasses(1)).to.deep.equal({
      'names-too-small': false,
      'relations-too-small': false,
    });
    expect(zoomClasses(11 / 14)).to.deep.equal({
      'names-too-small': false,
      'relations-too-small': true,
    });
    expect(zoomClasses(0.7)['names-too-small']).to.equal(true);
    expect(rule('.names-too-small')?.style).to.deep.equal({ 'text-opacity': 0 });
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
