/**
 * The per-course JSON Schema for machine.json: the format's own schema
 * (schemas/machine.schema.json, passed in) with the course's names added so VS Code
 * completes them — behaviour ids (enum, labels as descriptions) and, as `examples`
 * (suggested, never refused, since each scenario has its own), state ids, event names,
 * metrics (in a metric guard), flags (in a flag guard) and condition names found in
 * the course's machines. Pure; written by
 * `npm run scenario -- schema <course>` (src/cli/schema.ts).
 */
import { parseTree, findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import type { Taxonomy } from '../contract';

type Json = Record<string, unknown>;

export interface CourseNames {
  states: string[];
  events: string[];
  metrics: string[];
  flags: string[];
  conditions: string[];
}

/** The names the course's machine.json files use (files that do not parse add nothing). */
export function courseNames(machines: readonly string[]): CourseNames {
  const sets = {
    states: new Set<string>(),
    events: new Set<string>(),
    metrics: new Set<string>(),
    flags: new Set<string>(),
    conditions: new Set<string>(),
  };
  for (const text of machines) {
    const root = parseTree(text);
    if (!root) continue;
    const value: unknown = getNodeValue(root);
    if (!value || typeof value !== 'object') continue;
    const m = value as Json;
    for (const [id, state] of Object.entries((m.states as Json | undefined) ?? {})) {
      sets.states.add(id);
      const on = (state as Json | null)?.on;
      if (on && typeof on === 'object') for (const e of Object.keys(on)) sets.events.add(e);
    }
    for (const [k, v] of Object.entries((m.context as Json | undefined) ?? {}))
      (typeof v === 'number' ? sets.metrics : sets.flags).add(k);
    const conditions = findNodeAtLocation(root, ['meta', 'conditions']);
    if (conditions?.type === 'object')
      for (const p of conditions.children ?? []) {
        const key = p.children?.[0]?.value;
        if (typeof key === 'string') sets.conditions.add(key);
      }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    states: sorted(sets.states),
    events: sorted(sets.events),
    metrics: sorted(sets.metrics),
    flags: sorted(sets.flags),
    conditions: sorted(sets.conditions),
  };
}

/** Every object in `schema` (depth first), so names can be added wherever a key appears. */
function* objects(node: unknown): Generator<Json> {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield node as Json;
  for (const child of Object.values(node)) yield* objects(child);
}

/** `node[key]` when both are objects. */
function field(node: unknown, key: string): Json | undefined {
  const value = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  return value && typeof value === 'object' ? (value as Json) : undefined;
}

/** The guard type an `if` branch tests for (`if: { properties: { type: { const } } }`). */
function ifType(o: Json): unknown {
  return field(field(o.if, 'properties'), 'type')?.const;
}

export function courseSchema(base: Json, taxonomy: Taxonomy, names: CourseNames): Json {
  const schema = structuredClone(base);
  schema.$id = 'casebook-course-machine.schema.json';
  schema.title = `${String(base.title ?? 'Casebook scenario machine')}, with this course's names`;
  const suggest = (target: Json | undefined, values: string[]) => {
    if (target && values.length > 0) target.examples = values;
  };
  for (const o of objects(schema)) {
    // A guard's `if: { type: metric | flag }` branch: its params.name is a metric or a flag,
    // so each kind suggests only its own names (the check refuses the other kind).
    const kind = ifType(o);
    const name = field(field(field(o.then, 'properties'), 'params'), 'properties');
    if (kind === 'metric') suggest(field(name, 'name'), names.metrics);
    if (kind === 'flag') suggest(field(name, 'name'), names.flags);
    const props = o.properties as Record<string, Json> | undefined;
    if (!props) continue;
    const behaviours = (props.behaviours as Json | undefined)?.items as Json | undefined;
    if (behaviours && taxonomy.behaviours.length > 0) {
      behaviours.enum = taxonomy.behaviours.map((b) => b.id);
      behaviours.enumDescriptions = taxonomy.behaviours.map((b) => b.label);
      delete behaviours.pattern;
    }
    if (props.target?.type === 'string') suggest(props.target, names.states);
    if (props.initial?.type === 'string') suggest(props.initial, names.states);
    if (props.state?.type === 'string') suggest(props.state, names.states);
    if (props.event?.type === 'string') suggest(props.event, names.events);
    if (props.guard && names.conditions.length > 0)
      props.guard = {
        anyOf: [
          {
            type: 'string',
            examples: names.conditions,
            description: 'A named condition from meta.conditions.',
          },
          props.guard,
        ],
      };
  }
  // A guard written as a string names a condition, inside "and", "or" and "not" too.
  suggest(field(field(schema, 'definitions'), 'guard'), names.conditions);
  return schema;
}
