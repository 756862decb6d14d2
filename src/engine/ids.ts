/**
 * The ids the analysis, its findings and the author's tools give choices and
 * transitions, built and read only here so the format is one rule:
 * `scene#EVENT` for a choice, `scene#EVENT#i` for its i-th transition and
 * `scene#always#i` for a scene's i-th route. Scene ids are kebab-case and events
 * UPPER_SNAKE_CASE (the compiler refuses others), so `#` cannot occur inside either.
 */

const ROUTE = 'always';

export function choiceId(scene: string, event: string): string {
  return `${scene}#${event}`;
}

export function transitionId(scene: string, event: string, index: number): string {
  return `${choiceId(scene, event)}#${String(index)}`;
}

export function routeId(scene: string, index: number): string {
  return `${scene}#${ROUTE}#${String(index)}`;
}

/** What an id names: a choice (scene, event), a transition (scene, event, index) or a route (scene, index). */
export interface IdParts {
  scene: string;
  /** The choice's event; absent for a route. */
  event?: string;
  /** Which transition of the choice, or which route of the scene; absent for a choice. */
  index?: number;
}

export function idParts(id: string): IdParts {
  const [scene = '', second, third] = id.split('#');
  const index = third === undefined ? {} : { index: Number(third) };
  if (second === ROUTE) return { scene, ...index };
  return { scene, ...(second === undefined ? {} : { event: second }), ...index };
}
