/**
 * Author mode's session reducer: only the newest check's answer is shown. A slow
 * check of older files that answers after a newer one is dropped, whatever order the
 * answers come in, and a failure of an older check does not hide a newer result.
 */
import { describe, expect, it } from 'vitest';
import { initialSession, sessionReducer, type Session } from '../../src/ui/author/session';
import type { AuthorCheck } from '../../src/ui/author/work/protocol';

function answer(request: number, folder: string): AuthorCheck {
  return {
    request,
    diagnostics: [],
    scenarios: [{ folder, playable: false, marks: new Map(), diagnostics: [] }],
  };
}

const files = (name: string) => [{ path: `${name}/machine.json`, text: '{}' }];

describe('the author session', () => {
  it('ignores an older check that answers after a newer one', () => {
    let s: Session = initialSession;
    s = sessionReducer(s, { type: 'checking', request: 1 });
    s = sessionReducer(s, { type: 'checking', request: 2 });
    s = sessionReducer(s, { type: 'checked', files: files('new'), result: answer(2, 'new') });
    expect(s.phase).toBe('checked');
    const late = sessionReducer(s, {
      type: 'checked',
      files: files('old'),
      result: answer(1, 'old'),
    });
    expect(late).toBe(s);
    expect(late.shown?.result.scenarios.map((x) => x.folder)).toEqual(['new']);
    expect(late.status()).toBe('Checked 1 scenario: 0 errors, 0 warnings.');
  });

  it('keeps checking while only an older check has answered', () => {
    let s: Session = sessionReducer(initialSession, { type: 'checking', request: 1 });
    s = sessionReducer(s, { type: 'checking', request: 2 });
    s = sessionReducer(s, { type: 'checked', files: files('old'), result: answer(1, 'old') });
    expect(s.phase).toBe('checking');
    expect(s.shown).toBeUndefined();
    expect(s.status()).toBe('Checking…');
  });

  it('drops the failure of an older check but shows the failure of the newest', () => {
    let s: Session = sessionReducer(initialSession, { type: 'checking', request: 1 });
    s = sessionReducer(s, { type: 'checking', request: 2 });
    s = sessionReducer(s, { type: 'checked', files: files('new'), result: answer(2, 'new') });
    expect(sessionReducer(s, { type: 'failed', request: 1, status: () => 'old failure' })).toBe(s);
    const failed = sessionReducer(s, { type: 'failed', request: 2, status: () => 'new failure' });
    expect(failed.phase).toBe('failed');
    expect(failed.status()).toBe('new failure');
    // The last result stays on the page.
    expect(failed.shown?.result.request).toBe(2);
  });

  it('opens the only compiled scenario, and keeps the one explored across checks', () => {
    const compiled = (request: number, folders: string[]): AuthorCheck => ({
      request,
      diagnostics: [],
      scenarios: folders.map((folder) => ({
        folder,
        playable: true,
        compiled: {} as never,
        marks: new Map(),
        diagnostics: [],
      })),
    });
    let s: Session = sessionReducer(initialSession, { type: 'checking', request: 1 });
    s = sessionReducer(s, { type: 'checked', files: [], result: compiled(1, ['one']) });
    expect(s.exploring).toBe('one');
    s = sessionReducer(s, { type: 'checking', request: 2 });
    s = sessionReducer(s, { type: 'checked', files: [], result: compiled(2, ['one', 'two']) });
    expect(s.exploring).toBe('one');
    s = sessionReducer(s, { type: 'checking', request: 3 });
    s = sessionReducer(s, { type: 'checked', files: [], result: compiled(3, ['two', 'three']) });
    expect(s.exploring).toBeUndefined();
  });
});
