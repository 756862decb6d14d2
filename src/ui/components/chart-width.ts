/**
 * The width a chart is drawn at, in CSS pixels, so its SVG coordinates are pixels and
 * its text is the size the style sheet says at every screen width (an SVG scaled to
 * fit a phone would shrink 14 px text to 6 px). Measured before paint and on every
 * resize; `fallback` until then, and where nothing can be measured (jsdom, a hidden
 * chart).
 */
import { useLayoutEffect, useRef, useState } from 'react';

export function useChartWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const measured = Math.floor(el.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
