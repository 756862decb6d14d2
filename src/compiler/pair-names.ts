/**
 * How two lists of names, one from each file (states and `##` sections, or a state's
 * events and its `###` choices), correspond: the same, the same spelt differently
 * (case, "-"/"_"), or each other's only near name (one typo). Linking reports a pair
 * once, as the one mistake it is, instead of a "missing" on one side and an "unknown"
 * on the other.
 */
import { nearest } from './suggest';

export interface NamePairs {
  /** `[left, right]` written differently only in case or with "-" for "_". */
  respelt: [string, string][];
  /** `[left, right]` that are each other's nearest unmatched name. */
  typos: [string, string][];
  /** Names on each side with no counterpart. */
  left: string[];
  right: string[];
}

export function pairNames(
  left: readonly string[],
  right: readonly string[],
  spelling: (name: string) => string,
): NamePairs {
  const rightSet = new Set(right);
  const leftSet = new Set(left);
  let restLeft = [...leftSet].filter((n) => !rightSet.has(n));
  let restRight = [...rightSet].filter((n) => !leftSet.has(n));

  const respelt: [string, string][] = [];
  const bySpelling = (names: string[]) => {
    const map = new Map<string, string[]>();
    for (const n of names) map.set(spelling(n), [...(map.get(spelling(n)) ?? []), n]);
    return map;
  };
  const rightBySpelling = bySpelling(restRight);
  for (const [key, names] of bySpelling(restLeft)) {
    const others = rightBySpelling.get(key);
    if (names.length === 1 && others?.length === 1)
      respelt.push([names[0], others[0]] as [string, string]);
  }
  restLeft = restLeft.filter((n) => !respelt.some(([l]) => l === n));
  restRight = restRight.filter((n) => !respelt.some(([, r]) => r === n));

  const typos: [string, string][] = [];
  for (const l of restLeft) {
    const r = nearest(l, restRight);
    if (r !== undefined && nearest(r, restLeft) === l) typos.push([l, r]);
  }
  return {
    respelt,
    typos,
    left: restLeft.filter((n) => !typos.some(([l]) => l === n)),
    right: restRight.filter((n) => !typos.some(([, r]) => r === n)),
  };
}
