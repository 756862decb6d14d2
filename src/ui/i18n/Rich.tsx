/**
 * A message with parts a translator may move: `"Read the <0>guide</0> first."`, where
 * `<0>` is an element the code supplies (a link, a strong word). The translation decides
 * where each part goes; the code decides what it is, so no markup comes from a catalog.
 */
import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import type { MessageId, MessageValues } from '../../i18n';
import { useT } from './use-t';

const TAG = /<(\d+)>(.*?)<\/\1>|<(\d+)\/>/gs;

/** `text` with each `<n>…</n>` replaced by `parts[n]` holding that text. */
export function richText(text: string, parts: readonly ReactElement[]): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    const index = Number(match[1] ?? match[3]);
    const part = parts[index];
    const inner = match[2];
    if (part)
      out.push(
        cloneElement(
          part,
          { key: out.length },
          ...(inner === undefined ? [] : richText(inner, parts)),
        ),
      );
    else out.push(inner ?? '');
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Rich({
  id,
  values,
  parts,
}: {
  id: MessageId;
  values?: MessageValues;
  parts: readonly ReactElement[];
}) {
  const t = useT();
  return <Fragment>{richText(t(id, values), parts)}</Fragment>;
}
