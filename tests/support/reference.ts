/** The compiled reference scenario, for engine and debrief tests. */
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';
import type { CompiledScenario } from '../../src/contract';
import { ROOT } from './paths';

export function compileReference(): CompiledScenario {
  const scenario = compileCourse(loadCourse('scenarios/missed-deadline', ROOT)).scenarios[0]
    ?.scenario;
  if (!scenario) throw new Error('The reference scenario does not compile: run npm run check.');
  return scenario;
}
