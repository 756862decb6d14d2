// One rule for every page's title and focus: the tab's title (document.title, set in the
// commit that shows the page) and the page's <h1>, focused when it appears and
// again whenever `focusKey` changes, so keyboard and screen-reader users start at the
// top of what changed instead of where the last page left them.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

export function PageHeading({
  title,
  children,
  focusKey,
  focus = true,
  className,
  id,
  lang,
}: {
  /** The page's name in the tab, before " · Casebook". */
  title: string;
  /** What the heading shows; the title when absent. */
  children?: ReactNode;
  /** The heading takes the focus again when this changes (a new scene, other runs). */
  focusKey?: unknown;
  /** False on the landing page, so the first Tab still reaches the skip link. */
  focus?: boolean;
  className?: string;
  /** For a section the heading names (`aria-labelledby`). */
  id?: string;
  /** The title's language when it is not the page's (a scenario's words, issue 18). */
  lang?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const pageTitle = t('app.pageTitle', { title });
  // Set here rather than with a <title> element in the page: React 19 moves such an element
  // into <head>, which `preact/compat` does not (issue 19), and the tab's name is the same.
  useLayoutEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  // A layout effect, so the focus moves in the same commit that shows the heading:
  // nobody (a screen reader, a test) sees the heading before it has the focus.
  useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, focusKey]);
  return (
    <>
      <h1 ref={heading} id={id} tabIndex={focus ? -1 : undefined} className={className} lang={lang}>
        {children ?? title}
      </h1>
    </>
  );
}
