/**
 * CB443: a line `scenario sync` wrote as a placeholder ("TODO (sync): …") that the
 * author has not replaced yet. A warning, so `check` still plays the scenario while it
 * is being written and `check --strict` (warnings fail) keeps it from learners.
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { SYNC_PLACEHOLDER } from '../contract/sync';
import type { SourceFile } from './source';
import { words } from '../i18n/diagnostic-words';

export function syncPlaceholders(md: SourceFile): Diagnostic[] {
  if (!md.text.includes(SYNC_PLACEHOLDER)) return [];
  const out: Diagnostic[] = [];
  for (let line = 1; line <= md.lineCount; line++) {
    if (!md.lineText(line).trimStart().startsWith(SYNC_PLACEHOLDER)) continue;
    out.push(
      diagnostic(
        'CB443',
        md.path,
        md.lineRange(line),
        words('diagnostics.CB443.placeholder', { marker: SYNC_PLACEHOLDER }),
      ),
    );
  }
  return out;
}
