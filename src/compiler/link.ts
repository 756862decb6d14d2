/**
 * Stage: linking the two files. Every scene and ending in `machine.json` needs its
 * `##` section in `scenario.md`, every choice its `###`; and every section must
 * belong to something. Routing states (only `always`) have no prose.
 *
 * One mistake gets one message: a name the two files spell differently is reported
 * once, pointing from the wrong spelling to the right one (spelling.ts), a near
 * name once as a likely typo, and `###` choices left under the wrong section by a
 * deleted `##` heading as that one missing heading (missing-heading.ts).
 */
import type { Diagnostic, Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { member, nodeRange } from './json';
import type { MachineModel, StateModel } from './machine';
import type { Body, ChoiceSection, StateSection } from './body';
import { strayChoice } from './markdown';
import { claimOrphans, type ChoiceGroup } from './missing-heading';
import { pairNames } from './pair-names';
import type { SourceFile } from './source';
import {
  EVENT_NAME,
  STATE_NAME,
  eventKey,
  eventSpelling,
  stateSpelling,
  type Respellings,
} from './spelling';
import { words } from '../i18n/diagnostic-words';
import { suggestion } from './suggest';
import { q, visible } from './quote';
import { TIME_UP } from './timed';

export function isRouter(state: StateModel): boolean {
  return !state.final && state.events.length === 0 && state.always.length > 0;
}

export interface Linked {
  diagnostics: Diagnostic[];
  /** Headings that spell a machine.json key differently, for the CB211 on the key. */
  respelt: Respellings;
}

export function link(md: SourceFile, json: SourceFile, machine: MachineModel, body: Body): Linked {
  const diagnostics: Diagnostic[] = [];
  const respelt: Respellings = { states: new Map(), events: new Map() };
  const byId = new Map(machine.states.map((s) => [s.id, s]));
  // A malformed heading (CB408) counts only when its first word is a state's id.
  const usable = body.sections.filter((s) => !s.malformed || byId.has(s.id));
  const sections = new Map(usable.map((s) => [s.id, s]));
  const line = (state: StateModel) => json.position(state.keyNode.offset).line;

  for (const state of machine.states.filter(isRouter)) {
    const section = sections.get(state.id);
    if (!section) continue;
    sections.delete(state.id);
    diagnostics.push(
      diagnostic(
        'CB409',
        md.path,
        section.heading,
        words('diagnostics.CB409.onlyRoutes', { state: q(state.id) }),
      ),
    );
  }
  const scenes = machine.states.filter((s) => !isRouter(s));
  const pairs = pairNames(
    scenes.map((s) => s.id),
    [...sections.keys()],
    stateSpelling,
  );
  const linked: { state: StateModel; section: StateSection }[] = [];
  for (const state of scenes) {
    const section = sections.get(state.id);
    if (section) linked.push({ state, section });
  }
  for (const [id, written] of [...pairs.respelt, ...pairs.typos]) {
    const state = byId.get(id) as StateModel;
    const section = sections.get(written) as StateSection;
    linked.push({ state, section });
    const typo = pairs.typos.some(([s]) => s === id);
    if (!typo && !STATE_NAME.test(id)) {
      respelt.states.set(id, { name: written, line: section.heading.start.line });
      continue;
    }
    const values = {
      written: visible(written),
      kind: state.final ? 'ending' : 'scene',
      state: q(id),
      id: visible(id),
      line: String(line(state)),
    };
    diagnostics.push(
      diagnostic(
        'CB402',
        md.path,
        section.heading,
        typo
          ? words(
              STATE_NAME.test(id) ? 'diagnostics.CB402.typoRename' : 'diagnostics.CB402.typoSame',
              values,
            )
          : words('diagnostics.CB402.respelt', values),
      ),
    );
  }
  linked.sort((a, b) => a.section.heading.start.offset - b.section.heading.start.offset);

  const withSection = new Set(linked.map((l) => l.state));
  const sectionless = scenes.filter((s) => !withSection.has(s));
  const orphans = claimOrphans(md, json, linked, body.strays, sectionless);
  diagnostics.push(...orphans.diagnostics);
  for (const stray of body.strays) {
    if (!orphans.claimed.has(stray) && !stray.malformed) diagnostics.push(strayChoice(md, stray));
  }
  const claimedBy = new Set(orphans.groups.map((g) => g.state));
  for (const state of sectionless) {
    if (claimedBy.has(state)) continue;
    diagnostics.push(
      diagnostic(
        'CB401',
        json.path,
        nodeRange(json, state.keyNode),
        words('diagnostics.CB401.noSection', {
          state: q(state.id),
          id: visible(state.id),
          kind: state.final ? 'ending' : 'scene',
        }),
      ),
    );
  }
  const groups: ChoiceGroup[] = [
    ...linked.map(({ state, section }) => ({
      state,
      id: section.id,
      choices: section.choices.filter((c) => !orphans.claimed.has(c)),
    })),
    ...orphans.groups,
  ];
  const headings = new Map(linked.map(({ state, section }) => [state, section.heading]));
  for (const group of groups) {
    const timed = linkTimeUp(md, json, group, headings.get(group.state), diagnostics);
    linkChoices(md, json, timed, diagnostics, respelt);
  }

  const unpairedSections = new Set(pairs.right);
  for (const section of usable) {
    if (!unpairedSections.has(section.id)) continue;
    diagnostics.push(
      diagnostic(
        'CB402',
        md.path,
        section.heading,
        words('diagnostics.CB402.unknown', {
          id: visible(section.id),
          suggestion: suggestion(section.id, byId.keys()),
        }),
      ),
    );
  }
  return { diagnostics, respelt };
}

/**
 * Timed decisions: the `TIME_UP` event (from "after") and a `### TIME_UP` section pair
 * only with each other, so a missing one gets its own message rather than a typo guess.
 * Returns the group without them when they did not pair.
 */
function linkTimeUp(
  md: SourceFile,
  json: SourceFile,
  group: ChoiceGroup,
  heading: Range | undefined,
  diagnostics: Diagnostic[],
): ChoiceGroup {
  const { state } = group;
  const timed = state.events.find((e) => e.timeout !== undefined);
  const sections = group.choices.filter((c) => c.event === TIME_UP);
  if (timed && sections.length > 0) return group;
  if (timed) {
    diagnostics.push(
      diagnostic(
        'CB437',
        heading ? md.path : json.path,
        heading ?? nodeRange(json, timed.keyNode),
        words('diagnostics.CB437.noTimeUp', {
          state: q(state.id),
          line: String(json.position(timed.keyNode.offset).line),
        }),
      ),
    );
  }
  if (state.final) return { ...group, state: { ...state, events: [] } };
  // An "after" that is there but wrong has its own message (CB216–CB218); one is enough.
  const afterWritten = member(state.node, 'after') !== undefined;
  for (const section of afterWritten ? [] : sections) {
    diagnostics.push(
      diagnostic(
        'CB438',
        md.path,
        section.heading,
        words('diagnostics.CB438.noTimer', { state: q(state.id) }),
      ),
    );
  }
  return {
    ...group,
    state: { ...state, events: state.events.filter((e) => e !== timed) },
    choices: group.choices.filter((c) => !sections.includes(c)),
  };
}

function linkChoices(
  md: SourceFile,
  json: SourceFile,
  group: ChoiceGroup,
  diagnostics: Diagnostic[],
  respelt: Respellings,
): void {
  const { state } = group;
  // A malformed heading (CB408) counts only when its first word is one of the state's events.
  const choices = group.choices.filter(
    (c) => !c.malformed || state.events.some((e) => e.event === c.event),
  );
  if (state.final) {
    for (const choice of choices) {
      diagnostics.push(
        diagnostic(
          'CB404',
          md.path,
          choice.heading,
          words('diagnostics.CB404.ending', {
            state: q(state.id),
            event: visible(choice.event),
          }),
        ),
      );
    }
    return;
  }
  const events = state.events.map((e) => e.event);
  const pairs = pairNames(
    events,
    choices.map((c) => c.event),
    eventSpelling,
  );
  const choiceNamed = (name: string) => choices.find((c) => c.event === name) as ChoiceSection;
  const lineOf = (event: string) => {
    const model = state.events.find((e) => e.event === event);
    return model ? json.position(model.keyNode.offset).line : 0;
  };
  for (const [event, written] of pairs.respelt) {
    const choice = choiceNamed(written);
    if (!EVENT_NAME.test(event)) {
      respelt.events.set(eventKey(state.id, event), {
        name: written,
        line: choice.heading.start.line,
      });
      continue;
    }
    diagnostics.push(
      diagnostic(
        'CB404',
        md.path,
        choice.heading,
        words('diagnostics.CB404.respelt', {
          written: visible(written),
          event: visible(event),
          line: String(lineOf(event)),
        }),
      ),
    );
  }
  for (const [event, written] of pairs.typos) {
    diagnostics.push(
      diagnostic(
        'CB404',
        md.path,
        choiceNamed(written).heading,
        words(
          EVENT_NAME.test(event) ? 'diagnostics.CB404.typoRename' : 'diagnostics.CB404.typoSame',
          {
            written: visible(written),
            state: q(state.id),
            choice: q(event),
            event: visible(event),
            line: String(lineOf(event)),
          },
        ),
      ),
    );
  }
  // Sets: a state may have thousands of unpaired events, and `includes` per event was quadratic.
  const unpairedEvents = new Set(pairs.left);
  const unpairedChoices = new Set(pairs.right);
  for (const event of state.events) {
    if (!unpairedEvents.has(event.event)) continue;
    diagnostics.push(
      diagnostic(
        'CB403',
        json.path,
        nodeRange(json, event.keyNode),
        words('diagnostics.CB403.noSection', {
          choice: q(event.event),
          state: q(state.id),
          event: visible(event.event),
          id: visible(state.id),
        }),
      ),
    );
  }
  for (const choice of choices) {
    if (!unpairedChoices.has(choice.event)) continue;
    diagnostics.push(
      diagnostic(
        'CB404',
        md.path,
        choice.heading,
        words('diagnostics.CB404.unknown', {
          state: q(state.id),
          choice: q(choice.event),
          suggestion: suggestion(choice.event, events),
        }),
      ),
    );
  }
}
