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
import { oneOfNames, suggestion } from './suggest';
import { yamlDiagnostics } from './yaml-errors';
import { q, visible } from './quote';
import { readCharacters, type CharacterEntry } from './characters';
import { words } from '../i18n/diagnostic-words';

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
          words(
            /^\s*\n\s*---/.test(text)
              ? 'diagnostics.CB101.blankLines'
              : 'diagnostics.CB101.missing',
          ),
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
        diagnostic('CB102', file.path, file.lineRange(1), words('diagnostics.CB102.notClosed')),
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
          words('diagnostics.CB104.notMap'),
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
    const wrongType = (id: Parameters<typeof words>[0]) =>
      diagnostics.push(diagnostic('CB106', file.path, valueRange, words(id, { key: q(key) })));
    switch (key) {
      case 'title':
      case 'summary':
        if (typeof scalar === 'string' && scalar.trim() !== '') front[key] = scalar.trim();
        else wrongType(key === 'title' ? 'diagnostics.CB106.title' : 'diagnostics.CB106.summary');
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
                ? words('diagnostics.CB107.unknown', {
                    audience: q(String(scalar)),
                    audiences: oneOfNames(AUDIENCES),
                    suggestion: suggestion(String(scalar), AUDIENCES),
                  })
                : words('diagnostics.CB107.notText', { audiences: oneOfNames(AUDIENCES) }),
            ),
          );
        break;
      case 'minutes':
        if (typeof scalar === 'number' && Number.isFinite(scalar) && scalar > 0)
          front.minutes = scalar;
        else wrongType('diagnostics.CB106.minutes');
        break;
      case 'showMetrics':
      case 'shuffle':
        if (typeof scalar === 'boolean') front[key] = scalar;
        else wrongType('diagnostics.CB106.boolean');
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
            words('diagnostics.CB108.unknownKey', {
              key: q(key),
              suggestion: suggestion(key, KNOWN),
              keys: oneOfNames(KNOWN),
            }),
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
          words('diagnostics.CB105.missing', { key: q(key), name: key }),
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
      words('diagnostics.CB002.frontMatterBytes', {
        bytes: count(bytes),
        max: count(LIMITS.frontMatterBytes),
      }),
    );
  const deep = tooDeep(yaml, LIMITS.frontMatterDepth);
  if (deep !== undefined)
    return diagnostic(
      'CB002',
      file.path,
      file.range(start + deep, start + deep + 1),
      words('diagnostics.CB002.frontMatterDepth', { depth: String(LIMITS.frontMatterDepth) }),
    );
  return undefined;
}

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
      diagnostic('CB106', file.path, valueRange, words('diagnostics.CB106.metrics')),
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
          words('diagnostics.CB106.metricLabel', { metric: q(name), name: visible(name) }),
        ),
      );
      front.metrics.set(name, { label: '', range: at(pair.key) });
      continue;
    }
    front.metrics.set(name, { label: label.trim(), range: at(pair.key) });
  }
}
