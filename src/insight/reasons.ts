/**
 * Why a cohort's reading suggests its programme, worded when it is read, from the catalog:
 * the most common reading among the group's learners, the failure patterns that recur, and
 * the programme. The reading itself holds only data, so the insight page says the reasons
 * in its reader's language and the CLI's report in English.
 */
import { diagnosisTitle, pathTitle, patternInline } from '../debrief';
import { t } from '../i18n';
import '../i18n/areas/insight';
import { MIN_LEARNERS, type CohortReading } from './types';

export function programmeReasons(reading: CohortReading): string[] {
  const { common, learners, path } = reading.programme;
  const patterns = reading.patterns.map((p) =>
    t('insight.reason.pattern', { pattern: patternInline(p.pattern), count: p.learners }),
  );
  return [
    t('insight.reason.common', {
      count: reading.diagnoses[common] ?? 0,
      learners,
      reading: diagnosisTitle(common),
    }),
    patterns.length > 0
      ? t('insight.reason.patterns', { patterns: patterns.join(', ') })
      : t('insight.reason.noPattern', { min: MIN_LEARNERS }),
    t('insight.reason.programme', { path: pathTitle(path) }),
  ];
}
