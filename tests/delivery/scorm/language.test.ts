/**
 * The learner's language as a SCORM LMS gives it: 2004 `cmi.learner_preference.language`,
 * 1.2 `cmi.student_preference.language`, read at session start on scorm-again's real
 * APIs; an LMS that gives none, or answers the read with an error, gives no language.
 */
import { describe, expect, it } from 'vitest';
import type { ScormFormat } from '../../../src/delivery/scorm/cmi';
import { startScorm } from '../../../src/delivery/scorm/session';
import { MemoryStorage } from '../../progress/memory-storage';
import { course, frameOf, lmsParent, loadersOf, newApi } from './lms';

const built = course();

function open(format: ScormFormat, api: unknown) {
  return startScorm({
    format,
    window: frameOf(lmsParent(format, api)),
    storage: new MemoryStorage(),
    search: '?scenario=missed-deadline',
    index: built.index,
    loaders: loadersOf(built),
    rule: null,
  });
}

describe('SCORM learner language', () => {
  it('reads SCORM 2004 cmi.learner_preference.language', () => {
    const api = newApi('scorm2004', { learner_preference: { language: 'de' } });
    expect(open('scorm2004', api).language).toBe('de');
  });

  it('reads SCORM 1.2 cmi.student_preference.language', () => {
    const api = newApi('scorm12', { student_preference: { language: 'de-CH' } });
    expect(open('scorm12', api).language).toBe('de-CH');
  });

  it('gives none when the LMS has none', () => {
    expect(open('scorm2004', newApi('scorm2004')).language).toBeUndefined();
    expect(open('scorm12', newApi('scorm12')).language).toBeUndefined();
  });

  it('gives none when the LMS answers the read with an error', () => {
    const failing = {
      Initialize: () => 'true',
      Terminate: () => 'true',
      GetValue: (element: string) => (element.includes('language') ? 'de' : ''),
      SetValue: () => 'true',
      Commit: () => 'true',
      GetLastError: () => '401',
      GetErrorString: () => 'Not implemented',
    };
    expect(open('scorm2004', failing).language).toBeUndefined();
  });
});
