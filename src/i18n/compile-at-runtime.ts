/**
 * For Node (the CLI and the Vite plugin, which compile courses): the catalogs arrive there
 * as ICU text, not compiled by the build, and Lingui compiles such text itself only when
 * NODE_ENV is not `production`. `npm run package` builds with NODE_ENV=production, and the
 * check's messages came out as their raw text ("The front matter has no {key}"). Node shells
 * call this once; the browser never does (its catalogs are compiled at build time, and the
 * compiler would add about 7 KB).
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { english, i18n } from './i18n';

export function compileMessagesAtRuntime(): void {
  i18n.setMessagesCompiler(compileMessage);
  english.setMessagesCompiler(compileMessage);
}
