/**
 * The starting point for a new scenario: six scenes (a four-decision spine with two
 * optional detours, so runs take four to six decisions), a guarded choice, a router and
 * three endings, tagged with behaviours taken from the course's own taxonomy, so it
 * passes `check --strict` the moment it is created and shows every part of the format.
 * Used by `npm run scenario -- new` (src/cli/scenario.ts), which writes the files; it
 * lives with the check because what it must pass is the check's quality gate.
 */
import type { Taxonomy } from '../contract';
import { titleFromId } from './title-case';

export interface ScaffoldFiles {
  'scenario.md': string;
  'machine.json': string;
}

/** Pick tags from the course taxonomy: effective management, effective leadership, and a counterproductive one. */
function pickTags(taxonomy: Taxonomy): [string, string, string] {
  const find = (domain: string, polarity: string) =>
    taxonomy.behaviours.find((b) => b.domain === domain && b.polarity === polarity)?.id ??
    taxonomy.behaviours.find((b) => b.polarity === polarity)?.id ??
    taxonomy.behaviours[0]?.id ??
    'describe-the-behaviour';
  return [
    find('management', 'effective'),
    find('leadership', 'effective'),
    find('management', 'counterproductive'),
  ];
}

export function scaffold(id: string, taxonomy: Taxonomy, schemaPath: string): ScaffoldFiles {
  const [manage, lead, slip] = pickTags(taxonomy);
  const title = titleFromId(id);
  const adjust = (params: Record<string, number>) => ({ type: 'adjust', params });
  const to = (target: string, tag: string, actions: object[], guard?: object) => ({
    target,
    ...(guard ? { guard } : {}),
    actions,
    meta: { behaviours: [tag] },
  });
  const machine = {
    $schema: schemaPath,
    id,
    initial: 'opening',
    context: { trust: 0, clarity: 0, 'agreed-next-step': false },
    states: {
      opening: {
        on: {
          SET_THE_GOAL: to('next-step', manage, [adjust({ clarity: 1 })]),
          EXPLAIN_WHY: to('hear-them-out', lead, [adjust({ trust: 1 })]),
          PUT_IT_OFF: to('next-step', slip, [adjust({ trust: -1, clarity: -1 })]),
        },
      },
      'hear-them-out': {
        on: {
          ASK_WHAT_THEY_NEED: to('next-step', lead, [adjust({ trust: 1 })]),
          MOVE_ON: to('next-step', slip, [adjust({ trust: -1 })]),
        },
      },
      'next-step': {
        on: {
          AGREE_A_DATE: to('check-in', manage, [
            adjust({ clarity: 1 }),
            { type: 'set', params: { 'agreed-next-step': true } },
          ]),
          ASK_FOR_THEIR_VIEW: to('agree-together', lead, [adjust({ trust: 1 })], {
            type: 'metric',
            params: { name: 'trust', atLeast: 1 },
          }),
          LEAVE_IT_OPEN: to('check-in', slip, [adjust({ clarity: -1 })]),
        },
      },
      'agree-together': {
        on: {
          WRITE_IT_DOWN: to('check-in', manage, [
            adjust({ clarity: 1 }),
            { type: 'set', params: { 'agreed-next-step': true } },
          ]),
          TRUST_MEMORY: to('check-in', slip, [adjust({ clarity: -1 })]),
        },
      },
      'check-in': {
        on: {
          CHECK_PROGRESS: to('closing', manage, [adjust({ clarity: 1 })]),
          SKIP_THE_CHECK_IN: to('closing', slip, [adjust({ clarity: -1 })]),
        },
      },
      closing: {
        on: {
          THANK_AND_CONFIRM: to('wrap-up', lead, [adjust({ trust: 1 })]),
          END_IT_THERE: to('wrap-up', slip, [adjust({ trust: -1 })]),
        },
      },
      'wrap-up': {
        always: [
          {
            guard: {
              type: 'and',
              guards: [
                { type: 'flag', params: { name: 'agreed-next-step' } },
                { type: 'metric', params: { name: 'trust', atLeast: 2 } },
              ],
            },
            target: 'outcome-strong',
          },
          {
            guard: { type: 'metric', params: { name: 'clarity', atLeast: 1 } },
            target: 'outcome-mixed',
          },
          { target: 'outcome-weak' },
        ],
      },
      'outcome-strong': { type: 'final', meta: { outcome: 'strong' } },
      'outcome-mixed': { type: 'final', meta: { outcome: 'mixed' } },
      'outcome-weak': { type: 'final', meta: { outcome: 'weak' } },
    },
  };
  const choice = (event: string, label: string, coaching: string) =>
    `### ${event}\n\n${label}\n\n${coaching}\n`;
  const md = `---
title: ${title}
summary: One or two sentences a learner reads before choosing this scenario.
audience: new-manager
minutes: 8
metrics:
  trust: Trust between you and Sam
  clarity: Shared clarity on what happens next
---

The briefing: who the learner is, who they are talking to, and what is at stake. Shown before the first scene.

## opening: The first minute

Set the scene in a few short paragraphs. Dialogue reads best as a quote:

> **Sam:** "You wanted to see me?"

${choice('SET_THE_GOAL', 'Say what needs to be true by Friday, and how you will both know.', 'The coaching note: what this move signals and why it helps or hurts. Learners read it in the debrief.')}
${choice('EXPLAIN_WHY', 'Explain why this piece of work matters to the team.', 'Connecting the task to its purpose builds commitment, not only compliance.')}
${choice('PUT_IT_OFF', 'Suggest you talk about it properly next week.', 'Postponing feels kind, but the problem grows while nobody names it.')}
## hear-them-out: Listening first

A detour that only some runs take: Sam opens up a little.

${choice('ASK_WHAT_THEY_NEED', 'Ask Sam what would help most this week.', 'Asking before telling shows you want their view, and you learn what is really in the way.')}
${choice('MOVE_ON', 'Thank Sam and move on to the plan.', 'Moving on too soon tells Sam their view was a formality.')}
## next-step: Agreeing what happens next

What Sam says now depends on how the conversation opened.

${choice('AGREE_A_DATE', 'Agree the next step and a date to check in.', 'A dated next step turns a good conversation into follow-through.')}
${choice('ASK_FOR_THEIR_VIEW', 'Ask Sam how they would approach it.', 'Only offered once some trust is built: people share their view when they expect it to be heard.')}
${choice('LEAVE_IT_OPEN', 'Thank Sam and leave the details to them.', 'Without an owner and a date, good intentions drift.')}
## agree-together: Sam's plan

Sam sketches an approach. It is better than yours in one respect.

${choice('WRITE_IT_DOWN', 'Write the plan down together, with owners and dates.', 'Writing it down makes the agreement shared and checkable.')}
${choice('TRUST_MEMORY', 'Agree it all verbally and trust you will both remember.', 'Unwritten plans are remembered differently by each person.')}
## check-in: Wednesday

Two days later. Has anything moved?

${choice('CHECK_PROGRESS', 'Drop by at the agreed time and ask how it is going.', 'A check-in at the agreed time shows the date meant something.')}
${choice('SKIP_THE_CHECK_IN', 'Skip the check-in: Sam will shout if there is a problem.', 'Skipped check-ins teach people that dates are optional.')}
## closing: Friday

The work is due today.

${choice('THANK_AND_CONFIRM', 'Thank Sam for the work and confirm what comes next.', 'Recognition tied to specifics keeps the commitment alive.')}
${choice('END_IT_THERE', 'Say nothing and move on to the next thing.', 'Silence after effort reads as indifference.')}
## outcome-strong: A plan you both own

The ending's narrative for a run that got both the direction and the follow-through right.

## outcome-mixed: Clear, but not committed

The ending for a run that left things clear but not shared.

## outcome-weak: Nothing changes

The ending for a run that avoided the conversation.
`;
  return { 'scenario.md': md, 'machine.json': `${JSON.stringify(machine, null, 2)}\n` };
}
