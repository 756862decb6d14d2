/**
 * The insight view's words and numbers: counts, shares, times and months through `Intl` in
 * the learner's language and variant (`formatLocales()`: "37 %" and "4,5 Minuten" in German),
 * and the names of the framework's diagnoses as an L&D lead reads them, from the `insight`
 * area. One place, so every table reads alike; each is looked up when it is read, so a page
 * rendered again in another language reads the new words.
 */
import type { DiagnosisKind } from '../../debrief';
import { formatLocales, formatNumber, t } from '../../i18n';
import '../../i18n/areas/insight';

const DIAGNOSIS_IDS = {
  balanced: 'insight.diagnosis.balanced',
  'execution-without-direction': 'insight.diagnosis.execution-without-direction',
  'direction-without-execution': 'insight.diagnosis.direction-without-execution',
  'foundations-first': 'insight.diagnosis.foundations-first',
} as const satisfies Record<DiagnosisKind, string>;

/** A diagnosis as a lead reads it; an unknown kind as it is. */
export function diagnosisLabel(kind: DiagnosisKind): string {
  return Object.hasOwn(DIAGNOSIS_IDS, kind) ? t(DIAGNOSIS_IDS[kind]) : kind;
}

export function formatCount(n: number): string {
  return formatNumber(n);
}

/** A share from 0 to 1 as a whole percentage ("37%"); under 1% but above 0 reads "<1%". */
export function formatShare(share: number): string {
  const percent = { style: 'percent', maximumFractionDigits: 0 } as const;
  if (share > 0 && share < 0.005) return `<${formatNumber(0.01, percent)}`;
  return formatNumber(share, percent);
}

/** A duration in ms, in minutes with one decimal ("4.5 minutes"), or seconds under a minute. */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60)
    return formatNumber(seconds, {
      style: 'unit',
      unit: 'second',
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    });
  return formatNumber(seconds / 60, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
}

/** A UTC month written `2026-11` as "November 2026" ("November 2026" in German too); anything else as it is. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(formatLocales(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
