/**
 * docs/cmi5.md documents every IRI the cmi5 runtime writes (verbs, categories, cmi5's
 * extensions and Casebook's own) and every notice it can give: an LRS report and a
 * learner's question both start from that page, so it cannot fall behind the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CASEBOOK_EXTENSIONS,
  CATEGORY,
  CMI5_EXTENSIONS,
  INTERACTION_TYPE,
  VERBS,
} from '../../src/delivery/cmi5/iris';
import { CMI5_NOTICES } from '../../src/delivery/cmi5/notices';
import { rootPath } from '../support/paths';

const doc = readFileSync(rootPath('docs/cmi5.md'), 'utf8');

describe('docs/cmi5.md', () => {
  it("has a row for each of Casebook's own IRIs", () => {
    for (const iri of Object.values(CASEBOOK_EXTENSIONS)) expect(doc).toContain(`| \`${iri}\``);
  });

  it('names every verb, category and cmi5 extension the runtime writes', () => {
    const verbs = Object.keys(VERBS).map((v) => `**${v}**`);
    for (const text of [...verbs, ...Object.values(CMI5_EXTENSIONS), INTERACTION_TYPE])
      expect(doc).toContain(text);
    for (const iri of Object.values(CATEGORY)) expect(doc).toContain(iri.split('/').at(-1));
  });

  it('lists every notice code', () => {
    for (const code of Object.keys(CMI5_NOTICES)) expect(doc).toContain(`| \`${code}\``);
  });
});
