/**
 * Reading one statement defensively: the records of the cmi5 package's own statements,
 * the opaque learner key (from the identifier, never the name), and hostile or malformed
 * statements — wrong types, huge strings, `__proto__` keys, HTML — skipped and counted, or
 * kept as plain data, never thrown on.
 */
import { describe, expect, it } from 'vitest';
import { createFold } from '../../src/insight/fold';
import { durationMs, learnerKey, readStatement } from '../../src/insight/statements';
import { baseCohort, registrationOf, runStatements, TEAM } from './cohort';

const [initialized, first, , completed, judged, terminated] = runStatements(baseCohort()[0]!);

describe('the records of the package’s statements', () => {
  it('reads an answered statement as a decision', () => {
    const r = readStatement(first);
    expect(r).toMatchObject({
      kind: 'decision',
      scenario: 'missed-deadline',
      activity: 'urn:casebook:course:demo:au:missed-deadline',
      scene: 'deadline',
      sceneTitle: 'The missed deadline',
      event: 'ASK',
      label: 'Ask what happened',
      number: 1,
      tag: 'leadership',
      registration: registrationOf('l0'),
      offered: [
        { event: 'ASK', label: 'Ask what happened' },
        { event: 'PUSH', label: 'Push for new dates' },
        { event: 'IGNORE', label: 'Say nothing' },
      ],
      behaviours: [{ id: 'asks-open-question', domain: 'leadership', polarity: 'effective' }],
    });
    expect(r?.groups).toEqual(new Map([[TEAM, 'north']]));
    expect(r?.at).toBe(Date.parse(first!.timestamp!));
  });

  it('reads completed, passed and failed as the ending, with the duration since initialized', () => {
    expect(readStatement(completed)).toMatchObject({
      kind: 'ending',
      verb: 'completed',
      ending: 'on-track',
      outcome: 'strong',
      durationMs: 100_000,
    });
    expect(readStatement(judged)).toMatchObject({
      kind: 'ending',
      verb: 'passed',
      ending: 'on-track',
    });
    expect(readStatement(initialized)?.kind).toBe('initialized');
    expect(readStatement(terminated)?.kind).toBe('terminated');
  });

  it('parses ISO 8601 durations', () => {
    expect(durationMs('PT1H2M3.5S')).toBe(3_723_500);
    expect(durationMs('P1DT1S')).toBe(86_401_000);
    expect(durationMs('PT')).toBeUndefined();
    expect(durationMs('1 hour')).toBeUndefined();
    expect(durationMs(12)).toBeUndefined();
  });
});

