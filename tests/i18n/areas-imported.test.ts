// An area's words reach the page only through its registration module (src/i18n/areas/):
// every source file that asks for one of its ids imports that module, so the words land in
// the same chunk as the code that reads them. A file that forgot would show the id itself
// to a learner in a build, where no other module happened to register the area first.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { rootPath } from '../support/paths';

const AREAS = readdirSync(rootPath('src/i18n/areas')).map((f) => f.replace(/\.ts$/, ''));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.includes(join('src', 'i18n')) ? [] : sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

it('has an area module for every catalog that is not on the first screen', () => {
  expect(AREAS.length).toBeGreaterThan(0);
  const first = readFileSync(rootPath('src/i18n/catalogs/en.ts'), 'utf8');
  for (const area of AREAS) expect(first).toContain(`import type ${area} from './en/${area}.json'`);
});

it('imports the area module wherever an area’s ids are asked for', () => {
  const missing: string[] = [];
  for (const file of sources(rootPath('src'))) {
    const text = readFileSync(file, 'utf8');
    for (const area of AREAS)
      if (
        // `'delivery.json'` names a course's file, not an id of the `delivery` area.
        new RegExp(`['"\`]${area}\\.(?!json\\b)[a-zA-Z]`).test(text) &&
        !text.includes(`i18n/areas/${area}'`) &&
        // The check's messages are made through diagnostic-words, which imports its area.
        !(area === 'diagnostics' && text.includes(`i18n/diagnostic-words'`))
      )
        missing.push(`${relative(rootPath('.'), file)} asks for ${area}.… ids`);
  }
  expect(missing).toEqual([]);
});
