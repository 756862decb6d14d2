/**
 * Issue 18: `behaviours.<lang>.json` beside behaviours.json, the taxonomy's words in
 * another language: `{ "behaviours": { "<id>": { "label": "…", "description": "…" } } }`.
 * Read with positions like every JSON file, and held to the taxonomy: an id it does not
 * have is an error (a typo would hide a translation), a behaviour left out is a warning
 * (learners see its source words), and each value must be text.
 */
import type { Diagnostic, Taxonomy, TaxonomyTranslation } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describe, duplicateKeys, members, nodeRange, openingRange, parseJson } from './json';
import { LIMITS } from './limits';
import { q } from './quote';
import type { SourceFile } from './source';
import { suggestName } from './suggest';
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
          `${q(lang)} is not a language tag Casebook reads, so this translation is not used. Name the file behaviours.<lang>.json with a lower-case BCP 47 tag: behaviours.de.json, behaviours.pt-br.json.`,
        ),
      ],
    };
  const parsed = parseJson(file, {
    syntax: 'CB958',
    depth: 'CB958',
    size: 'CB958',
    maxBytes: LIMITS.taxonomyBytes,
    typical: "a translation of the project's taxonomy has about 12,000",
    needs: 'a taxonomy translation needs 3',
  });
  const root = parsed.root;
  if (!root) return { diagnostics: parsed.diagnostics };
  const diagnostics = parsed.diagnostics;
  const wrong = (node: Parameters<typeof nodeRange>[1], message: string) =>
    diagnostics.push(diagnostic('CB958', file.path, nodeRange(file, node), message));
  const list = members(root).find((m) => m.key === 'behaviours')?.value;
  if (root.type !== 'object' || list?.type !== 'object') {
    diagnostics.push(
      diagnostic(
        'CB958',
        file.path,
        openingRange(file, list ?? root),
        `${list ? `"behaviours" is ${describe(list)}` : 'This file has no "behaviours" object'}; a taxonomy translation looks like ${SHAPE}.`,
      ),
    );
    return { diagnostics };
  }
  for (const m of members(root))
    if (m.key !== 'behaviours' && m.key !== '$schema')
      wrong(
        m.keyNode,
        `A taxonomy translation has only "behaviours"; ${q(m.key)} is not used. Remove it.`,
      );
  for (const m of duplicateKeys(root).concat(duplicateKeys(list)))
    wrong(
      m.keyNode,
      `${q(m.key)} appears twice in the same object; JSON keeps only the last one. Remove one of them.`,
    );
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
          `behaviours.json has no behaviour ${q(id)}, so this translation is never shown.${suggestName(id, ids, 'behaviours')} Use an id from behaviours.json.`,
        ),
      );
      continue;
    }
    if (value.type !== 'object') {
      wrong(
        value,
        `The translation of ${q(id)} must be { "label": "…", "description": "…" }, not ${describe(value)}.`,
      );
      continue;
    }
    const words: TaxonomyTranslation['behaviours'][number] = { id };
    for (const field of members(value)) {
      if (!FIELDS.includes(field.key)) {
        wrong(
          field.keyNode,
          `A behaviour's translation has only "label" and "description"; ${q(field.key)} comes from behaviours.json. Remove it.`,
        );
        continue;
      }
      if (field.value.type !== 'string' || String(field.value.value).trim() === '') {
        wrong(
          field.value,
          `The ${field.key} of ${q(id)} must be text, not ${describe(field.value)}.`,
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
            `The translation of ${q(id)} has no ${q(name)}, so learners see behaviours.json's. Add "${name}": "…".`,
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
          `The behaviour ${q(id)} has no translation here, so learners see behaviours.json's words for it. Add "${id}": { "label": "…", "description": "…" } to "behaviours".`,
        ),
      );
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { translation: out, diagnostics };
}
