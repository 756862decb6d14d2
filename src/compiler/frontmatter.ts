/**
 * Stage: the YAML front matter at the top of `scenario.md` — the scenario's title,
 * summary, audience, length, metric labels and options. Parsed with the `yaml`
 * library so syntax errors keep their positions.
 */
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { AUDIENCES, type Audience, type Diagnostic, type Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { SourceFile } from './source';
import { count, LIMITS, tooDeep, utf8Bytes } from './limits';
import { didYouMean, oneOf } from './suggest';
import { yamlDiagnostics } from './yaml-errors';
import { q, visible } from './quote';
import { readCharacters, type CharacterEntry } from './characters';

interface MetricLabel {
  label: string;
  range: Range;
}

export interface FrontMatter {
  title?: string;
  summary?: string;
  audience?: Audience;
  minutes?: number;
  showMetrics: boolean;
  shuffle: boolean;
  /** Metric id → its label, in the order written. */
  metrics: Map<string, MetricLabel>;
  /** Where to point at when a metric label is missing: the `metrics:` key, or the front matter's first line. */
  metricsAnchor: Range;
  /** The cast, in the order written (`characters:`); absent when not declared. */
  characters?: CharacterEntry[];
  /** Offset in `file.text` where the Markdown body starts. */
  bodyOffset: number;
  /** Every top-level key as written, with where (a translation warns about the keys it may not change). */
  keys: Map<string, Range>;
}

const REQUIRED = ['title', 'summary', 'audience', 'minutes'] as const;
const KNOWN = [...REQUIRED, 'metrics', 'showMetrics', 'shuffle', 'characters'];

export function parseFrontMatter(file: SourceFile): {
  front?: FrontMatter;
  diagnostics: Diagnostic[];
} {
  const text = file.text;
  const opening = /^---[ \t]*\n/.exec(text);
  if (!opening) {
    return {
      diagnostics: [
        diagnostic(
          'CB101',
          file.path,
          file.lineRange(1),
          /^\s*\n\s*---/.test(text)
            ? 'The front matter must start on line 1: remove the blank lines above the first "---".'
            : 'scenario.md must start with front matter: a line "---", then lines like "title: …", "summary: …", "audience: new-manager" and "minutes: 10", then another "---".',
        ),
      ],
    };
  }
  const closing = /^(---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(opening[0].length);
  const end = closing.exec(rest);
  if (!end) {
    return {
      diagnostics: [
        diagnostic(
          'CB102',
          file.path,
          file.lineRange(1),
          'The front matter that starts on line 1 is never closed. Add a line with just "---" after the last key.',
        ),
      ],
    };
  }
  const yamlStart = opening[0].length;
  const yamlText = rest.slice(0, end.index);
  const bodyOffset = yamlStart + end.index + end[0].length + 1;
  const anchor = file.lineRange(1);
  const at = (node: { range?: [number, number, number] | null } | null | undefined): Range =>
    node?.range ? file.range(yamlStart + node.range[0], yamlStart + node.range[1]) : anchor;

  const limit = frontMatterLimit(file, yamlText, yamlStart);
  if (limit) return { diagnostics: [limit] };
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      diagnostics: yamlDiagnostics(file, yamlText, yamlStart, doc.errors),
    };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    return {
      diagnostics: [
        diagnostic(
          'CB104',
          file.path,
          at(root as YamlNode | null),
          'The front matter must be "key: value" lines, like "title: The Missed Deadline".',
        ),
      ],
    };
  }

  const diagnostics: Diagnostic[] = [];
  const front: FrontMatter = {
    showMetrics: false,
    shuffle: false,
    metrics: new Map(),
    metricsAnchor: anchor,
    bodyOffset,
    keys: new Map(),
  };
  const seen = new Set<string>();
  for (const pair of root.items as Pair<YamlNode, YamlNode | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyRange = at(pair.key);
    const value = pair.value;
    const valueRange = value ? at(value) : keyRange;
    seen.add(key);
    if (!front.keys.has(key)) front.keys.set(key, keyRange);
    const scalar = isScalar(value) ? value.value : undefined;
    const wrongType = (expected: string) =>
      diagnostics.push(
        diagnostic('CB106', file.path, valueRange, `${q(key)} must be ${expected}.`),
      );
    switch (key) {
      case 'title':
      case 'summary':
        if (typeof scalar === 'string' && scalar.trim() !== '') front[key] = scalar.trim();
        else
          wrongType(
            `text, e.g. ${key}: ${key === 'title' ? 'The Missed Deadline' : 'Your strongest analyst has missed two deadlines.'}`,
          );
        break;
      case 'audience':
        if (typeof scalar === 'string' && (AUDIENCES as readonly string[]).includes(scalar))
          front.audience = scalar as Audience;
        else
          diagnostics.push(
            diagnostic(
              'CB107',
              file.path,
              valueRange,
              typeof scalar === 'string' ||
                typeof scalar === 'number' ||
                typeof scalar === 'boolean'
                ? `The audience ${q(String(scalar))} is not one Casebook knows. Use ${oneOf(AUDIENCES)}.${didYouMean(String(scalar), AUDIENCES)}`
                : `"audience" needs one of ${oneOf(AUDIENCES)}, written after "audience: " on the same line.`,
            ),
          );
        break;
      case 'minutes':
        if (typeof scalar === 'number' && Number.isFinite(scalar) && scalar > 0)
          front.minutes = scalar;
        else wrongType('a positive number: how many minutes one run takes, e.g. minutes: 12');
        break;
      case 'showMetrics':
      case 'shuffle':
        if (typeof scalar === 'boolean') front[key] = scalar;
        else wrongType('true or false');
        break;
      case 'characters':
        front.characters = readCharacters(file, value, at, diagnostics, valueRange);
        break;
      case 'metrics':
        front.metricsAnchor = keyRange;
        readMetricLabels(file, value, at, front, diagnostics, valueRange);
        break;
      default:
        diagnostics.push(
          diagnostic(
            'CB108',
            file.path,
            keyRange,
            `Casebook does not know the front-matter key ${q(key)}; it is ignored.${didYouMean(key, KNOWN)} The keys are ${oneOf(KNOWN)}.`,
          ),
        );
    }
  }
  for (const key of REQUIRED) {
    if (!seen.has(key)) {
      diagnostics.push(
        diagnostic(
          'CB105',
          file.path,
          anchor,
          `The front matter has no ${q(key)}. Add a line "${key}: ${EXAMPLES[key]}" between the two "---" lines.`,
        ),
      );
    }
  }
  return { front, diagnostics };
}