describe('the learner key', () => {
  it('is the same for one identifier whatever the name, and differs between identifiers', () => {
    const a = learnerKey({ name: 'Ann', mbox: 'mailto:ann@example.org' });
    expect(a).toBe(learnerKey({ name: 'Someone else', mbox: 'mailto:ann@example.org' }));
    expect(a).not.toBe(learnerKey({ mbox: 'mailto:bob@example.org' }));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toContain('ann');
  });

  it('reads every inverse functional identifier, and nothing else', () => {
    const keys = [
      { mbox: 'mailto:a@example.org' },
      { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' },
      { openid: 'https://id.example.org/a' },
      { account: { homePage: 'https://lms.example.org', name: 'a' } },
    ].map(learnerKey);
    expect(new Set(keys).size).toBe(4);
    expect(keys.every((k) => typeof k === 'string')).toBe(true);
    expect(learnerKey({ name: 'Only a name' })).toBeUndefined();
    expect(learnerKey({ account: { name: 'no home page' } })).toBeUndefined();
    expect(learnerKey('mailto:a@example.org')).toBeUndefined();
  });
});

/** A copy of `s` with `change` applied to it (a JSON copy, as an LRS would send). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hostile statement is any shape
const hostile = (s: unknown, change: (o: any) => void) => {
  const copy = JSON.parse(JSON.stringify(s));
  change(copy);
  return copy;
};

const EXT = 'https://casebook.dev/xapi/extensions/';

describe('hostile and malformed statements', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['an array', [first]],
    ['a string', 'answered'],
    ['no actor', hostile(first, (o) => delete o.actor)],
    ['a verb that is not ours', hostile(first, (o) => (o.verb.id = 'http://example.org/liked'))],
    [
      'an object that is not a Casebook AU',
      hostile(first, (o) => (o.object.id = 'https://example.org/x')),
    ],
    ['a timestamp that is not a time', hostile(first, (o) => (o.timestamp = 'yesterday'))],
    [
      'a decision number as a string',
      hostile(first, (o) => (o.result.extensions[`${EXT}decision`] = '1')),
    ],
    [
      'a negative decision number',
      hostile(first, (o) => (o.result.extensions[`${EXT}decision`] = -1)),
    ],
    [
      'a scene that is not the object’s',
      hostile(first, (o) => (o.result.extensions[`${EXT}scene`] = 'other')),
    ],
    [
      'a run id that is an object',
      hostile(first, (o) => (o.result.extensions[`${EXT}run`] = { id: 1 })),
    ],
    [
      'a huge run id',
      hostile(first, (o) => (o.result.extensions[`${EXT}run`] = 'r'.repeat(100_000))),
    ],
    ['extensions as an array', hostile(first, (o) => (o.result.extensions = []))],
    [
      'an ending without an outcome',
      hostile(completed, (o) => (o.result.extensions[`${EXT}ending`] = { id: 'x' })),
    ],
    [
      'an unknown outcome',
      hostile(completed, (o) => (o.result.extensions[`${EXT}ending`].outcome = 'great')),
    ],
    [
      'a broken escape in the IRI',
      hostile(first, (o) => (o.object.id = 'urn:casebook:course:demo:au:%E0%A4%A/decisions/x')),
    ],
  ];

  it.each(cases)('skips %s and counts it', (_name, statement) => {
    expect(readStatement(statement)).toBeUndefined();
    const fold = createFold({});
    fold.add(statement);
    expect(fold.result().statements).toEqual({ read: 1, used: 0, skipped: 1, filtered: 0 });
  });

  it('keeps a decision whose optional fields are wrong, dropping only those', () => {
    const r = readStatement(
      hostile(first, (o) => {
        o.result.extensions[`${EXT}tag`] = 'everything';
        o.result.extensions[`${EXT}label`] = 'x'.repeat(1_000_000);
        o.result.extensions[`${EXT}behaviours`] = [
          { id: 'b', domain: 'politics', polarity: 'effective' },
          { id: 'c', domain: 'leadership', polarity: 'effective', pattern: 'toString' },
          null,
          'text',
        ];
        o.object.definition.choices = [{ id: 7 }, null, { id: 'OK', description: 'not a map' }];
      }),
    );
    expect(r).toMatchObject({
      kind: 'decision',
      tag: 'untagged',
      label: 'ASK',
      behaviours: [{ id: 'c', label: 'c', domain: 'leadership', polarity: 'effective' }],
      offered: [{ event: 'OK', label: 'OK' }],
    });
    expect(r && 'behaviours' in r && r.behaviours[0]).not.toHaveProperty('pattern');
  });

  it('reads `__proto__` keys as data and pollutes nothing', () => {
    const text = JSON.stringify(first).replace(
      '"result":{',
      '"result":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const statement = JSON.parse(text);
    const fold = createFold({});
    fold.add(statement);
    fold.add(
      JSON.parse('{"__proto__":{"polluted":true},"actor":{"__proto__":{"mbox":"mailto:x@y"}}}'),
    );
    const insight = fold.result();
    expect(insight.statements).toEqual({ read: 2, used: 1, skipped: 1, filtered: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      readStatement(
        JSON.parse('{"verb":{"__proto__":{"id":"http://adlnet.gov/expapi/verbs/answered"}}}'),
      ),
    ).toBeUndefined();
  });

  it('keeps HTML in a label as text: it is data, never markup', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const r = readStatement(hostile(first, (o) => (o.result.extensions[`${EXT}label`] = html)));
    expect(r && 'label' in r && r.label).toBe(html);
  });
});
