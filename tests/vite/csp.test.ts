/**
 * The production CSP lets author mode start its Web Worker from the app's own files
 * and from nowhere else: no blob: or data: workers, and nothing else loosened. Images
 * alone may also be `blob:` URLs (author mode shows the images an author picked).
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyFor } from '../../src/vite/csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name as string, values];
  }),
);

describe('the content security policy', () => {
  it("allows workers from the app's own origin only", () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });

  it('keeps scripts to its own files, without inline code, eval or blobs', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const others = CONTENT_SECURITY_POLICY.split(';').filter((d) => !d.includes('img-src'));
    expect(others.join(';')).not.toMatch(/blob:|unsafe-inline|unsafe-eval|\*/);
  });

  it("takes images from the app's own files and the page's own blob: URLs, never data: or elsewhere", () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:']);
  });

  it('connects to its own origin only, and a cmi5 package to any web origin until its launch narrows it', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(policyFor('')).toBe(CONTENT_SECURITY_POLICY);
    expect(policyFor('scorm12')).toBe(CONTENT_SECURITY_POLICY);
    const cmi5 = policyFor('cmi5');
    expect(cmi5).toContain("connect-src 'self' https: http:");
    expect(cmi5.replace(' https: http:', '')).toBe(CONTENT_SECURITY_POLICY);
  });
});
