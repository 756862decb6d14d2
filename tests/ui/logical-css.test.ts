// Issue 18, right-to-left readiness: the app's stylesheet says where things go by the
// text's direction (inline-start/end), never by left and right, so `dir="rtl"` on <html>
// mirrors every page; a physical property here would keep a border or an indent on the
// wrong side of Arabic or Hebrew text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const CSS = readFileSync(join(import.meta.dirname, '../../src/ui/styles.css'), 'utf8');

const PHYSICAL =
  /(^|[\s;{])((margin|padding|border)-(left|right)[\w-]*|left|right|float|clear)\s*:|text-align:\s*(left|right)|(margin|padding):[ \t]*[^;\s]+[ \t]+[^;\s]+[ \t]+[^;\s]+[ \t]+[^;\s]+[ \t]*;/gm;

it('lays out with logical properties only (no left/right, no four-sided shorthands)', () => {
  const rules = CSS.replace(/\/\*[\s\S]*?\*\//g, '');
  const found = [...rules.matchAll(PHYSICAL)].map((m) => m[0].trim());
  expect(found).toEqual([]);
});
