/**
 * Compile a scenario written inline in a test: the machine as an object, the
 * Markdown generated from it (a section per scene, a label and coaching per choice).
 */
import { compileScenario, parseTaxonomy, sourceFile } from '../../src/compiler';
import type { CompiledScenario } from '../../src/contract';
import { readFileSync } from 'node:fs';
import { rootPath } from './paths';

interface StateConfig {
  on?: Record<string, unknown>;
  always?: unknown;
  type?: 'final';
  meta?: unknown;
}

const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')),
).taxonomy;

export function inlineScenario(
  machine: {
    initial: string;
    context: Record<string, number | boolean>;
    states: Record<string, StateConfig>;
  },
  front: Record<string, string> = {},
): CompiledScenario {
  const metrics = Object.entries(machine.context).filter(([, v]) => typeof v === 'number');
  const md = [
    '---',
    'title: Inline',
    'summary: A scenario written in a test.',
    'audience: new-manager',
    'minutes: 2',
    ...Object.entries(front).map(([k, v]) => `${k}: ${v}`),
    ...(metrics.length > 0 ? ['metrics:', ...metrics.map(([m]) => `  ${m}: ${m}`)] : []),
    '---',
    '',
    ...Object.entries(machine.states).flatMap(([id, state]) =>
      state.always && !state.on
        ? []
        : [
            `## ${id}`,
            '',
            `Prose of ${id}.`,
            '',
            ...Object.keys(state.on ?? {}).flatMap((e) => [
              `### ${e}`,
              '',
              `Label ${e}.`,
              '',
              `Coaching for ${e}.`,
              '',
            ]),
          ],
    ),
  ].join('\n');
  const json = JSON.stringify({ id: 'inline', ...machine });
  const result = compileScenario(
    {
      folder: 'inline',
      scenarioMd: { path: 'inline/scenario.md', text: md },
      machineJson: { path: 'inline/machine.json', text: json },
    },
    taxonomy,
  );
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.scenario || errors.length > 0)
    throw new Error(errors.map((d) => `${d.code} ${d.message}`).join('\n'));
  return result.scenario;
}

/** A choice with a behaviour, to keep inline machines short. */
export const to = (target: string, extra: Record<string, unknown> = {}) => ({
  target,
  meta: { behaviours: ['sets-clear-objectives'] },
  ...extra,
});
