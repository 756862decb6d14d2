/**
 * The production build ships a strict Content-Security-Policy: scripts and styles only
 * from the app's own origin (no inline script, no eval), no plugins, no frames, no
 * forms, no base-URL tricks, and workers (author mode's) only from its own origin.
 * Images come from the app's own files, or from `blob:` URLs that author mode makes of
 * the images an author picked (only the page itself can create one).
 * The dev server needs inline scripts for hot reload, so the policy is added at
 * build time only.
 *
 * A cmi5 package connects to the learning record store its LMS names at launch, which no
 * build can know: its policy allows `connect-src 'self' https: http:`, and the cmi5
 * runtime adds a second policy at launch, before any request, with the LRS's and the fetch
 * URL's origins alone (policies intersect, so only those two remain; src/delivery/cmi5).
 *
 * Cohort insight (`#/insight`) reads the LRS a lead names, which no build can know either,
 * but the page itself never connects to it: the read runs in the page's insight worker
 * (src/ui/insight/insight.worker.ts), and a worker's policy is the one its own script's
 * response carries, not the page's `<meta>` (CSP 3; tests/e2e/insight.e2e.test.ts reads an
 * LRS on another origin under this policy in Chromium). So the learner's page keeps
 * `connect-src 'self'`. A host that sends its own CSP header with every file must allow the
 * LRS's origin in that header's `connect-src` for the worker's script.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy of a build for `delivery` (CASEBOOK_DELIVERY; '' for the plain build). */
export function policyFor(delivery: string): string {
  if (delivery !== 'cmi5') return CONTENT_SECURITY_POLICY;
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https: http:");
}

export function contentSecurityPolicy(delivery = ''): Plugin {
  const policy = policyFor(delivery);
  return {
    name: 'casebook-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
    },
  };
}
