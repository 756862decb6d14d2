/**
 * Format v1.1: the scenario's cast, front matter `characters:` (id → name, role,
 * portrait). Read here with positions so every mistake points at its line; whether a
 * portrait file exists is checked with the other images (images.ts), and who speaks
 * in dialogue lines (`> **Name:** …`) by `checkDialogue` below.
 */
import { isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { Block, Diagnostic, Inline, Range, Worded } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { words } from '../i18n/diagnostic-words';
import type { Body, Span } from './body';
import type { SourceFile } from './source';
import { suggestion } from './suggest';
import { q } from './quote';

export interface CharacterEntry {
  id: string;
  name: string;
  role?: string;
  /** The path as written, e.g. `assets/adaeze.svg`. */
  portrait?: string;
  range: Range;
  portraitRange?: Range;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIELDS = ['name', 'role', 'portrait'];
const EXAMPLE = '"adaeze: { name: Adaeze, role: Senior analyst, portrait: assets/adaeze.svg }"';

export function readCharacters(
  file: SourceFile,
  value: YamlNode | null,
  at: (node: YamlNode | null | undefined) => Range,
  diagnostics: Diagnostic[],
  valueRange: Range,
): CharacterEntry[] {
  const wrong = (range: Range, message: Worded) =>
    diagnostics.push(diagnostic('CB111', file.path, range, message));
  if (!isMap(value)) {
    wrong(valueRange, words('diagnostics.CB111.notMap', { example: EXAMPLE }));
    return [];
  }
  const out: CharacterEntry[] = [];
  const byName = new Map<string, CharacterEntry>();
  for (const pair of value.items as Pair<YamlNode, YamlNode | null>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const range = at(pair.key);
    if (!KEBAB.test(id)) {
      wrong(range, words('diagnostics.CB111.id', { id: q(id) }));
      continue;
    }
    const fields = pair.value;
    if (!isMap(fields)) {
      wrong(
        at(fields ?? pair.key),
        words('diagnostics.CB111.noFields', { id: q(id), example: EXAMPLE }),
      );
      continue;
    }
    const entry: CharacterEntry = { id, name: '', range };
    for (const field of fields.items as Pair<YamlNode, YamlNode | null>[]) {
      const key = isScalar(field.key) ? String(field.key.value) : '';
      const text = isScalar(field.value) ? field.value.value : undefined;
      if (!FIELDS.includes(key)) {
        wrong(
          at(field.key),
          words('diagnostics.CB111.field', { key: q(key), suggestion: suggestion(key, FIELDS) }),
        );
        continue;
      }
      if (typeof text !== 'string' || text.trim() === '') {
        wrong(
          at(field.value ?? field.key),
          words('diagnostics.CB111.notText', {
            field: key,
            id: q(id),
            example:
              key === 'portrait'
                ? 'portrait: assets/adaeze.svg'
                : key === 'role'
                  ? 'role: Senior analyst'
                  : 'name: Adaeze',
          }),
        );
        continue;
      }
      if (key === 'name') entry.name = text.trim();
      else if (key === 'role') entry.role = text.trim();
      else {
        entry.portrait = text.trim();
        entry.portraitRange = at(field.value);
      }
    }
    if (entry.name === '') {
      if (!fields.items.some((f) => isScalar(f.key) && f.key.value === 'name'))
        wrong(range, words('diagnostics.CB111.noName', { id: q(id), example: EXAMPLE }));
      continue;
    }
    const twin = byName.get(entry.name.toLowerCase());
    if (twin) {
      diagnostics.push(
        diagnostic(
          'CB112',
          file.path,
          range,
          words('diagnostics.CB112.sameName', {
            first: q(twin.id),
            second: q(id),
            name: q(entry.name),
            written: entry.name,
          }),
        ),
      );
      continue;
    }
    byName.set(entry.name.toLowerCase(), entry);
    out.push(entry);
  }
  return out;
}

/** The speaker of a dialogue quote: its first paragraph starts with bold text ending in ":" (`> **Adaeze:** …`). */
function speakerOf(block: Block): string | undefined {
  if (block.t !== 'quote') return undefined;
  const first = block.c[0];
  const lead: Inline | undefined = first?.t === 'p' ? first.c[0] : undefined;
  if (lead?.t !== 'strong') return undefined;
  const text = lead.c.map((i) => (i.t === 'text' ? i.v : '')).join('');
  const match = /^(.+?)\s*:$/.exec(text.trim());
  return match?.[1]?.trim();
}

function spans(body: Body): Span[] {
  return [
    body.briefing,
    ...body.sections.flatMap((s) => [s.prose, ...s.choices.map((c) => c.coaching)]),
  ];
}

/**
 * With a cast declared: a warning for a dialogue line whose bold name is no character
 * (CB436), and for a character who never speaks (CB114).
 */
export function checkDialogue(
  file: SourceFile,
  characters: CharacterEntry[],
  body: Body,
  diagnostics: Diagnostic[],
): void {
  if (characters.length === 0) return;
  const names = new Map(characters.map((c) => [c.name.toLowerCase(), c]));
  const spoke = new Set<string>();
  for (const span of spans(body)) {
    let cursor = span.start;
    const visit = (blocks: Block[]) => {
      for (const block of blocks) {
        const speaker = speakerOf(block);
        if (speaker !== undefined) {
          const found = file.text.indexOf(`**${speaker}`, cursor);
          const at = found >= 0 ? found : span.start;
          cursor = at + 1;
          const known = names.get(speaker.toLowerCase());
          if (known) spoke.add(known.id);
          else
            diagnostics.push(
              diagnostic(
                'CB436',
                file.path,
                file.range(at, at + speaker.length + 4),
                words('diagnostics.CB436.unknownSpeaker', {
                  speaker: q(speaker),
                  suggestion: suggestion(
                    speaker,
                    characters.map((c) => c.name),
                  ),
                }),
              ),
            );
        }
        if (block.t === 'quote') visit(block.c);
        if (block.t === 'list') block.items.forEach(visit);
      }
    };
    visit(span.blocks);
  }
  for (const character of characters) {
    if (spoke.has(character.id)) continue;
    diagnostics.push(
      diagnostic(
        'CB114',
        file.path,
        character.range,
        words('diagnostics.CB114.neverSpeaks', {
          name: q(character.name),
          written: character.name,
        }),
      ),
    );
  }
}
