/**
 * Whether a router's guarded routes leave a case uncovered, decided by logic alone:
 * every combination of the flags and history its guards read, and of the metric
 * regions their comparisons cut out, is tried against the format's own semantics.
 * `promised` / `not promised` covers every case; `trust at least 2` / `trust at most 1`
 * does not (1.5 falls between, and `adjust` allows fractions).
 */
import type { Guard } from '../../contract';
import { guardPasses, type RunContext } from '../semantics';

/** More combinations than this and the question is left to the analysis of runs. */
const MAX_CASES = 4096;

/** True when some route passes whatever the context; false when a case is uncovered or there are too many to try. */
export function coversEveryCase(guards: readonly (Guard | undefined)[]): boolean {
  if (guards.some((g) => g === undefined)) return true;
  const thresholds = new Map<string, Set<number>>();
  const booleans = new Map<string, 'flag' | 'visited' | 'chose'>();
  const collect = (guard: Guard): void => {
    switch (guard.type) {
      case 'metric': {
        const set = thresholds.get(guard.params.name) ?? new Set<number>();
        const { atLeast, atMost, equals } = guard.params;
        for (const v of [atLeast, atMost, equals]) if (v !== undefined) set.add(v);
        thresholds.set(guard.params.name, set);
        return;
      }
      case 'flag':
        booleans.set(`flag:${guard.params.name}`, 'flag');
        return;
      case 'visited':
        booleans.set(`visited:${guard.params.state}`, 'visited');
        return;
      case 'chose':
        booleans.set(`chose:${guard.params.event}`, 'chose');
        return;
      case 'and':
      case 'or':
        guard.guards.forEach(collect);
        return;
      case 'not':
        collect(guard.guard);
    }
  };
  guards.forEach((g) => g && collect(g));

  // One value inside every region the comparisons separate: each threshold, between them, beyond them.
  const axes: { apply: (c: Mutable, i: number) => void; size: number }[] = [];
  for (const [name, set] of thresholds) {
    const sorted = [...set].sort((a, b) => a - b);
    const points = [(sorted[0] as number) - 1];
    sorted.forEach((t, i) => {
      points.push(t);
      const next = sorted[i + 1];
      points.push(next === undefined ? t + 1 : (t + next) / 2);
    });
    axes.push({ size: points.length, apply: (c, i) => (c.metrics[name] = points[i] as number) });
  }
  for (const [key, kind] of booleans) {
    const id = key.slice(kind.length + 1);
    axes.push({
      size: 2,
      apply: (c, i) => {
        if (kind === 'flag') c.flags[id] = i === 1;
        else if (i === 1) c[kind].push(id);
      },
    });
  }
  const cases = axes.reduce((n, a) => n * a.size, 1);
  if (cases > MAX_CASES) return false;
  for (let k = 0; k < cases; k++) {
    const context: Mutable = { metrics: {}, flags: {}, visited: [], chose: [] };
    let rest = k;
    for (const axis of axes) {
      axis.apply(context, rest % axis.size);
      rest = Math.floor(rest / axis.size);
    }
    if (!guards.some((g) => guardPasses(g, context as RunContext))) return false;
  }
  return true;
}

interface Mutable {
  metrics: Record<string, number>;
  flags: Record<string, boolean>;
  visited: string[];
  chose: string[];
}
