// Which scenario a page opens straight on: the one its address names (an LMS package's
// SCO or AU launches `index.html?scenario=<id>`), or a course's only one; only when the
// page opens on the library, so a deep link still wins and the library stays reachable.
import { describe, expect, it } from 'vitest';
import { startScenario } from '../../src/ui/routing';

const COURSE = ['missed-deadline', 'project-slipping'];

describe('startScenario', () => {
  it('opens on the scenario that ?scenario= names, when the course serves it', () => {
    expect(startScenario('?scenario=project-slipping', '', COURSE)).toBe('project-slipping');
    expect(startScenario('?scenario=project-slipping', '#/', COURSE)).toBe('project-slipping');
  });

  it('opens on the only scenario of a course of one', () => {
    expect(startScenario('', '', ['missed-deadline'])).toBe('missed-deadline');
  });

  it('keeps the library for a course of several, or a scenario it does not serve', () => {
    expect(startScenario('', '', COURSE)).toBeUndefined();
    expect(startScenario('?scenario=nope', '', COURSE)).toBeUndefined();
    expect(startScenario('?scenario=', '#/', COURSE)).toBeUndefined();
  });

  it('leaves an address of another page alone', () => {
    expect(startScenario('?scenario=project-slipping', '#/profile', COURSE)).toBeUndefined();
    expect(startScenario('', '#/s/missed-deadline/play', ['missed-deadline'])).toBeUndefined();
  });
});
