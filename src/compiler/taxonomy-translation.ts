/**
 * Issue 18: `behaviours.<lang>.json` beside behaviours.json, the taxonomy's words in
 * another language: `{ "behaviours": { "<id>": { "label": "…", "description": "…" } } }`.
 * Read with positions like every JSON file, and held to the taxonomy: an id it does not
 * have is an error (a typo would hide a translation), a behaviour left out is a warning
 * (learners see its source words), and each value must be text.
 */
import type { Diagnostic, Taxonomy, TaxonomyTranslation, Worded } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { phrase, words as worded } from '../i18n/diagnostic-words';
import { describeNode, duplicateKeys, members, nodeRange, openingRange, parseJson } from './json';
import { LIMITS } from './limits';
import { q } from './quote';
import type { SourceFile } from './source';
import { knownNames } from './suggest';
import { LANGUAGE_TAG } from './translation';

const FIELDS = ['label', 'description'];
const SHAPE = '{ "behaviours": { "<id>": { "label": "…", "description": "…" } } }';

export function parseTaxonomyTranslation(
  file: SourceFile,
  taxonomy: Taxonomy | undefined,
  lang: string,
): { translation?: TaxonomyTranslation; diagnostics: Diagnostic[] } {
  if (!LANGUAGE_TAG.test(lang))
    return {
      diagnostics: [
        diagnostic(
          'CB950',
          file.path,
          file.range(0, 0),
          worded('diagnostics.CB950.behavioursTag', { lang: q(lang) }),
        ),
      ],
    };
  const parsed = parseJson(file, {
    syntax: 'CB958',
    depth: 'CB958',
    size: 'CB958',
    maxBytes: LIMITS.taxonomyBytes,
    typical: phrase('diagnostics.json.typical.taxonomyTranslation'),
    needs: phrase('diagnostics.json.needs.taxonomyTranslation'),
  });
  const root = parsed.root;
  if (!root) return { diagnostics: parsed.diagnostics };
  const diagnostics = parsed.diagnostics;
  const wrong = (node: Parameters<typeof nodeRange>[1], message: Worded) =>
    diagnostics.push(diagnostic('CB958', file.path, nodeRange(file, node), message));
  const list = members(root).find((m) => m.key === 'behaviours')?.value;
  if (root.type !== 'object' || list?.type !== 'object') {
    diagnostics.push(
      diagnostic(
        'CB958',
        file.path,
        openingRange(file, list ?? root),
        list
          ? worded('diagnostics.CB958.notObject', { found: describeNode(list), shape: SHAPE })
          : worded('diagnostics.CB958.noBehaviours', { shape: SHAPE }),
      ),
    );
    return { diagnostics };
  }
  for (const m of members(root))
    if (m.key !== 'behaviours' && m.key !== '$schema')
      wrong(m.keyNode, worded('diagnostics.CB958.onlyBehaviours', { key: q(m.key) }));
  for (const m of duplicateKeys(root).concat(duplicateKeys(list)))
    wrong(m.keyNode, worded('diagnostics.CB958.twice', { key: q(m.key) }));
  const ids = taxonomy?.behaviours.map((b) => b.id) ?? [];
  const known = new Set(ids);
  const out: TaxonomyTranslation = { lang, behaviours: [] };
  const given = new Set<string>();
  for (const { key: id, keyNode, value } of members(list)) {
    if (given.has(id)) continue;
    given.add(id);
    if (!known.has(id)) {
      diagnostics.push(
        diagnostic(
          'CB959',
          file.path,
          nodeRange(file, keyNode),
          worded('diagnostics.CB959.unknown', {
            id: q(id),
            suggestion: knownNames(id, ids, 'behaviours'),
          }),
        ),
      );
      continue;
    }
    if (value.type !== 'object') {
      wrong(
        value,
        worded('diagnostics.CB958.entryNotObject', { id: q(id), found: describeNode(value) }),
      );
      continue;
    }
    const words: TaxonomyTranslation['behaviours'][number] = { id };
    for (const field of members(value)) {
      if (!FIELDS.includes(field.key)) {
        wrong(field.keyNode, worded('diagnostics.CB958.field', { key: q(field.key) }));
        continue;
      }
      if (field.value.type !== 'string' || String(field.value.value).trim() === '') {
        wrong(
          field.value,
          worded('diagnostics.CB958.notText', {
            field: field.key,
            id: q(id),
            found: describeNode(field.value),
          }),
        );
        continue;
      }
      words[field.key as 'label' | 'description'] = String(field.value.value);
    }
    for (const name of FIELDS)
      if (!members(value).some((f) => f.key === name))
        diagnostics.push(
          diagnostic(
            'CB960',
            file.path,
            nodeRange(file, keyNode),
            worded('diagnostics.CB960.field', { id: q(id), key: q(name), name }),
          ),
        );
    out.behaviours.push(words);
  }
  for (const id of ids)
    if (!given.has(id))
      diagnostics.push(
        diagnostic(
          'CB960',
          file.path,
          openingRange(file, list),
          worded('diagnostics.CB960.behaviour', { id: q(id), name: id }),
        ),
      );
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { translation: out, diagnostics };
}
