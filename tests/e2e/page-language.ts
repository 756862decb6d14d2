/**
 * Checks of a page in another language, run inside the page (issue 18):
 * - `untranslatedOnPage`: under the long pseudo-locale every message of the app is
 *   accented, so a run of three plain ASCII letters in the page's own words is a string
 *   that did not come through the catalogs (words inside an element whose `lang` differs
 *   from the page's are the course's, and skipped; so are the `known` texts);
 * - `overlapsOnPage`: boxes of text and controls that overlap, or stick out of the page
 *   sideways, once the page is right to left or its text 40% longer.
 */
import type { Page } from 'playwright-core';

export function untranslatedOnPage(page: Page, known: readonly string[] = []): Promise<string[]> {
  return page.evaluate((known) => {
    const pageLang = document.documentElement.lang;
    const foreign = (el: Element | null) => {
      const owner = el?.closest('[lang]');
      return (
        !!owner && owner !== document.documentElement && owner.getAttribute('lang') !== pageLang
      );
    };
    const hidden = (el: Element) =>
      !!el.closest('script,style,[hidden],[aria-hidden="true"],.visually-hidden-ignore');
    const found: string[] = [];
    const check = (text: string, where: string) => {
      let rest = text;
      for (const k of known) rest = rest.split(k).join(' ');
      const words = rest.match(/[A-Za-z]{3,}/g);
      if (words) found.push(`${words.join(' ')}  ←  ${where}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || foreign(parent) || hidden(parent)) continue;
      check(node.textContent ?? '', parent.outerHTML.slice(0, 140));
    }
    for (const el of document.querySelectorAll('[aria-label],[alt],[title],[placeholder]')) {
      if (foreign(el)) continue;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder'])
        if (el.hasAttribute(name))
          check(el.getAttribute(name) ?? '', `${name} of ${el.outerHTML.slice(0, 120)}`);
    }
    // The tab's title names the page by its heading, which may be the course's words.
    const heading = document.querySelector('main h1');
    const title = foreign(heading)
      ? document.title.split(heading?.textContent ?? '').join(' ')
      : document.title;
    check(title, '<title>');
    return found;
  }, known);
}

export function overlapsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'h1,h2,h3,h4,p,li,button,a,label,input,select,textarea,summary,th,td,dt,dd';
    const boxes = [...document.querySelectorAll(selector)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // Closed <details> keep their content's boxes where they were last laid out: skip what is not shown.
        const shown = el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
        return shown && r.width > 0 && r.height > 0 && !el.closest('.skip-link');
      })
      .map((el) => ({ el, r: el.getBoundingClientRect() }));
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const width = document.documentElement.clientWidth;
    for (const { el, r } of boxes)
      if (r.left < -1 || r.right > width + 1)
        problems.push(
          `${name(el)} sticks out sideways (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`,
        );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    return problems;
  });
}
