/**
 * A fast yes/no check derived from a valibot schema, for the common case of a
 * valid story. valibot builds an output copy of every object it checks and a
 * dataset per value; at 2,000 events that is ~45 ms of a cold page's main thread
 * (and the garbage it leaves), spent before the first event can be shown. The
 * check made here walks the same schema once, at module load, into plain
 * functions that allocate nothing.
 *
 * It never decides a failure: `validateStory` runs valibot itself whenever the
 * check says no, so valibot stays the one source of truth for every message and
 * path. The check is only ever *stricter* than valibot (it may say no where
 * valibot says yes, which merely costs the slow path), never more lenient.
 * Anything it does not know how to check (a transformation, a default, a schema
 * or action type not listed here) is checked by valibot's own `v.is`.
 *
 * @module
 */
import * as v from 'valibot';

/*
 * INDEXED_LOOPS: the checks below loop by index, not with for...of. They run once
 * per page load, cold (interpreted), on the way to the first paint, where
 * for...of pays for the iterator protocol at every step: a 2,000-event story
 * took ~22 ms to check with for...of and ~10 ms with indexed loops (Node 20,
 * fresh process, median of 6).
 */

/** Whether a value passes; `true` implies valibot accepts it too. */
export type SchemaCheck = (input: unknown) => boolean;

/** The public properties of valibot's schemas and actions that this module reads. */
interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly SchemaNode[];
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly item?: SchemaNode;
  readonly key?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly requirement?: unknown;
}

type AnySchema = v.GenericSchema;

/** Compiles `schema` into a {@link SchemaCheck}. */
export function compileSchemaCheck(schema: AnySchema): SchemaCheck {
  return compileNode(schema);
}

function compileNode(node: SchemaNode): SchemaCheck {
  const exact: SchemaCheck = (input) => v.is(node as unknown as AnySchema, input);
  if (node.fallback !== undefined) return exact;
  const [first, ...steps] = node.pipe ?? [];
  // A transformation changes what the actions after it see: leave it to valibot.
  if (steps.some((step) => step.kind === 'transformation')) return exact;
  // A piped schema's first item is the schema it was made from, which may have a
  // pipe of its own (`v.pipe(v.pipe(v.string(), v.nonEmpty()), v.description())`).
  const base = first ? compileNode(first) : compileBase(node);
  if (!base) return exact;
  const actions: SchemaCheck[] = [];
  for (const step of steps) {
    if (step.kind === 'metadata') continue;
    if (step.kind === 'schema') {
      const next = compileNode(step);
      actions.push(next);
      continue;
    }
    const action = compileAction(step);
    if (!action) return exact;
    actions.push(action);
  }
  if (actions.length === 0) return base;
  return (input) => {
    if (!base(input)) return false;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- see INDEXED_LOOPS
    for (let index = 0; index < actions.length; index++) {
      if (!actions[index]?.(input)) return false;
    }
    return true;
  };
}

/** A validation action of a pipe, run on a value its schema has already accepted. */
function compileAction(action: SchemaNode): SchemaCheck | undefined {
  const { requirement } = action;
  switch (action.type) {
    case 'regex':
      return requirement instanceof RegExp
        ? (input) => requirement.test(input as string)
        : undefined;
    case 'non_empty':
      return (input) => (input as { length: number }).length !== 0;
    case 'min_length':
      return typeof requirement === 'number'
        ? (input) => (input as { length: number }).length >= requirement
        : undefined;
    case 'min_value':
      return typeof requirement === 'number'
        ? (input) => (input as number) >= requirement
        : undefined;
    case 'check':
    case 'integer':
    case 'finite':
    case 'url':
      return typeof requirement === 'function'
        ? (input) => Boolean((requirement as (value: unknown) => unknown)(input))
        : undefined;
    default:
      return undefined;
  }
}

const OPTIONAL_TYPES = new Set(['optional', 'exact_optional', 'nullish']);

/** The schema itself, without its pipe; undefined when it is not one compiled here. */
function compileBase(node: SchemaNode): SchemaCheck | undefined {
  switch (node.type) {
    case 'string':
      return (input) => typeof input === 'string';
    case 'number':
      return (input) => typeof input === 'number' && !Number.isNaN(input);
    case 'boolean':
      return (input) => typeof input === 'boolean';
    case 'picklist': {
      const options = node.options ?? [];
      return (input) => options.includes(input);
    }
    case 'optional': {
      if (node.default !== undefined || !node.wrapped) return undefined;
      const wrapped = compileNode(node.wrapped);
      return (input) => input === undefined || wrapped(input);
    }
    case 'array': {
      if (!node.item) return undefined;
      const item = compileNode(node.item);
      return (input) => {
        if (!Array.isArray(input)) return false;
        // eslint-disable-next-line @typescript-eslint/prefer-for-of -- see INDEXED_LOOPS
        for (let index = 0; index < input.length; index++) {
          if (!item(input[index])) return false;
        }
        return true;
      };
    }
    case 'record': {
      if (!node.key || !node.value) return undefined;
      const key = compileNode(node.key);
      const value = compileNode(node.value);
      // Every own key is checked (valibot skips "__proto__", "prototype" and
      // "constructor"): stricter, never more lenient.
      return (input) => {
        if (!input || typeof input !== 'object') return false;
        const record = input as Record<string, unknown>;
        for (const name of Object.keys(record)) {
          if (!key(name) || !value(record[name])) return false;
        }
        return true;
      };
    }
    case 'object':
    case 'loose_object':
      return compileObject(node);
    default:
      return undefined;
  }
}

/** A (loose) object: each entry checked; unknown keys are ignored, as valibot does. */
function compileObject(node: SchemaNode): SchemaCheck | undefined {
  if (!node.entries) return undefined;
  const schemas = Object.entries(node.entries);
  const names = schemas.map(([name]) => name);
  // A missing key passes only where valibot lets it: an optional without a default.
  const mayBeMissing = schemas.map(
    ([, schema]) => OPTIONAL_TYPES.has(schema.type) && schema.default === undefined,
  );
  const checks = schemas.map(([, schema]) => compileNode(schema));
  return (input) => {
    // valibot's own test: arrays are objects too.
    if (!input || typeof input !== 'object') return false;
    const object = input as Record<string, unknown>;
    for (let index = 0; index < names.length; index++) {
      const name = names[index] ?? '';
      if (!(name in object)) {
        if (mayBeMissing[index]) continue;
        return false;
      }
      if (!checks[index]?.(object[name])) return false;
    }
    return true;
  };
}
