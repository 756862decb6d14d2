/**
 * A deleted (or never written) `## state` heading leaves that state's `###` choices
 * under the section above it, or before any section. Each would then look like a
 * choice its section's state does not handle; instead, when the choices at the end of
 * a section (or before the first one) are events of exactly one state that has no
 * section, they are read as that state's, and the author hears once that its heading
 * seems to be missing above the first of them (CB401).
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { StateModel } from './machine';
import type { ChoiceSection, StateSection } from './body';
import type { SourceFile } from './source';
import { eventSpelling } from './spelling';
import { listedNames } from './suggest';
import { q, visible } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

/** The choices linked against one state: its own section's, or those a missing heading left elsewhere. */
export interface ChoiceGroup {
  state: StateModel;
  id: string;
  choices: ChoiceSection[];
}

export interface Orphans {
  /** Choices read as another state's than their section's. */
  claimed: Set<ChoiceSection>;
  /** Those choices, per state whose heading is missing. */
  groups: ChoiceGroup[];
  diagnostics: Diagnostic[];
}

const handles = (state: StateModel, event: string) =>
  state.events.some((e) => e.event === event || eventSpelling(e.event) === eventSpelling(event));

export function claimOrphans(
  md: SourceFile,
  json: SourceFile,
  linked: readonly { state: StateModel; section: StateSection }[],
  strays: ChoiceSection[],
  sectionless: readonly StateModel[],
): Orphans {
  const orphans: Orphans = { claimed: new Set(), groups: [], diagnostics: [] };
  const free = new Set(sectionless);
  const hostOf = new Map<ChoiceGroup, StateModel | undefined>();
  /** The one state without a section that has this event, if exactly one has. */
  const claimant = (event: string, except?: StateModel) => {
    const states = [...free].filter((s) => s !== except && handles(s, event));
    return states.length === 1 ? states[0] : undefined;
  };
  const hosts = [
    { state: undefined, choices: strays },
    ...linked.map((l) => ({ state: l.state, choices: l.section.choices })),
  ];
  for (const host of hosts) {
    const own = (c: ChoiceSection) => host.state !== undefined && handles(host.state, c.event);
    const start = host.choices.findIndex((c) => !own(c) && claimant(c.event) !== undefined);
    const tail = start < 0 ? [] : host.choices.slice(start);
    if (tail.length === 0 || tail.some(own)) continue;
    let group: ChoiceGroup | undefined;
    for (const choice of tail) {
      const next =
        group && handles(group.state, choice.event)
          ? undefined
          : claimant(choice.event, group?.state);
      if (next) {
        free.delete(next);
        group = { state: next, id: next.id, choices: [] };
        orphans.groups.push(group);
        hostOf.set(group, host.state);
      }
      group?.choices.push(choice);
      orphans.claimed.add(choice);
    }
  }
  for (const group of orphans.groups)
    orphans.diagnostics.push(missingHeading(md, json, group, hostOf.get(group)));
  return orphans;
}

function missingHeading(
  md: SourceFile,
  json: SourceFile,
  group: ChoiceGroup,
  host: StateModel | undefined,
): Diagnostic {
  const { state } = group;
  const first = group.choices[0] as ChoiceSection;
  const mine = group.choices.filter((c) => handles(state, c.event)).map((c) => c.event);
  const line = json.position(state.keyNode.offset).line;
  return diagnostic(
    'CB401',
    md.path,
    first.heading,
    words('diagnostics.CB401.missingHeading', {
      id: visible(state.id),
      count: mine.length,
      names: listedNames(mine),
      state: q(state.id),
      line: String(line),
      host: host ? phrase('diagnostics.CB401.notTo', { state: q(host.id) }) : '',
    }),
  );
}
