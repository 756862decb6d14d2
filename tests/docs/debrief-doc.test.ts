/**
 * docs/debrief.md's worked examples are what the code gives: each ```text block that
 * starts `Run:` is played on the example scenario (tests/fixtures/debrief-examples/
 * late-report) and its debrief written out the same way; the block must match it word for
 * word, so the doc cannot drift from the rules. UPDATE_DOCS=1 rewrites the blocks (read
 * the diff). Every reading has an example.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { debrief, type Debrief, type DiagnosisKind } from '../../src/debrief';
import { loadCourse } from '../../src/disk/load';
import { createPlayer, traceRun } from '../../src/engine';
import { ROOT, rootPath } from '../support/paths';

const DOC = rootPath('docs/debrief.md');
const compiled = compileCourse(loadCourse('tests/fixtures/debrief-examples/late-report', ROOT));
const scenario = compiled.scenarios[0]?.scenario;
if (!scenario) throw new Error('the example scenario does not compile');
const player = createPlayer(scenario);
const BLOCK = /```text\n(Run: [^\n]*)\n[\s\S]*?```/g;

const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

function written(d: Debrief, events: string[]): string {
  const text = (d2: Debrief['decisions'][number]) =>
    d2.label.map((i) => ('v' in i ? i.v : '')).join('');
  const metrics = (scenario?.metrics ?? [])
    .map((m) => `${m.label} ${d.trajectory.find((t) => t.id === m.id)?.values.at(-1)}`)
    .join(', ');
  const count = (domain: 'management' | 'leadership') =>
    `${domain} ${d.balance[domain].effective} effective, ${d.balance[domain].counterproductive} counterproductive`;
  return [
    `Run: ${events.join(' → ')}`,
    ...d.decisions.map(
      (x) =>
        `${x.index + 1}. ${x.scene.title}: “${text(x)}” (${x.reading}: ${x.behaviours
          .map((b) => `${lower(b.label)}, ${b.domain} ${b.polarity}`)
          .join('; ')})`,
    ),
    `Ending: ${d.ending?.title} (${d.ending?.outcome}); ${metrics}`,
    `Counts: ${count('management')}; ${count('leadership')}`,
    `Reading: ${d.diagnosis.title} (${d.diagnosis.kind})`,
    `Rule: ${d.diagnosis.basis?.rule}`,
    'Evidence:',
    ...(d.diagnosis.evidence ?? []).map((e) => `- ${e.text}`),
  ].join('\n');
}

function play(first: string): { events: string[]; d: Debrief; block: string } {
  const events = first.replace(/^Run: /, '').split(' → ');
  const d = debrief(scenario as never, traceRun(player, events), compiled.taxonomy);
  return { events, d, block: written(d, events) };
}

describe('docs/debrief.md', () => {
  const doc = readFileSync(DOC, 'utf8');
  const examples = [...doc.matchAll(BLOCK)].map((m) => ({ whole: m[0], first: m[1] ?? '' }));

  it('has a worked example for each reading, and one where the ending overrules the counts', () => {
    const kinds = new Set<DiagnosisKind>(examples.map((e) => play(e.first).d.diagnosis.kind));
    expect([...kinds].sort()).toEqual([
      'balanced',
      'direction-without-execution',
      'execution-without-direction',
      'foundations-first',
    ]);
    expect(examples.some((e) => /^Rule: The ending was weak/m.test(play(e.first).block))).toBe(
      true,
    );
  });

  it('gives, in each worked example, exactly what the code gives for that run', () => {
    let updated = doc;
    for (const example of examples) {
      const expected = '```text\n' + play(example.first).block + '\n```';
      if (process.env.UPDATE_DOCS === '1') updated = updated.replace(example.whole, expected);
      else expect(example.whole).toBe(expected);
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, updated);
  });
});
