/**
 * The reference scenario's size, measured on its compiled graph: the longest run has
 * at least 6 decisions and the shortest complete run at least 4 (guards ignored,
 * which can only lengthen the longest and shorten the shortest; the engine's
 * analysis measures them exactly).
 */
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';
import type { CompiledScenario } from '../../src/contract';
import { ROOT as root } from '../support/paths';

function runLengths(s: CompiledScenario): { shortest: number; longest: number } {
  const scenes = new Map(s.scenes.map((scene) => [scene.id, scene]));
  const memo = new Map<string, { shortest: number; longest: number }>();
  const visit = (id: string): { shortest: number; longest: number } => {
    const cached = memo.get(id);
    if (cached) return cached;
    const scene = scenes.get(id);
    if (!scene || scene.kind === 'ending') return { shortest: 0, longest: 0 };
    const steps =
      scene.kind === 'router'
        ? scene.routes.map((r) => ({ to: r.target, cost: 0 }))
        : scene.choices.flatMap((c) => c.transitions.map((t) => ({ to: t.target, cost: 1 })));
    const results = steps.map((step) => {
      const next = visit(step.to);
      return { shortest: next.shortest + step.cost, longest: next.longest + step.cost };
    });
    const out = {
      shortest: Math.min(...results.map((r) => r.shortest)),
      longest: Math.max(...results.map((r) => r.longest)),
    };
    memo.set(id, out);
    return out;
  };
  return visit(s.initial);
}

describe('reference scenario size', () => {
  it('has a longest run of at least 6 decisions and a shortest of at least 4', () => {
    const compiled = compileCourse(loadCourse('scenarios/missed-deadline', root)).scenarios[0]
      ?.scenario;
    if (!compiled) throw new Error('did not compile');
    const { shortest, longest } = runLengths(compiled);
    expect(longest).toBeGreaterThanOrEqual(6);
    expect(shortest).toBeGreaterThanOrEqual(4);
  });
});
