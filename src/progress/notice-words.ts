/**
 * The few words notices share when they speak of many records: counts written the
 * way people read them (10,000), and the first few names of a list, then how many more.
 */
/** How many notices about records of one kind are shown one by one before they are grouped. */
export const GROUP_LIMIT = 3;

export const count = (n: number) => n.toLocaleString('en-GB');

/** `"a", "b", "c" and 9,997 more`: the first examples of `total` things, then how many others. */
export function someOf(examples: readonly string[], total: number): string {
  const shown = examples.slice(0, GROUP_LIMIT);
  const rest = total - shown.length;
  const list =
    shown.length > 1
      ? `${shown.slice(0, -1).join(', ')}${rest > 0 ? ',' : ' and'} ${shown.at(-1)}`
      : (shown[0] ?? '');
  return rest > 0 ? `${list} and ${count(rest)} more` : list;
}
