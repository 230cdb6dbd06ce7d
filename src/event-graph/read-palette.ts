/**
 * The graph's colours and font, read from an element's computed `--he-*`
 * custom properties (the theme tokens), for the stylesheet of `graph-style.ts`.
 *
 * @module
 */
import { ENTITY_KINDS, type EntityKind } from '../model/story-schema.js';
import { kindColorVar } from '../shared/theme.js';
import type { GraphPalette } from './graph-style.js';

/** Reads the palette from an element's computed custom properties. */
export function readPalette(element: Element): GraphPalette {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const kinds = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, value(kindColorVar(kind), '#5b6475')]),
  ) as Record<EntityKind, string>;
  return {
    text: value('--he-color-text', '#1d2330'),
    muted: value('--he-color-muted', '#5b6475'),
    background: value('--he-color-background', '#ffffff'),
    border: value('--he-color-border', '#d5d9e0'),
    focus: value('--he-color-focus', '#1f5fbf'),
    highlight: value('--he-color-highlight', '#fff1b8'),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
    kinds,
  };
}
