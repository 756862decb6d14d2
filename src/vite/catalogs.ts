/**
 * The app's message catalogs (src/i18n/catalogs/<lang>/*.json) compiled at build time and
 * on the dev server: each ICU message becomes Lingui's compiled form, still JSON, so the
 * learner's bundle carries no message parser (about 7 KB gzip) and a broken message fails
 * the build with its file and id instead of showing raw braces to a learner.
 */
import type { Plugin } from 'vite';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

const CATALOG = /[\\/]src[\\/]i18n[\\/]catalogs[\\/][^\\/]+[\\/][^\\/?]+\.json$/;

export function compiledCatalogs(): Plugin {
  return {
    name: 'casebook-catalogs',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOG.test(id)) return null;
      const source = JSON.parse(code) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (error) {
          this.error(`${id}: message "${key}" is not valid ICU MessageFormat: ${String(error)}`);
        }
      }
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
