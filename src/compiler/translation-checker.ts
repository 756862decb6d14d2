/**
 * A translation's structure checks (src/compiler/translation.ts): every part of scenario.md
 * there, in order, with the source's conditional blocks and a lock that says when the
 * source's text changed; what is missing, extra, out of order or stale is a warning.
 */
import type {
  ChoiceTranslation,
  Diagnostic,
  Range,
  SceneTranslation,
  TranslatedProse,
  Worded,
  Wording,
  WordingValue,
} from '../contract';
import { diagnostic } from '../contract/catalogue';
import { phrase, words } from '../i18n/diagnostic-words';
import type { Span, StateSection } from './body';
import { q } from './quote';
import type { SourceFile } from './source';
import { knownNames } from './suggest';
import { lockAfter, type Lock } from './translation-locks';
import {
  skeleton,
  type sourceParts,
  type SourceChoice,
  type SourceScene,
} from './translation-parts';

/** The structure checks, sharing the file, its locks and where the diagnostics go. */
export class Checker {
  readonly quietCoaching = new Set<number>();
  private readonly used = new Set<number>();

  constructor(
    private readonly file: SourceFile,
    private readonly locks: Map<number, Lock>,
    private readonly diagnostics: Diagnostic[],
    private readonly folder: string,
    private readonly lang: string,
  ) {}

  private report(code: Parameters<typeof diagnostic>[0], range: Range, message: Worded): void {
    this.diagnostics.push(diagnostic(code, this.file.path, range, message));
  }

  private get command(): string {
    return `npm run scenario -- translate ${this.folder} --lang ${this.lang}`;
  }

  /** The lock of one part: missing, malformed or stale is a warning. */
  lock(lock: Lock | undefined, expected: string, what: Part, at: Range, front = false): void {
    const line = front ? `source: ${expected}` : `<!-- source: ${expected} -->`;
    if (lock) this.used.add(lock.line);
    if (!lock)
      this.report(
        'CB955',
        at,
        words('diagnostics.CB955.noLock', {
          part: partPhrase(what, 'start'),
          line,
          place: front ? 'front' : 'heading',
        }),
      );
    else if (!lock.valid)
      this.report(
        'CB955',
        lock.range,
        words('diagnostics.CB955.malformed', {
          hash: q(lock.hash),
          part: partPhrase(what, 'subject'),
          line,
        }),
      );
    else if (lock.hash !== expected)
      this.report(
        'CB956',
        lock.range,
        words('diagnostics.CB956.stale', {
          part: partPhrase(what, 'of'),
          written: lock.hash,
          expected,
          line,
        }),
      );
  }

  /** The lock under the heading of a part scenario.md does not have: reported with the part, not again. */
  private claim(heading: Range): void {
    const lock = lockAfter(this.file, this.locks, heading.start.line);
    if (lock) this.used.add(lock.line);
  }

  /** Locks under no heading: the translator meant them for some part. */
  strayLocks(): void {
    for (const lock of this.locks.values())
      if (!this.used.has(lock.line))
        this.report('CB955', lock.range, words('diagnostics.CB955.stray'));
  }

  briefing(
    span: Span,
    bodyOffset: number,
    parts: ReturnType<typeof sourceParts>,
  ): TranslatedProse | undefined {
    const firstLine = this.file.position(bodyOffset).line;
    const lock = lockAfter(this.file, this.locks, firstLine - 1);
    const at = this.file.lineRange(lock?.line ?? firstLine);
    if (parts.briefing === '') {
      if (span.markdown !== '')
        this.report(
          'CB952',
          this.file.range(span.start, span.start + (span.markdown.split('\n')[0] ?? '').length),
          words('diagnostics.CB952.noBriefing'),
        );
      return undefined;
    }
    if (span.markdown === '' && !lock) {
      this.report(
        'CB951',
        at,
        words('diagnostics.CB951.briefing', {
          hash: parts.briefingHash,
          command: this.command,
        }),
      );
      return undefined;
    }
    this.lock(lock, parts.briefingHash, { part: 'briefing' }, at);
    if (!this.sameBlocks(span, parts.briefingSkeleton, { part: 'briefing' }, at)) return undefined;
    return prose(span);
  }

  scenes(sections: StateSection[], sources: SourceScene[]): SceneTranslation[] {
    const index = new Map(sources.map((s, i) => [s.id, i]));
    const placed: { at: number; section: StateSection; next?: StateSection }[] = [];
    const out: SceneTranslation[] = [];
    let last: { at: number; id: string } | undefined;
    sections.forEach((section, k) => {
      const at = index.get(section.id);
      if (at === undefined) {
        this.claim(section.heading);
        this.report(
          'CB952',
          section.heading,
          words('diagnostics.CB952.scene', {
            id: q(section.id),
            suggestion: knownNames(section.id, index.keys(), 'scenes'),
          }),
        );
        return;
      }
      if (placed.some((p) => p.section.id === section.id)) return; // CB407 says so
      const src = sources[at] as SourceScene;
      if (last && at < last.at)
        this.report(
          'CB953',
          section.heading,
          words('diagnostics.CB953.scene', {
            id: section.id,
            after: last.id,
            command: this.command,
          }),
        );
      else last = { at, id: section.id };
      placed.push({ at, section, ...(sections[k + 1] ? { next: sections[k + 1] } : {}) });
      out.push(this.scene(section, src, sections[k + 1]));
    });
    sources.forEach((src, at) => {
      if (placed.some((p) => p.at === at)) return;
      const next = placed.filter((p) => p.at > at).sort((a, b) => a.at - b.at)[0];
      const heading = `## ${src.id}${src.title ? `: ${src.title}` : ''}`;
      this.report(
        'CB951',
        next ? next.section.heading : this.end(),
        words('diagnostics.CB951.scene', {
          part: partPhrase(partOf(src), 'object'),
          heading,
          line: String(src.line),
          where: next ? 'before' : 'end',
          next: next ? next.section.id : '',
          command: this.command,
        }),
      );
    });
    return out;
  }

