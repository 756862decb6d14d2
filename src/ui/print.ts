/**
 * What is collapsed on screen is printed expanded: before printing, every closed
 * `<details>` inside the element opens, and closes again after. (The print style sheet
 * also shows their content where the browser supports `::details-content`; this covers
 * the others, and a summary's own state.)
 */
import { useEffect, useRef } from 'react';

export function useExpandedInPrint<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll('details:not([open])') ?? [])].map((el) => {
        const details = el as HTMLDetailsElement;
        details.open = true;
        return details;
      });
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return ref;
}
