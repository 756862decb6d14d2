/**
 * What `npm run scenario -- sync` writes that the compiler must recognise: the target
 * of an `on` entry sync created for a `###` section the machine lacked. Upper case, so
 * it can never be a real (kebab-case) state id; the check reports it as CB220 until the
 * author picks a state.
 */
export const UNCHOSEN_TARGET = 'CHOOSE-A-TARGET';

/** The placeholder paragraph sync writes into a stub section; the check warns about it (CB443). */
export const SYNC_PLACEHOLDER = 'TODO (sync):';
