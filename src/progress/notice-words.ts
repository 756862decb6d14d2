/**
 * The few words notices share when they speak of many records: counts written the
 * way the learner reads them (10,000 or 10.000), and the first few names of a list,
 * then how many more — in the learner's language, looked up when called.
 */
import { formatNumber, t } from '../i18n';

/** How many notices about records of one kind are shown one by one before they are grouped. */
export const GROUP_LIMIT = 3;

export const count = (n: number) => formatNumber(n);

/** `"a", "b", "c" and 9,997 more`: the first examples of `total` things, then how many others. */
export function someOf(examples: readonly string[], total: number): string {
  const [a = '', b = '', c = ''] = examples.slice(0, GROUP_LIMIT);
  const shown = Math.min(examples.length, GROUP_LIMIT);
  const rest = total - shown;
  if (rest > 0) {
    const more = count(rest);
    if (shown === 0) return '';
    if (shown === 1) return t('notices.list.oneMore', { a, more });
    if (shown === 2) return t('notices.list.twoMore', { a, b, more });
    return t('notices.list.threeMore', { a, b, c, more });
  }
  if (shown <= 1) return a;
  if (shown === 2) return t('notices.list.two', { a, b });
  return t('notices.list.three', { a, b, c });
}
