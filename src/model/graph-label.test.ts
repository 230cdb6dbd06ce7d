import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { estimateTextWidth, NODE_LABEL, nodeBox, roomForNames, wrapLabel } from './graph-label.js';

describe('wrapLabel', () => {
  it('wraps a Chinese name between words, each line within the width', () => {
    // cytoscape wraps at spaces only: without break opportunities this stays one line.
    const label = wrapLabel('阿塞拜疆共和国与哈萨克斯坦共和国战略伙伴关系条约');
    expect(label.lines.length).to.be.greaterThan(1);
    for (const line of label.lines)
      expect(estimateTextWidth(line), line).to.be.at.most(NODE_LABEL.maxWidth);
    expect(label.text).to.equal(label.lines.join('\n'));
  });

  it('keeps every character of a name that fits in its lines', () => {
    const name = '哈萨克斯坦共和国总统托卡耶夫';
    expect(wrapLabel(name).lines.join('')).to.equal(name);
  });

  it('wraps Latin names at spaces and ends an overlong one with an ellipsis', () => {
    const label = wrapLabel(
      'Roadmap for the Development and Operation of the Trans-Caspian International Transport Route 2022–2027',
    );
    expect(label.lines).to.have.length(NODE_LABEL.maxLines);
    expect(label.lines.at(-1)).to.match(/…$/u);
    for (const line of label.lines)
      expect(estimateTextWidth(line)).to.be.at.most(NODE_LABEL.maxWidth);
  });

  it('leaves a short name on one line', () => {
    expect(wrapLabel('Baku').lines).to.deep.equal(['Baku']);
  });
});

describe('node boxes', () => {
  it('keep room for the label under the shape', () => {
    const box = nodeBox('place', wrapLabel('Caspian subsea fibre-optic line'));
    expect(box.below).to.be.greaterThan(box.above);
    expect(box.halfWidth * 2).to.be.at.least(estimateTextWidth('Caspian subsea'));
  });

  it('keep room for the widest of the names in every language', () => {
    const english = nodeBox('country', wrapLabel('Kazakhstan'));
    const room = roomForNames('country', ['Kazakhstan', '哈萨克斯坦', 'Казахстан']);
    expect(room.halfWidth).to.be.at.least(english.halfWidth);
    expect(room.halfWidth).to.be.at.least(nodeBox('country', wrapLabel('Казахстан')).halfWidth);
  });
});
