/**
 * Author mode's session as explicit state: what the page is doing (idle, reading a
 * folder, checking, checked, or failed), what it checks (a folder it can read again
 * and watch, or files chosen with a picker), the last answer shown, and where the
 * author is (the scenario on the workbench and its scene). Every check gets a request
 * number; an answer to any but the newest request is ignored, so a slow check of old
 * files can never replace the result of a newer one. The status line is kept as the
 * function that words it, so it reads in the page's language after a switch too. Pure:
 * the page dispatches, the reducer decides.
 */
import type { DirectoryHandle } from './folder-access';
import type { PickedFile } from '../authoring';
import type { AuthorCheck } from './work/protocol';
import { t } from '../../i18n';
import '../../i18n/areas/author';

type Phase = 'idle' | 'reading' | 'checking' | 'checked' | 'failed';

/** Words as a function of the active language: called when they are shown. */
export type Words = () => string;

/** What "Check again" reads anew: a folder handle, or the files chosen with the picker. */
type Source =
  | { kind: 'folder'; handle: DirectoryHandle; signature: string }
  | { kind: 'picked'; files: File[] };

export interface Shown {
  files: PickedFile[];
  result: AuthorCheck;
}

export interface Session {
  phase: Phase;
  /** The newest check asked for; 0 before the first. */
  request: number;
  source?: Source;
  /** Re-check by itself when a file in the opened folder changes. */
  watching: boolean;
  /** The newest answer, with the files it checked (their lines go beside the diagnostics). */
  shown?: Shown;
  /** What the status line says. */
  status: Words;
  /** The scenario on the workbench, and the scene in its reader. */
  exploring?: string;
  scene?: string;
}

export type SessionEvent =
  | { type: 'reading'; name: string }
  | { type: 'opened'; source: Source }
  | { type: 'checking'; request: number }
  | { type: 'checked'; files: PickedFile[]; result: AuthorCheck; why?: Words }
  | { type: 'failed'; request?: number; status: Words }
  | { type: 'watch'; on: boolean }
  | { type: 'changed'; signature: string }
  | { type: 'explore'; folder: string; scene?: string }
  | { type: 'scene'; scene: string };

export const initialSession: Session = {
  phase: 'idle',
  request: 0,
  watching: true,
  status: () => '',
};

function summary(result: AuthorCheck): string {
  const all = [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return t('author.status.checked', { scenarios: result.scenarios.length, errors, warnings });
}

export function sessionReducer(session: Session, event: SessionEvent): Session {
  switch (event.type) {
    case 'reading':
      return {
        ...session,
        phase: 'reading',
        status: () => t('author.status.reading', { name: event.name }),
      };
    case 'opened':
      return { ...session, source: event.source };
    case 'checking':
      return {
        ...session,
        phase: 'checking',
        request: event.request,
        status: () => t('author.status.checking'),
      };
    case 'checked': {
      // Only the newest request's answer is shown: an older one arriving late is dropped.
      if (event.result.request !== session.request) return session;
      const names = event.result.scenarios.filter((s) => s.compiled).map((s) => s.folder);
      const current = session.exploring;
      const exploring =
        current && names.includes(current) ? current : names.length === 1 ? names[0] : undefined;
      const next: Session = {
        ...session,
        phase: 'checked',
        shown: { files: event.files, result: event.result },
        status: () => {
          const checked = summary(event.result);
          return event.why ? `${event.why()} ${checked}` : checked;
        },
      };
      if (exploring) next.exploring = exploring;
      else delete next.exploring;
      return next;
    }
    case 'failed':
      if (event.request !== undefined && event.request !== session.request) return session;
      return { ...session, phase: 'failed', status: event.status };
    case 'watch':
      return { ...session, watching: event.on };
    case 'changed':
      return session.source?.kind === 'folder'
        ? { ...session, source: { ...session.source, signature: event.signature } }
        : session;
    case 'explore': {
      const next: Session = { ...session, exploring: event.folder };
      if (event.scene) next.scene = event.scene;
      else delete next.scene;
      return next;
    }
    case 'scene':
      return { ...session, scene: event.scene };
  }
}

/** True while the opened folder is watched for saves. */
export function isWatching(session: Session): boolean {
  return session.source?.kind === 'folder' && session.watching;
}