  private scene(section: StateSection, src: SourceScene, next?: StateSection): SceneTranslation {
    const what = partOf(src);
    this.lock(
      lockAfter(this.file, this.locks, section.heading.start.line),
      src.hash,
      what,
      section.heading,
    );
    const out: SceneTranslation = { id: src.id, choices: [] };
    if (section.title !== undefined && src.title !== undefined) out.title = section.title;
    else if (src.title !== undefined)
      this.report(
        'CB951',
        section.heading,
        words('diagnostics.CB951.title', { id: section.id, title: q(src.title) }),
      );
    else if (section.title !== undefined)
      this.report(
        'CB952',
        section.heading,
        words('diagnostics.CB952.title', { part: partPhrase(what, 'start'), id: section.id }),
      );
    if (
      this.sameBlocks(section.prose, src.skeleton, what, section.heading) &&
      section.prose.markdown !== ''
    )
      out.prose = prose(section.prose);
    out.choices = this.choices(section, src, next);
    return out;
  }

  private choices(
    section: StateSection,
    src: SourceScene,
    next?: StateSection,
  ): ChoiceTranslation[] {
    const index = new Map(src.choices.map((c, i) => [c.event, i]));
    const placed: { at: number; heading: Range; event: string }[] = [];
    const out: ChoiceTranslation[] = [];
    let last: { at: number; event: string } | undefined;
    for (const choice of section.choices) {
      const at = index.get(choice.event);
      if (at === undefined) {
        this.claim(choice.heading);
        this.report(
          'CB952',
          choice.heading,
          words('diagnostics.CB952.choice', {
            part: partPhrase(partOf(src), 'start'),
            choice: q(choice.event),
            suggestion: knownNames(choice.event, index.keys(), 'choices'),
          }),
        );
        continue;
      }
      if (placed.some((p) => p.event === choice.event)) continue; // CB407 says so
      const sc = src.choices[at] as SourceChoice;
      if (last && at < last.at)
        this.report(
          'CB953',
          choice.heading,
          words('diagnostics.CB953.choice', {
            event: choice.event,
            after: last.event,
            command: this.command,
          }),
        );
      else last = { at, event: choice.event };
      placed.push({ at, heading: choice.heading, event: choice.event });
      const what: Part = { part: 'choice', choice: q(choice.event), id: q(src.id) };
      this.lock(
        lockAfter(this.file, this.locks, choice.heading.start.line),
        sc.hash,
        what,
        choice.heading,
      );
      if (sc.coaching === '') this.quietCoaching.add(choice.heading.start.offset);
      if (choice.label === undefined || !choice.labelInline) continue;
      const translated: ChoiceTranslation = {
        event: choice.event,
        label: choice.label,
        labelInline: choice.labelInline,
      };
      if (
        this.sameBlocks(choice.coaching, sc.skeleton, what, choice.heading) &&
        choice.coaching.markdown !== ''
      )
        translated.coaching = prose(choice.coaching);
      out.push(translated);
    }
    src.choices.forEach((sc, at) => {
      if (placed.some((p) => p.at === at)) return;
      const after = placed.filter((p) => p.at > at).sort((a, b) => a.at - b.at)[0];
      this.report(
        'CB951',
        after ? after.heading : next ? next.heading : this.end(),
        words('diagnostics.CB951.choice', {
          id: section.id,
          choice: q(sc.event),
          where: after ? 'before' : 'end',
          next: after ? after.event : '',
          command: this.command,
        }),
      );
    });
    return out;
  }

  /** Do the conditional blocks of a translated span match the source's? If not, a warning. */
  private sameBlocks(span: Span, expected: string, what: Part, at: Range): boolean {
    const found = skeleton(span.blocks);
    if (found === expected) return true;
    const say = (s: string): WordingValue => (s === '' ? phrase('diagnostics.CB954.none') : s);
    this.report(
      'CB954',
      at,
      words('diagnostics.CB954.blocks', {
        part: partPhrase(what, 'of'),
        expected: say(expected),
        found: say(found),
      }),
    );
    return false;
  }

  private end(): Range {
    return this.file.lineRange(this.file.lineCount);
  }
}

/**
 * A part of the translation a message is about, as data: the front matter, the briefing, a
 * scene or ending (`id` quoted), or a choice of one (`choice` and `id` quoted).
 */
export interface Part {
  part: 'front' | 'briefing' | 'scene' | 'ending' | 'choice';
  id?: string;
  choice?: string;
}

function partOf(src: SourceScene): Part {
  return { part: src.kind, id: q(src.id) };
}

/**
 * The part named in a message, by its role in the sentence, so each language can inflect
 * it: `start` opens the sentence as its subject ("The briefing has…"), `subject` is the
 * subject further on, `object` what a verb or "for" takes, `of` what "the text of …" is of.
 */
function partPhrase(what: Part, role: 'start' | 'subject' | 'object' | 'of'): Wording {
  return phrase('diagnostics.translationPart', {
    role,
    part: what.part,
    id: what.id ?? '',
    choice: what.choice ?? '',
  });
}

function prose(span: Span): TranslatedProse {
  return { markdown: span.markdown, blocks: span.blocks };
}
