/**
 * A Lit directive that sets style properties through the CSSOM
 * (`style.setProperty`), never as a `style` attribute: a strict Content
 * Security Policy (`style-src 'self'`) refuses inline style attributes, and
 * Lit's own `styleMap` writes one on the first render.
 *
 * @module
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class InlineStyleDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('inlineStyle() goes on an element');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

/** Sets these style properties on the element, through the CSSOM. */
export const inlineStyle = directive(InlineStyleDirective);
