/**
 * The one-file course (`npm run package -- … --format html`): vite-plugin-singlefile
 * inlines every script and style into index.html, which the build's own policy
 * (`script-src 'self'`) would then block. This last step, after inlining, swaps that
 * policy for one allowing exactly those inline scripts and styles by their SHA-256
 * hashes (no 'unsafe-inline', no eval), images from `data:` URLs, and nothing fetched:
 * the file works opened from disk (`file://`) and from any host. The favicon is inlined
 * too, so the page asks for no other file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of a page whose only scripts and styles are its inline ones. */
function oneFilePolicy(html: string): string {
  const inline = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
      hash(m[1] ?? ''),
    );
  const scripts = inline('script');
  const styles = inline('style');
  return [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'none'",
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** index.html with its favicon as a `data:` URL and the policy of {@link oneFilePolicy}. */
function oneFileHtml(html: string, publicDir: string): string {
  const withIcon = html.replace(
    /(<link rel="icon" type="image\/svg\+xml" href=")[^"]*favicon\.svg(")/,
    (all, before: string, after: string) => {
      const file = join(publicDir, 'favicon.svg');
      if (!existsSync(file)) return all;
      return `${before}data:image/svg+xml;base64,${readFileSync(file).toString('base64')}${after}`;
    },
  );
  const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;
  if (!meta.test(withIcon))
    throw new Error('index.html has no Content-Security-Policy to replace.');
  return withIcon.replace(
    meta,
    `<meta http-equiv="Content-Security-Policy" content="${oneFilePolicy(withIcon)}" />`,
  );
}

/** Runs after vite-plugin-singlefile (both `post`, this one later in the list). */
export function oneFileCsp(): Plugin {
  let publicDir = '';
  return {
    name: 'casebook-one-file-csp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') this.error('The one-file build has no index.html.');
        page.source = oneFileHtml(String(page.source), publicDir);
      },
    },
  };
}
