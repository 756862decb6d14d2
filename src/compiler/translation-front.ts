/**
 * Issue 18: the front matter of `scenario.<lang>.md`, read by the same parseFrontMatter as
 * scenario.md, then held to the source: a translation carries only the words (`title`,
 * `summary`, the `metrics:` labels, the cast's names and roles) and its lock, the key
 * `source: 1a2b3c4d`. The keys that say how the scenario plays come from scenario.md alone.
 */
import type { CompiledScenario, Diagnostic, Range, ScenarioTranslation } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import { q } from './quote';
import type { SourceFile } from './source';
import { words as worded } from '../i18n/diagnostic-words';
import { knownNames } from './suggest';
import type { Lock } from './translation-locks';

const FROM_SOURCE = ['audience', 'minutes', 'showMetrics', 'shuffle'];

export interface TranslatedFront {
  front?: FrontMatter;
  words: Pick<ScenarioTranslation, 'metrics' | 'characters'> &
    Partial<Pick<ScenarioTranslation, 'title' | 'summary'>>;
  lock?: Lock;
}

export function translatedFront(
  file: SourceFile,
  compiled: CompiledScenario,
  diagnostics: Diagnostic[],
): TranslatedFront {
  const parsed = parseFrontMatter(file);
  const front = parsed.front;
  const sourceKey = front?.keys.get('source');
  // The required keys come from scenario.md; `source` is the lock, not an unknown key.
  diagnostics.push(
    ...parsed.diagnostics.filter(
      (d) => d.code !== 'CB105' && !(d.code === 'CB108' && sourceKey && same(d.range, sourceKey)),
    ),
  );
  const words: TranslatedFront['words'] = { metrics: [], characters: [] };
  if (!front) return { words };
  const top = file.lineRange(1);
  for (const key of FROM_SOURCE) {
    const range = front.keys.get(key);
    if (range)
      diagnostics.push(
        diagnostic('CB957', file.path, range, worded('diagnostics.CB957.key', { key: q(key) })),
      );
  }
  for (const key of ['title', 'summary'] as const) {
    const value = front[key];
    if (value !== undefined) words[key] = value;
    else if (!front.keys.has(key))
      diagnostics.push(
        diagnostic(
          'CB951',
          file.path,
          top,
          worded('diagnostics.CB951.frontKey', {
            key: q(key),
            value: q(compiled[key]),
            name: key,
          }),
        ),
      );
  }
  const metricIds = compiled.metrics.map((m) => m.id);
  for (const [id, { label, range }] of front.metrics) {
    if (!metricIds.includes(id))
      diagnostics.push(
        diagnostic(
          'CB952',
          file.path,
          range,
          worded('diagnostics.CB952.metric', {
            id: q(id),
            suggestion: knownNames(id, metricIds, 'metrics'),
          }),
        ),
      );
    else if (label !== '') words.metrics.push({ id, label });
  }
  for (const metric of compiled.metrics)
    if (!front.metrics.has(metric.id))
      diagnostics.push(
        diagnostic(
          'CB951',
          file.path,
          front.metricsAnchor,
          worded('diagnostics.CB951.metric', {
            id: q(metric.id),
            label: q(metric.label),
            name: metric.id,
          }),
        ),
      );
  characters(file, compiled, front, words, diagnostics);
  const lock = sourceKey ? lockOfKey(file, sourceKey) : undefined;
  return { front, words, ...(lock ? { lock } : {}) };
}

function characters(
  file: SourceFile,
  compiled: CompiledScenario,
  front: FrontMatter,
  words: TranslatedFront['words'],
  diagnostics: Diagnostic[],
): void {
  const cast = compiled.characters ?? [];
  const ids = cast.map((c) => c.id);
  for (const entry of front.characters ?? []) {
    if (!ids.includes(entry.id)) {
      diagnostics.push(
        diagnostic(
          'CB952',
          file.path,
          entry.range,
          worded('diagnostics.CB952.character', {
            id: q(entry.id),
            suggestion: knownNames(entry.id, ids, 'characters'),
          }),
        ),
      );
      continue;
    }
    if (entry.portrait !== undefined)
      diagnostics.push(
        diagnostic(
          'CB957',
          file.path,
          entry.portraitRange ?? entry.range,
          worded('diagnostics.CB957.portrait', { id: q(entry.id) }),
        ),
      );
    words.characters.push({
      id: entry.id,
      ...(entry.name ? { name: entry.name } : {}),
      ...(entry.role ? { role: entry.role } : {}),
    });
  }
  const given = new Set((front.characters ?? []).map((c) => c.id));
  for (const character of cast)
    if (!given.has(character.id))
      diagnostics.push(
        diagnostic(
          'CB951',
          file.path,
          front.keys.get('characters') ?? file.lineRange(1),
          worded('diagnostics.CB951.character', {
            id: q(character.id),
            role: character.role ? 'yes' : 'no',
            name: q(character.name),
            key: character.id,
          }),
        ),
      );
}

/** The front matter's lock: the value of its `source:` key, read from its line. */
function lockOfKey(file: SourceFile, range: Range): Lock {
  const line = range.start.line;
  const hash = (/^source:\s*(.*?)\s*(#.*)?$/.exec(file.lineText(line))?.[1] ?? '').replace(
    /^["']|["']$/g,
    '',
  );
  return { hash, valid: /^[0-9a-f]{8}$/.test(hash), line, range: file.lineRange(line) };
}

function same(a: Range, b: Range): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}
