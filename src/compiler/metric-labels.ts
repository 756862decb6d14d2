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
import { knownNames } from './suggest';
import { q, visible } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

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
        words('diagnostics.CB109.noLabel', {
          metric: q(name),
          line: String(line(name)),
          name: visible(name),
        }),
      ),
    );
  }
  for (const [name, label] of front.metrics) {
    if (machine.metrics.has(name)) continue;
    const metric = paired.get(name);
    const message = machine.flags.has(name)
      ? words('diagnostics.CB110.flag', { label: q(name) })
      : metric !== undefined
        ? words('diagnostics.CB110.respelt', {
            label: q(name),
            metric: q(metric),
            line: String(line(metric)),
          })
        : words('diagnostics.CB110.unknown', {
            label: q(name),
            known: knownNames(
              name,
              machine.metrics.keys(),
              'metrics',
              phrase('diagnostics.CB110.noMetrics'),
            ),
          });
    diagnostics.push(diagnostic('CB110', md.path, label.range, message));
  }
}
