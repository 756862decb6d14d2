// PLACEHOLDER until h18l merges: the learner's choice, then the LMS, then the browser.
export function useAppLanguage(supported: readonly string[]): string {
  const wanted = navigator.languages.map((l) => l.split('-')[0]!.toLowerCase());
  return wanted.find((l) => supported.includes(l)) ?? 'en';
}
