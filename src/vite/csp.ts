/**
 * The production build ships a strict Content-Security-Policy: scripts and styles only
 * from the app's own origin (no inline script, no eval), no plugins, no frames, no
 * forms, no base-URL tricks, and workers (author mode's) only from its own origin.
 * Images come from the app's own files, or from `blob:` URLs that author mode makes of
 * the images an author picked (only the page itself can create one).
 * The dev server needs inline scripts for hot reload, so the policy is added at
 * build time only.
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

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'casebook-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
    },
  };
}
