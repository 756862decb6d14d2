/**
 * Issue 18: translateScenario overlays words only. Every id, event, transition,
 * condition and the contentHash stay the source's, so a run's event log replays the same
 * through the translated scenario (saved runs stay valid across languages); a part the
 * translation lacks keeps the source's words. translateTaxonomy does the same for labels.
 */
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { translationDraft } from '../../src/check';
import type { CompiledScenario, ScenarioTranslation } from '../../src/contract';
import { loadCourse } from '../../src/disk/load';
import {
  createPlayer,
  offeredChoices,
  replay,
  startRun,
  choose,
  translateScenario,
  translateTaxonomy,
  type RunSnapshot,
} from '../../src/engine';
import { FIXTURES } from '../support/fixtures';
import { compileReference } from '../support/reference';

function fixture(edit?: (md: string) => string) {
  const input = loadCourse('.', `${FIXTURES}/translation-valid`);
  const de = input.scenarios[0]?.translations?.[0]?.file;
  if (de && edit) de.text = edit(de.text);
  const result = compileCourse(input);
  const entry = result.scenarios[0];
  if (!entry?.scenario || !entry.translations?.[0])
    throw new Error('translation-valid does not compile');
  return { scenario: entry.scenario, translation: entry.translations[0], result };
}

/** The scenario without its words: what must not change in a translation. */
function structure(s: CompiledScenario): unknown {
  return {
    ...s,
    title: undefined,
    summary: undefined,
    briefing: { ...s.briefing, markdown: undefined, blocks: undefined },
    metrics: s.metrics.map((m) => ({ ...m, label: undefined })),
    scenes: s.scenes.map((scene) => ({
      ...scene,
      title: undefined,
      prose: { ...scene.prose, markdown: undefined, blocks: undefined },
      choices: scene.choices.map((c) => ({
        ...c,
        label: undefined,
        labelInline: undefined,
        coaching: { ...c.coaching, markdown: undefined, blocks: undefined },
      })),
    })),
    lang: undefined,
  };
}

/** Every complete run, by depth-first play: its event log and its final snapshot. */
function everyRun(scenario: CompiledScenario, limit = 200): string[][] {
  const player = createPlayer(scenario);
  const runs: string[][] = [];
  const walk = (snapshot: RunSnapshot, log: string[]) => {
    if (runs.length >= limit) return;
    const offered = offeredChoices(player, snapshot, 0);
    if (offered.length === 0) runs.push(log);
    for (const c of offered)
      walk(choose(player, snapshot, c.event) as RunSnapshot, [...log, c.event]);
  };
  walk(startRun(player), []);
  return runs;
}

const state = (s: RunSnapshot) => ({ value: s.value, status: s.status, context: s.context });

describe('translateScenario', () => {
  it('changes the words and nothing else: ids, machine, conditions and contentHash stay', () => {
    const { scenario, translation } = fixture();
    const translated = translateScenario(scenario, translation);
    expect(translated.lang).toBe('de');
    expect(translated.contentHash).toBe(scenario.contentHash);
    expect(structure(translated)).toEqual(structure(scenario));
    expect(translated.title).toBe('Der Basisfall');
    expect(translated.metrics[0]?.label).toBe('Vertrauen zwischen dir und Sam');
    const opening = translated.scenes.find((s) => s.id === 'opening');
    expect(opening?.title).toBe('Die erste Minute');
    expect(opening?.choices[0]?.label).toBe(
      'Sag, was bis Freitag erreicht sein muss und woran ihr es beide erkennt.',
    );
    expect(opening?.prose.markdown).toContain('Sam hat die Freitagsfrist zweimal verpasst.');
    expect(scenario.lang).toBeUndefined();
  });

  it('replays every run of the source identically on the translation', () => {
    const { scenario, translation } = fixture();
    const source = createPlayer(scenario);
    const german = createPlayer(translateScenario(scenario, translation));
    const runs = everyRun(scenario);
    expect(runs.length).toBe(2);
    for (const log of runs) {
      const a = replay(source, log);
      const b = replay(german, log);
      expect(b.applied).toBe(log.length);
      expect(b.snapshots.map(state)).toEqual(a.snapshots.map(state));
    }
  });

  it("replays the reference scenario's runs on a translation of it", () => {
    const reference = compileReference();
    const draft = translationDraft(reference);
    if ('refused' in draft) throw new Error(draft.refused);
    // Every part of the draft, but with other words: upper-case prose under each lock.
    const input = loadCourse('scenarios/missed-deadline', process.cwd());
    const own = input.scenarios[0];
    if (!own) throw new Error('no reference');
    own.translations = [
      {
        lang: 'de',
        file: {
          path: 'missed-deadline/scenario.de.md',
          text: draft.text.replace(/^([A-Z][^\n]*)$/gm, (line) => `DE ${line}`),
        },
      },
    ];
    const entry = compileCourse(input).scenarios[0];
    const translation = entry?.translations?.[0] as ScenarioTranslation;
    expect(entry?.diagnostics.filter((d) => d.file.endsWith('scenario.de.md'))).toEqual([]);
    const translated = translateScenario(reference, translation);
    expect(translated.contentHash).toBe(reference.contentHash);
    expect(translated.scenes.find((s) => s.id === 'opening')?.choices[0]?.label).toMatch(/^DE /);
    const source = createPlayer(reference);
    const german = createPlayer(translated);
    const runs = everyRun(reference, 100);
    expect(runs.length).toBe(100);
    for (const log of runs)
      expect(replay(german, log).snapshots.map(state)).toEqual(
        replay(source, log).snapshots.map(state),
      );
  });

  it("keeps the source's words for a part the translation lacks", () => {
    const { scenario, translation } = fixture((md) => md.slice(0, md.indexOf('## outcome-weak')));
    const translated = translateScenario(scenario, translation);
    const weak = (s: CompiledScenario) => s.scenes.find((x) => x.id === 'outcome-weak');
    expect(weak(translated)).toEqual(weak(scenario));
    expect(translated.scenes.find((s) => s.id === 'outcome-strong')?.title).toBe(
      'Ein Plan, den ihr beide tragt',
    );
  });
});

describe('translateTaxonomy', () => {
  it('translates labels and descriptions by id and keeps everything else', () => {
    const { result } = fixture();
    const taxonomy = result.taxonomy;
    const t = result.taxonomyTranslations?.[0];
    if (!taxonomy || !t) throw new Error('translation-valid has no taxonomy translation');
    const translated = translateTaxonomy(taxonomy, t);
    expect(translated.behaviours.map((b) => [b.id, b.label, b.domain, b.polarity])).toEqual([
      ['sets-clear-objectives', 'Setzt klare Ziele', 'management', 'effective'],
      [
        'avoids-the-hard-conversation',
        'Weicht dem schwierigen Gespräch aus',
        'management',
        'counterproductive',
      ],
    ]);
    const partial = translateTaxonomy(taxonomy, { lang: 'de', behaviours: [] });
    expect(partial).toEqual(taxonomy);
  });
});
