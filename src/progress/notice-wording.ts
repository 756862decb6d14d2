/**
 * A notice's words in the language the learner reads now. A notice is made once (when
 * progress is read, saved or imported) but may stay on screen while the learner switches
 * language, so the function that worded it is kept beside it and asked again when it is
 * shown. Kept out of the notice itself, which stays plain data that can be compared,
 * copied and sent between tabs; a copy without its wording shows the words it was made with.
 */

const wordings = new WeakMap<object, () => string>();

/** Remember how `notice` is worded, so `noticeMessage` can word it again; returns `notice`. */
export function worded<N extends object>(notice: N, wording: () => string): N {
  wordings.set(notice, wording);
  return notice;
}

/** `copy`, made from `original` (a spread with a new id), worded as `original` is. */
export function wordedAs<N extends object>(copy: N, original: object): N {
  const wording = wordings.get(original);
  return wording ? worded(copy, wording) : copy;
}

/** The notice's message in the active language (the words it was made with, if it has no wording). */
export function noticeMessage(notice: { message: string }): string {
  return wordings.get(notice)?.() ?? notice.message;
}