/** CB002 when the front matter is larger or nested deeper than the format allows (checked before the YAML parser). */
function frontMatterLimit(file: SourceFile, yaml: string, start: number): Diagnostic | undefined {
  const bytes = utf8Bytes(yaml);
  if (bytes > LIMITS.frontMatterBytes)
    return diagnostic(
      'CB002',
      file.path,
      file.lineRange(1),
      `The front matter is ${count(bytes)} bytes; Casebook reads at most ${count(LIMITS.frontMatterBytes)} (a title, a summary and a few labels take well under 2,000). Move long text into the scenario's briefing, below the closing "---".`,
    );
  const deep = tooDeep(yaml, LIMITS.frontMatterDepth);
  if (deep !== undefined)
    return diagnostic(
      'CB002',
      file.path,
      file.range(start + deep, start + deep + 1),
      `The front matter nests "[" and "{" more than ${LIMITS.frontMatterDepth} levels deep here; it needs none. Write each value as plain text, e.g. "title: The Missed Deadline", or put text with brackets in double quotes.`,
    );
  return undefined;
}

const EXAMPLES: Record<(typeof REQUIRED)[number], string> = {
  title: 'The Missed Deadline',
  summary: 'One or two sentences a learner reads before choosing this scenario',
  audience: 'new-manager',
  minutes: '12',
};

function readMetricLabels(
  file: SourceFile,
  value: YamlNode | null,
  at: (node: YamlNode | null | undefined) => Range,
  front: FrontMatter,
  diagnostics: Diagnostic[],
  valueRange: Range,
): void {
  if (!isMap(value)) {
    diagnostics.push(
      diagnostic(
        'CB106',
        file.path,
        valueRange,
        '"metrics" must list one "metric: label" per line, indented under "metrics:", e.g. "  trust: Priya\'s trust in you".',
      ),
    );
    return;
  }
  for (const pair of value.items as Pair<YamlNode, YamlNode | null>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const label = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof label !== 'string' || label.trim() === '') {
      diagnostics.push(
        diagnostic(
          'CB106',
          file.path,
          at(pair.value ?? pair.key),
          `The metric ${q(name)} needs a label a learner can read, e.g. "${visible(name)}: Trust between you and your report".`,
        ),
      );
      front.metrics.set(name, { label: '', range: at(pair.key) });
      continue;
    }
    front.metrics.set(name, { label: label.trim(), range: at(pair.key) });
  }
}
