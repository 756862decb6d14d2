/**
 * The pseudo-locale check of issue 18: with the app in `en-XA` (every message accented
 * and bracketed, src/i18n/pseudo.ts), any run of three plain ASCII letters on a page is
 * a word that did not come through the catalogs. Words of a scenario or a taxonomy are
 * the author's, not the app's: they sit inside an element whose `lang` differs from the
 * page's and are skipped, as are the `known` texts a test names (names, ids, numbers).
 */
import type { Messages } from '@lingui/core';
import { activate, markWhole } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { pseudoCatalog } from '../../src/i18n/pseudo';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CATALOGS = join(import.meta.dirname, '../../src/i18n/catalogs/en');

/** The English source of every catalog file, as the pseudo-locale is made from it. */
function englishSource(): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(CATALOGS)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(CATALOGS, f), 'utf8')) as Record<string, string>),
  );
}

/** Make the long pseudo-locale active (call `useEnglish` after the test). */
export function usePseudoLocale(): void {
  markWhole('en-XA');
  activate('en-XA', pseudoCatalog(englishSource(), 'long'));
}

export function useEnglish(): void {
  activate('en', en as unknown as Messages);
}

/** Visible text and accessible names (aria-label, alt, title, placeholder) of `root`. */
function texts(root: Element, pageLang: string): { text: string; where: string }[] {
  const out: { text: string; where: string }[] = [];
  const foreign = (el: Element | null) => {
    const owner = el?.closest('[lang]');
    return (
      !!owner &&
      owner !== root.ownerDocument.documentElement &&
      owner.getAttribute('lang') !== pageLang
    );
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || foreign(parent) || parent.closest('script,style,[hidden],[aria-hidden="true"]'))
      continue;
    out.push({ text: node.textContent ?? '', where: parent.outerHTML.slice(0, 120) });
  }
  for (const el of root.querySelectorAll('[aria-label],[alt],[title],[placeholder]')) {
    if (foreign(el)) continue;
    for (const name of ['aria-label', 'alt', 'title', 'placeholder'])
      if (el.hasAttribute(name))
        out.push({
          text: el.getAttribute(name) ?? '',
          where: `${name} of ${el.outerHTML.slice(0, 100)}`,
        });
  }
  return out;
}

/** Every English-looking word of `root` under the pseudo-locale, with where it is; [] when all came through the catalogs. */
export function untranslatedWords(
  root: Element,
  known: readonly string[] = [],
  pageLang = 'en-XA',
): string[] {
  const found: string[] = [];
  for (const { text, where } of texts(root, pageLang)) {
    let rest = text;
    for (const k of known) rest = rest.split(k).join(' ');
    const words = rest.match(/[A-Za-z]{3,}/g);
    if (words) found.push(`${words.join(' ')}  ←  ${where}`);
  }
  return found;
}
