/**
 * Issue 18: a translation, `scenario.<lang>.md` beside scenario.md, compiled against the
 * compiled source. It is read by the same parseFrontMatter and parseBody, so every Markdown
 * check and safety rule applies at the translation's own lines; then its structure is held
 * to the source's: the same scenes, endings and choices in the same order, the same
 * conditional blocks, and a lock under every heading that tells when the source's text
 * changed. A translation never stops the source from playing: what is missing or does not
 * match is a warning, and learners see the source's words for it (the part is left out of
 * the `ScenarioTranslation`); only a file that cannot be read as a scenario is an error.
 */
import type { CompiledScenario, Diagnostic, ScenarioTranslation } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { checkDialogue, type CharacterEntry } from './characters';
import type { InputFile, ScenarioInput } from './compile';
import { checkImages } from './images';
import { parseBody, strayChoice } from './markdown';
import { q } from './quote';
import { sourceFile, type SourceFile } from './source';
import { words } from '../i18n/diagnostic-words';
import { Checker } from './translation-checker';
import { translatedFront } from './translation-front';
import { findLocks } from './translation-locks';
import { sourceParts } from './translation-parts';

/** A BCP 47 tag as file names carry it: lower-case language, optional region (`de`, `pt-br`, `es-419`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-([a-z]{2}|[0-9]{3}))?$/;

export interface TranslationResult {
  translation?: ScenarioTranslation;
  diagnostics: Diagnostic[];
}

export function compileTranslation(
  source: ScenarioInput,
  compiled: CompiledScenario,
  input: InputFile,
  lang: string,
): TranslationResult {
  const file = sourceFile(input.path, input.text);
  if (!LANGUAGE_TAG.test(lang))
    return {
      diagnostics: [
        diagnostic(
          'CB950',
          file.path,
          file.lineRange(1),
          words('diagnostics.CB950.scenarioTag', { lang: q(lang) }),
        ),
      ],
    };
  const diagnostics: Diagnostic[] = [];
  const { front, words: texts, lock: frontLock } = translatedFront(file, compiled, diagnostics);
  if (!front) return { diagnostics: sorted(diagnostics) };
  const { masked, locks } = findLocks(file, front.bodyOffset);
  const lexFile: SourceFile = { ...file, text: masked };
  const { body, diagnostics: found } = parseBody(lexFile, front.bodyOffset);
  const parts = sourceParts(compiled);
  const check = new Checker(file, locks, diagnostics, source.dir ?? source.folder, lang);
  check.lock(frontLock, parts.frontHash, { part: 'front' }, file.lineRange(1), true);
  for (const stray of body.strays) diagnostics.push(strayChoice(lexFile, stray));
  checkImages(lexFile, body, [], source.assets, diagnostics);
  checkDialogue(lexFile, cast(compiled, texts.characters, file), body, found);
  const briefing = check.briefing(body.briefing, front.bodyOffset, parts);
  const scenes = check.scenes(body.sections, parts.scenes);
  const quiet = check.quietCoaching;
  diagnostics.push(
    ...found.filter(
      (d) => d.code !== 'CB114' && !(d.code === 'CB410' && quiet.has(d.range.start.offset)),
    ),
  );
  check.strayLocks();
  const result = sorted(diagnostics);
  if (result.some((d) => d.severity === 'error')) return { diagnostics: result };
  return {
    translation: { lang, ...texts, ...(briefing ? { briefing } : {}), scenes },
    diagnostics: result,
  };
}

/** The cast as the translation names it, for its dialogue lines (`> **Name:** …`). */
function cast(
  compiled: CompiledScenario,
  translated: ScenarioTranslation['characters'],
  file: SourceFile,
): CharacterEntry[] {
  return (compiled.characters ?? []).map((c) => ({
    id: c.id,
    name: translated.find((t) => t.id === c.id)?.name ?? c.name,
    range: file.lineRange(1),
  }));
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.range.start.offset - b.range.start.offset ||
      compare(a.code, b.code),
  );
}
