/**
 * The scenario map for authors: scenes, routers and endings with every choice and
 * route, guarded ones dashed with their condition, and what the analysis found no
 * run reaches marked. Mermaid (renders in a GitHub pull request) or Graphviz DOT.
 * Used by `npm run scenario -- graph` (analysis-commands.ts).
 */
import type { CompiledScenario, Scene, Transition } from '../contract';
import type { Analysis } from '../engine';
import { describeGuard } from '../check';

export type GraphFormat = 'mermaid' | 'dot';

interface Edge {
  from: string;
  to: string;
  label: string;
  guarded: boolean;
}

function edges(scene: Scene): Edge[] {
  const edge = (t: Transition, name: string): Edge => ({
    from: scene.id,
    to: t.target,
    label: t.guard ? `${name} [${describeGuard(t.guard)}]` : name,
    guarded: t.guard !== undefined,
  });
  return [
    ...scene.choices.flatMap((c) => c.transitions.map((t) => edge(t, c.event))),
    ...scene.routes.map((t, i) => edge(t, t.guard ? `route ${i + 1}` : 'otherwise')),
  ];
}

export function scenarioGraph(
  scenario: CompiledScenario,
  analysis: Analysis,
  format: GraphFormat,
): string {
  return format === 'dot' ? dot(scenario, analysis) : mermaid(scenario, analysis);
}

function unreachable(analysis: Analysis): Set<string> {
  return new Set([...analysis.unreachableScenes, ...analysis.unreachableEndings]);
}

function mermaid(scenario: CompiledScenario, analysis: Analysis): string {
  const ids = new Map(scenario.scenes.map((s, i) => [s.id, `s${i}`]));
  const text = (value: string) => `"${value.replace(/"/g, '#quot;')}"`;
  const lost = unreachable(analysis);
  const lines = ['flowchart TD'];
  for (const scene of scenario.scenes) {
    const label = text(scene.title ? `${scene.id}: ${scene.title}` : scene.id);
    const id = ids.get(scene.id) as string;
    const shape =
      scene.kind === 'ending'
        ? `([${label}])`
        : scene.kind === 'router'
          ? `{{${label}}}`
          : `[${label}]`;
    lines.push(`  ${id}${shape}${scene.kind === 'ending' ? `:::${scene.outcome}` : ''}`);
  }
  const lostIds = scenario.scenes.filter((s) => lost.has(s.id)).map((s) => ids.get(s.id));
  if (lostIds.length > 0) lines.push(`  class ${lostIds.join(',')} unreachable`);
  for (const scene of scenario.scenes) {
    for (const e of edges(scene)) {
      const arrow = e.guarded ? '-.->' : '-->';
      lines.push(`  ${ids.get(e.from)} ${arrow}|${text(e.label)}| ${ids.get(e.to)}`);
    }
  }
  lines.push(
    '  classDef strong fill:#d7f5dd,stroke:#1b7f3b,color:#0b3d1c',
    '  classDef mixed fill:#fff1c9,stroke:#9a6b00,color:#3d2a00',
    '  classDef weak fill:#fbd9d9,stroke:#a1131f,color:#4a070d',
    '  classDef unreachable stroke-dasharray:5 5,stroke:#a1131f,color:#a1131f',
  );
  return `${lines.join('\n')}\n`;
}

function dot(scenario: CompiledScenario, analysis: Analysis): string {
  const q = (value: string) =>
    `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  const lost = unreachable(analysis);
  const fill: Record<string, string> = { strong: '#d7f5dd', mixed: '#fff1c9', weak: '#fbd9d9' };
  const lines = [
    `digraph ${q(scenario.id)} {`,
    '  rankdir=TB;',
    '  node [fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const scene of scenario.scenes) {
    const attrs = [`label=${q(scene.title ? `${scene.id}\n${scene.title}` : scene.id)}`];
    if (scene.kind === 'router') attrs.push('shape=diamond');
    else if (scene.kind === 'ending')
      attrs.push(
        'shape=ellipse',
        'style=filled',
        `fillcolor=${q(fill[scene.outcome ?? 'mixed'] ?? '#ffffff')}`,
      );
    else attrs.push('shape=box');
    if (lost.has(scene.id))
      attrs.push(
        'color="#a1131f"',
        'fontcolor="#a1131f"',
        scene.kind === 'ending' ? 'style="filled,dashed"' : 'style=dashed',
      );
    lines.push(`  ${q(scene.id)} [${attrs.join(', ')}];`);
  }
  for (const scene of scenario.scenes) {
    for (const e of edges(scene)) {
      lines.push(
        `  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}${e.guarded ? ', style=dashed' : ''}];`,
      );
    }
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
