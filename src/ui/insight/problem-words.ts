/**
 * A failed read in the lead's language: the worker sends the problem as data (its code, the
 * LRS reader's problem, the file), never words, since it reads no catalog; the page words it
 * here. A problem without words of its own (an unexpected error) shows the error's text.
 */
import { t } from '../../i18n';
import '../../i18n/areas/insight';
import type { ReadProblem } from './protocol';

export function problemWords(problem: ReadProblem): string {
  const lrs = problem.lrs;
  if (lrs)
    switch (lrs.code) {
      case 'bad-endpoint':
        return t('insight.problem.lrs-bad-endpoint', { url: lrs.url });
      case 'network':
        return t('insight.problem.lrs-network', { url: lrs.url, detail: lrs.detail });
      case 'http':
        return t('insight.problem.lrs-http', {
          url: lrs.url,
          status: String(lrs.status),
          detail: lrs.detail ? `: ${lrs.detail}` : '',
          credentials: lrs.status === 401 || lrs.status === 403 ? 'yes' : 'no',
        });
      case 'not-json':
        return t('insight.problem.lrs-not-json', { url: lrs.url });
      case 'not-statements':
        return t('insight.problem.lrs-not-statements', { url: lrs.url });
      case 'aborted':
        return t('insight.problem.lrs-aborted', { url: lrs.url });
    }
  if (problem.file !== undefined && problem.code === 'file-unreadable')
    return t('insight.problem.file-unreadable', { file: problem.file });
  if (problem.file !== undefined && problem.code === 'file-not-an-export')
    return t('insight.problem.file-not-an-export', { file: problem.file });
  return problem.message;
}
