/**
 * Every metric in machine.json's `context` has a label in the front matter, and every
 * label names a metric. A label and an unlabelled metric whose names differ only by
 * case or a typo are one name written two ways: reported once, at the label.
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { FrontMatter } from './frontmatter';
import type { MachineModel } from './machine';
import { pairNames } from './pair-names';
import type { SourceFile } from './source';
import { suggestName } from './suggest';
import { q, visible } from './quote';

export function checkMetricLabels(
  md: SourceFile,
  json: SourceFile,
  front: FrontMatter,
  machine: MachineModel,
  diagnostics: Diagnostic[],
): void {
  const line = (name: string) => {
    const entry = machine.metrics.get(name);
    return entry ? json.position(entry.keyNode.offset).line : 0;
  };
  const labels = [...front.metrics.keys()].filter((n) => !machine.flags.has(n));
  const pairs = pairNames([...machine.metrics.keys()], labels, (n) => n.toLowerCase());
  const paired = new Map(
    [...pairs.respelt, ...pairs.typos].map(([metric, label]) => [label, metric]),
  );
  for (const name of machine.metrics.keys()) {
    if (front.metrics.has(name) || [...paired.values()].includes(name)) continue;
    diagnostics.push(
      diagnostic(
        'CB109',
        md.path,
        front.metricsAnchor,
        `The metric ${q(name)} (machine.json line ${String(line(name))}) has no label. Add "  ${visible(name)}: <what it measures, for learners>" under "metrics:" in the front matter.`,
      ),
    );
  }
  for (const [name, label] of front.metrics) {
    if (machine.metrics.has(name)) continue;
    const metric = paired.get(name);
    const hint = machine.flags.has(name)
      ? ` ${q(name)} is a flag (true/false); flags have no label. Remove this line.`
      : metric !== undefined
        ? ` The metric ${q(metric)} (machine.json line ${String(line(metric))}) has no label: if this label is for it, write the two names the same.`
        : `${suggestName(name, machine.metrics.keys(), 'metrics', '"context" has no metrics yet.')} Add ${q(name)}: 0 to "context" in machine.json, or remove this label.`;
    diagnostics.push(
      diagnostic(
        'CB110',
        md.path,
        label.range,
        `The label ${q(name)} names no metric in machine.json's "context".${hint}`,
      ),
    );
  }
}
