/**
 * The cmi5 runtime's public face. Only a package built for cmi5 loads it (src/ui/main.tsx
 * imports it behind the build's delivery constant), so no other build carries it or the
 * cmi5 client. See docs/cmi5.md for what it reports and the IRIs it uses.
 */
import { Cmi5Session, type Cmi5Options } from './session';

export type { Cmi5Status } from './session';

/** Start a session for this launch; it reports in the background and never throws. */
export function startCmi5(options: Cmi5Options): Cmi5Session {
  const session = new Cmi5Session(options);
  void session.start();
  return session;
}
