/**
 * The scenario map's model: choices coloured by the domains of their tags, scenes
 * marked with what the analysis found — including on scenarios the analysis refuses
 * to let learners play (a dead end, a loop with no way out), which is where an author
 * needs the map most.
 */
import { describe, expect, it } from 'vitest';
import { checkCourseInDetail } from '../../src/check/check-course';
import { loadCourse } from '../../src/disk/load';
import { analyse } from '../../src/engine';
import { layoutMap, sceneMarks } from '../../src/ui/author/map-model';
import { rootPath } from '../support/paths';

function checked(fixture: string) {
  const input = loadCourse('base-case', rootPath(`tests/fixtures/check/${fixture}`));
  const result = checkCourseInDetail(input, {});
  const entry = result.scenarios[0];
  if (!entry?.compiled) throw new Error(`${fixture} does not compile`);
  return { ...entry, compiled: entry.compiled, taxonomy: result.taxonomy };
}

describe('marks from the analysis', () => {
  it('marks a dead end on a scenario that is not playable, and still lays it out', () => {
    const entry = checked('cb704-every-choice-guarded');
    expect(entry.scenario).toBeUndefined();
    expect(sceneMarks(entry.analysis).get('follow-up')).toContain('dead-end');
    const map = layoutMap(entry.compiled, entry.analysis, entry.taxonomy);
    expect(map.scenes.find((s) => s.id === 'follow-up')?.marks).toContain('dead-end');
    expect(map.width).toBeGreaterThan(0);
  });

  it('marks the scenes of a loop no run can leave', () => {
    const marks = sceneMarks(checked('cb705-loop-without-exit').analysis);
    expect(marks.get('argument')).toEqual(['no-way-out']);
    expect(marks.get('counter-argument')).toEqual(['no-way-out']);
  });

  it('marks an unreachable scene, and draws an arrow per way out with points', () => {
    const entry = checked('cb702-scene-behind-a-flag-never-set');
    const map = layoutMap(entry.compiled, entry.analysis, entry.taxonomy);
    expect(map.scenes.find((s) => s.id === 'deep-talk')?.marks).toEqual(['unreachable']);
    const ways = entry.compiled.scenes.reduce(
      (n, s) => n + s.routes.length + s.choices.reduce((m, c) => m + c.transitions.length, 0),
      0,
    );
    expect(map.arrows).toHaveLength(ways);
    expect(map.arrows.every((a) => a.points.length >= 2)).toBe(true);
    expect(map.arrows.find((a) => a.id === 'opening#DIG_DEEPER#0')?.untaken).toBe(true);
  });

  it('marks nothing as out of reach when the analysis stopped before it could tell', () => {
    const entry = checked('cb707-metric-grows-in-a-loop');
    // Stopped early on purpose: GIVE_UP (needs a million pushes) is not seen taken, but that is unknown, not untaken.
    const stopped = analyse(entry.compiled, 200);
    expect(stopped.complete).toBe(false);
    const map = layoutMap(entry.compiled, stopped, entry.taxonomy);
    expect(map.arrows.filter((a) => a.untaken)).toEqual([]);
    expect(map.scenes.flatMap((s) => s.marks)).toEqual([]);
  });
});

describe('names every object already has', () => {
  it('lays out a scene named constructor, with its arrows, as any other', () => {
    const input = loadCourse('tests/fixtures/hostile-course', rootPath());
    const result = checkCourseInDetail(input, {});
    const entry = result.scenarios.find((s) => s.compiled?.id === 'constructor');
    if (!entry?.compiled) throw new Error('the constructor scenario does not compile');
    const map = layoutMap(entry.compiled, entry.analysis, result.taxonomy);
    expect(map.scenes.map((s) => s.id)).toEqual([
      'opening',
      'constructor',
      'outcome-to-string',
      'outcome-value-of',
    ]);
    for (const s of map.scenes) expect([s.x, s.y].every(Number.isFinite)).toBe(true);
    expect(new Set(map.scenes.map((s) => `${s.x},${s.y}`)).size).toBe(4);
    expect(map.arrows.map((a) => `${a.from}→${a.to}`)).toEqual([
      'opening→constructor',
      'opening→constructor',
      'constructor→outcome-to-string',
      'constructor→outcome-value-of',
    ]);
    expect(map.arrows.every((a) => a.points.length >= 2)).toBe(true);
    expect(map.arrows.find((a) => a.event === 'CONSTRUCTOR')?.domain).toBe('leadership');
  });
});
