/**
 * How big a page's chart text is as the learner sees it, shared by the debrief layout
 * test and `npm run bench:debrief`: SVG text scales with its viewBox, so its font size
 * alone says nothing about what is drawn.
 */
import type { Page } from 'playwright-core';

/**
 * The smallest text in the page's charts as drawn, in CSS pixels: SVG text at its font
 * size times the scale its SVG is drawn at, other text at its computed font size.
 */
export function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll<Element>('.chart *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .map((el) => {
        const size = parseFloat(getComputedStyle(el).fontSize);
        return el instanceof SVGGraphicsElement ? size * (el.getScreenCTM()?.a ?? 1) : size;
      });
    return Math.min(...sizes);
  });
}
