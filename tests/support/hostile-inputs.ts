/**
 * Hostile inputs of issue 12, as text: JSON and guards nested far deeper than any
 * parser's recursion survives, for the limits tests (in this thread and in a worker
 * with a 1 MB stack).
 */
export const FRONT = [
  '---',
  'title: Deep',
  'summary: A file nested too deeply.',
  'audience: new-manager',
  'minutes: 2',
  '---',
  '',
].join('\n');

/** machine.json whose `description` is `depth` nested lists. */
export function deepMachine(depth: number): string {
  return `{ "id": "deep", "initial": "a", "description": ${'['.repeat(depth)}${']'.repeat(depth)}, "states": {} }`;
}

/** machine.json with a guard of `depth` nested `not`s. */
export function deepGuardMachine(depth: number): string {
  const flag = '{ "type": "flag", "params": { "name": "f" } }';
  const guard = `${'{ "type": "not", "guard": '.repeat(depth)}${flag}${' }'.repeat(depth)}`;
  return `{ "id": "deep", "initial": "a", "context": { "f": false }, "states": { "a": { "on": { "GO": { "target": "b", "guard": ${guard} } } }, "b": { "type": "final", "meta": { "outcome": "strong" } } } }`;
}

/** behaviours.json with one entry nested `depth` lists deep. */
export function deepBehaviours(depth: number): string {
  return `{ "behaviours": [${'['.repeat(depth)}${']'.repeat(depth)}] }`;
}

/** A front matter with a value of `depth` nested flow lists. */
export function deepFrontMatter(depth: number): string {
  return FRONT.replace('minutes: 2', `minutes: 2\ntags: ${'['.repeat(depth)}${']'.repeat(depth)}`);
}
