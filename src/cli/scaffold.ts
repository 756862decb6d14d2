/**
 * The starting point for a new scenario: two scenes, a guarded choice, a router and
 * three endings, tagged with behaviours taken from the course's own taxonomy, so it
 * passes `check --strict` the moment it is created and shows every part of the format.
 */
import type { Taxonomy } from '../contract';

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
  const title = id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  const transition = (target: string, tag: string, actions: object[], guard?: object) => ({
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
          SET_THE_GOAL: transition('next-step', manage, [
            { type: 'adjust', params: { clarity: 1 } },
          ]),
          EXPLAIN_WHY: transition('next-step', lead, [{ type: 'adjust', params: { trust: 1 } }]),
          PUT_IT_OFF: transition('next-step', slip, [
            { type: 'adjust', params: { trust: -1, clarity: -1 } },
          ]),
        },
      },
      'next-step': {
        on: {
          AGREE_A_DATE: transition('wrap-up', manage, [
            { type: 'adjust', params: { clarity: 1 } },
            { type: 'set', params: { 'agreed-next-step': true } },
          ]),
          ASK_FOR_THEIR_VIEW: transition(
            'wrap-up',
            lead,
            [{ type: 'adjust', params: { trust: 1 } }],
            {
              type: 'metric',
              params: { name: 'trust', atLeast: 1 },
            },
          ),
          LEAVE_IT_OPEN: transition('wrap-up', slip, [{ type: 'adjust', params: { clarity: -1 } }]),
        },
      },
      'wrap-up': {
        always: [
          {
            guard: {
              type: 'and',
              guards: [
                { type: 'flag', params: { name: 'agreed-next-step' } },
                { type: 'metric', params: { name: 'trust', atLeast: 1 } },
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
  const md = `---
title: ${title}
summary: One or two sentences a learner reads before choosing this scenario.
audience: new-manager
minutes: 5
metrics:
  trust: Trust between you and the team
  clarity: Shared clarity on what happens next
---

The briefing: who the learner is, who they are talking to, and what is at stake. Shown before the first scene.

## opening: The first minute

Set the scene in a few short paragraphs. Dialogue reads best as a quote:

> **Sam:** "You wanted to see me?"

### SET_THE_GOAL

Say what needs to be true by Friday, and how you will both know.

The coaching note: what this move signals and why it helps or hurts. Learners read it in the debrief.

### EXPLAIN_WHY

Explain why this piece of work matters to the team.

Connecting the task to its purpose builds commitment, not only compliance.

### PUT_IT_OFF

Suggest you talk about it properly next week.

Postponing feels kind, but the problem grows while nobody names it.

## next-step: Agreeing what happens next

What the other person says now depends on how the conversation opened.

### AGREE_A_DATE

Agree the next step and a date to check in.

A dated next step turns a good conversation into follow-through.

### ASK_FOR_THEIR_VIEW

Ask Sam how they would approach it.

Only offered once some trust is built: people share their view when they expect it to be heard.

### LEAVE_IT_OPEN

Thank Sam and leave the details to them.

Without an owner and a date, good intentions drift.

## outcome-strong: A plan you both own

The ending's narrative for a run that got both the direction and the follow-through right.

## outcome-mixed: Clear, but not committed

The ending for a run that left things clear but not shared.

## outcome-weak: Nothing changes

The ending for a run that avoided the conversation.
`;
  return { 'scenario.md': md, 'machine.json': `${JSON.stringify(machine, null, 2)}\n` };
}
