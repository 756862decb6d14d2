/**
 * The insight view's words and numbers: counts, shares, times and months through `Intl`
 * (the browser's locale; `locales` is for tests), and the names of the framework's
 * diagnoses and programmes as an L&D lead reads them. One place, so every table reads alike.
 */
import type { DiagnosisKind } from '../../debrief';

type Locales = string | string[] | undefined;

export const SUPPRESSED_SENTENCE = 'Fewer than 5 learners — hidden to protect privacy.';

export const DIAGNOSIS_LABEL: Record<DiagnosisKind, string> = {
  balanced: 'Balanced: execution and direction',
  'execution-without-direction': 'Strong execution, weaker direction',
  'direction-without-execution': 'Strong direction, weaker execution',
  'foundations-first': 'Foundations first',
};

export function formatCount(n: number, locales?: Locales): string {
  return new Intl.NumberFormat(locales).format(n);
}

/** A share from 0 to 1 as a whole percentage ("37%"); under 1% but above 0 reads "<1%". */
export function formatShare(share: number, locales?: Locales): string {
  const percent = new Intl.NumberFormat(locales, { style: 'percent', maximumFractionDigits: 0 });
  if (share > 0 && share < 0.005) return `<${percent.format(0.01)}`;
  return percent.format(share);
}

/** A duration in ms, in minutes with one decimal ("4.5 minutes"), or seconds under a minute. */
export function formatDuration(ms: number, locales?: Locales): string {
  const seconds = ms / 1000;
  if (seconds < 60)
    return new Intl.NumberFormat(locales, {
      style: 'unit',
      unit: 'second',
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(seconds);
  return new Intl.NumberFormat(locales, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(seconds / 60);
}

/** A UTC month written `2026-11` as "November 2026"; anything else as it is. */
export function formatMonth(month: string, locales?: Locales): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locales, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "1 run", "12 runs" (and learners, statements): the count through `formatCount`. */
export function counted(n: number, one: string, many: string, locales?: Locales): string {
  return `${formatCount(n, locales)} ${n === 1 ? one : many}`;
}
