/**
 * Notices about many records of one kind become one notice: a file or a storage with
 * 10,000 runs that no longer replay gets one line that counts them and names the first
 * few, not 10,000 lines on every page load. Up to `GROUP_LIMIT` of a kind are still
 * shown one by one, since each then says more than a count would. The grouped notice
 * keeps the source (and path) of the first record, so it still has a location.
 */
import { GROUP_LIMIT, notice, type Fate, type Notice, type NoticeCode } from './notices';
import { wordedAs } from './notice-wording';

/** A notice about one record, with the record's name for a grouped notice. */
export interface Item {
  notice: Notice;
  example: string;
  /** What became of the record, for `record-invalid` (every item of a group shares it). */
  fate?: Fate;
  /** Items of one code and one `group` (e.g. `runs`) are grouped; without one, never. */
  group?: string;
}

const GROUPED = {
  'run-replayed': 'runs-replayed',
  'run-stale': 'runs-stale',
  'run-unplayable': 'runs-unplayable',
  'record-invalid': 'records-invalid',
} as const satisfies Partial<Record<NoticeCode, NoticeCode>>;

const groupable = (code: NoticeCode): code is keyof typeof GROUPED => Object.hasOwn(GROUPED, code);

function grouped(items: readonly Item[]): Notice {
  const [first] = items as [Item, ...Item[]];
  const code = first.notice.code as keyof typeof GROUPED;
  const many = { count: items.length, examples: items.slice(0, GROUP_LIMIT).map((i) => i.example) };
  const source = first.notice.source;
  const built =
    GROUPED[code] === 'records-invalid'
      ? notice('records-invalid', source, { ...many, fate: first.fate ?? { skipped: true } })
      : notice(GROUPED[code], source, many);
  return wordedAs({ ...built, id: `${built.id}@${items.length}` }, built);
}

/** The notices of `items` in order, each code and group with more than `GROUP_LIMIT` as one. */
export function groupNotices(items: readonly Item[]): Notice[] {
  const keyOf = (item: Item) =>
    item.group === undefined || !groupable(item.notice.code)
      ? undefined
      : `${item.notice.code} ${item.group}`;
  const byGroup = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = byGroup.get(key);
    if (list) list.push(item);
    else byGroup.set(key, [item]);
  }
  const out: Notice[] = [];
  const done = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    const list = key === undefined ? undefined : byGroup.get(key);
    if (key === undefined || !list || list.length <= GROUP_LIMIT) out.push(item.notice);
    else if (!done.has(key)) {
      done.add(key);
      out.push(grouped(list));
    }
  }
  return out;
}
