// Issue 18, right-to-left readiness: the app's stylesheets say where things go by the
// text's direction (inline-start/end), never by left and right, so `dir="rtl"` on <html>
// mirrors every page; a physical property would keep a border or an indent on the wrong
// side of Arabic or Hebrew text. Every stylesheet under src/ui is read, so one a page
// brings with its chunk (the insight page's, say) is held to the same rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = join(import.meta.dirname, '../../src/ui');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return stylesheets(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

const PHYSICAL =
  /(^|[\s;{])((margin|padding|border)-(left|right)[\w-]*|left|right|float|clear)\s*:|text-align:\s*(left|right)|(margin|padding):[ \t]*[^;\s]+[ \t]+[^;\s]+[ \t]+[^;\s]+[ \t]+[^;\s]+[ \t]*;/gm;

/** The physical properties in a stylesheet's text, comments left out. */
function physical(css: string): string[] {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...rules.matchAll(PHYSICAL)].map((m) => m[0].trim());
}

const FILES = stylesheets(UI).map((path) => relative(UI, path));

it('reads the app’s stylesheet and the insight page’s', () => {
  expect(FILES).toEqual(expect.arrayContaining(['styles.css', join('insight', 'insight.css')]));
});

it('finds a physical property where one is written', () => {
  expect(physical('.a { text-align: left; }\n.b {\n  border-left: 1px solid;\n}')).toEqual([
    'text-align: left',
    'border-left:',
  ]);
  expect(physical('.c { margin: 0 1rem 0 2rem; }')).toHaveLength(1);
});

describe.each(FILES)('%s', (file) => {
  it('lays out with logical properties only (no left/right, no four-sided shorthands)', () => {
    expect(physical(readFileSync(join(UI, file), 'utf8'))).toEqual([]);
  });
});
