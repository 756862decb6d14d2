/** The debrief as a Markdown report to download: for a coaching session or a course portfolio, in the learner's language. */
import type { Block, Inline, Quality } from '../contract';
import type { ReflectionText } from './reflection';
import { PLAN_QUESTIONS, promptsFor } from './reflection';
import type { Debrief } from './types';
import { problemText } from './problems';
import {
  domainLabel,
  patternLabel,
  qualityInline,
  qualityLabel,
  readingLabel,
  tagLabel,
} from './words';
import { timeUpWords } from './time-up-words';
import { t } from '../i18n';
import '../i18n/areas/reading';

function inline(content: Inline[]): string {
  return content
    .map((i) => {
      switch (i.t) {
        case 'text':
          return i.v;
        case 'code':
          return `\`${i.v}\``;
        case 'br':
          return '  \n';
        case 'strong':
          return `**${inline(i.c)}**`;
        case 'em':
          return `_${inline(i.c)}_`;
        case 'del':
          return `~~${inline(i.c)}~~`;
        case 'link':
          return `[${inline(i.c)}](${i.href})`;
      }
    })
    .join('');
}

function blocks(content: Block[]): string {
  return content
    .map((b) => {
      switch (b.t) {
        case 'p':
          return inline(b.c);
        case 'quote':
          return blocks(b.c)
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n');
        case 'list':
          return b.items
            .map((item, i) => `${b.ordered ? `${(b.start ?? 1) + i}.` : '-'} ${blocks(item)}`)
            .join('\n');
        case 'heading':
          return `**${inline(b.c)}**`;
        case 'code':
          return `    ${b.v.split('\n').join('\n    ')}`;
        case 'table':
          return b.rows.map((row) => row.map(inline).join(' | ')).join('\n');
        case 'hr':
          return '---';
        // Format v1.1: an image is its alt text here; a conditional block was resolved by the debrief.
        case 'img':
          return `_(${t('reading.report.image', { alt: b.alt })})_`;
        case 'when':
          return '';
      }
    })
    .join('\n\n');
}

export function debriefMarkdown(d: Debrief, reflection?: ReflectionText, date?: string): string {
  const out: string[] = [`# ${t('reading.report.title', { title: d.title })}`, ''];
  if (date) out.push(t('reading.report.played', { date }), '');
  if (d.ending)
    out.push(
      `**${t('reading.report.endingLabel')}** ${t('reading.report.ending', { ...d.ending })}`,
      '',
    );
  out.push(`## ${d.diagnosis.title}`, '');
  const { evidence, basis } = d.diagnosis;
  if (evidence && evidence.length > 0) {
    if (basis) out.push(`**${t('reading.report.why')}** ${basis.rule}`, '');
    out.push(...evidence.map((e) => `- ${e.text}`), '');
  } else out.push(d.diagnosis.summary, '');
  if (d.diagnosis.risk) out.push(`**${t('reading.report.risk')}** ${d.diagnosis.risk}`, '');
  out.push(
    `## ${t('reading.report.path', { title: d.recommendation.title })}`,
    '',
    ...d.recommendation.reasons.map((r) => `- ${r}`),
    '',
    `**${t('reading.report.workOnNext')}**`,
    '',
    ...d.recommendation.focus.map((f) => `- ${f}`),
    '',
  );
  out.push(
    `## ${t('reading.report.balance')}`,
    '',
    `| | ${t('reading.report.effective')} | ${t('reading.report.counterproductive')} |`,
    '|---|---|---|',
  );
  for (const domain of ['management', 'leadership'] as const)
    out.push(
      `| ${domainLabel(domain)} | ${d.balance[domain].effective} | ${d.balance[domain].counterproductive} |`,
    );
  out.push('');
  if (d.patterns.length > 0)
    out.push(
      `**${t('reading.report.patterns')}** ` +
        d.patterns
          .map((p) =>
            t('reading.report.patternGap', { pattern: patternLabel(p.pattern), side: p.side }),
          )
          .join(', '),
      '',
    );
  const qualities = Object.entries(d.qualities).map(
    ([q, n]) => `${qualityLabel(q as Quality)} ×${n}`,
  );
  if (qualities.length > 0)
    out.push(`**${t('reading.report.qualities')}** ${qualities.join(', ')}`, '');
  out.push(`## ${t('reading.report.decisions')}`, '');
  for (const decision of d.decisions) {
    out.push(
      `### ${decision.index + 1}. ${decision.scene.title}`,
      '',
      `${decision.timeUp ? timeUpWords(true) : t('reading.report.youChose')}: ${inline(decision.label)} — _${tagLabel(decision.tag)}_`,
      '',
    );
    if (decision.reading === 'trade-off') out.push(`**${readingLabel('trade-off')}**`, '');
    for (const b of decision.behaviours)
      out.push(
        `- ${b.label} (${t('reading.report.behaviour', { domain: b.domain, polarity: b.polarity })}${b.quality ? `, ${qualityInline(b.quality)}` : ''})`,
      );
    if (decision.behaviours.length > 0) out.push('');
    if (decision.coaching.length > 0) out.push(blocks(decision.coaching), '');
    if (decision.alternatives.length > 0) {
      out.push(t('reading.report.notTaken'), '');
      for (const alt of decision.alternatives)
        out.push(
          `- ${alt.timeUp ? `${timeUpWords(false)}: ` : ''}${inline(alt.label)} — _${tagLabel(alt.tag)}_: ${alt.behaviours.map((b) => b.label).join(', ') || t('reading.report.noTags')}`,
        );
      out.push('');
    }
  }
  if (d.trajectory.length > 0) {
    out.push(`## ${t('reading.report.metrics')}`, '');
    for (const m of d.trajectory) out.push(`- ${m.label}: ${m.values.join(' → ')}`);
    out.push('');
  }
  if (reflection) {
    out.push(`## ${t('reading.report.reflection')}`, '');
    for (const prompt of promptsFor(d, reflection.answers)) {
      const answer = reflection.answers[prompt.id]?.trim();
      if (answer) out.push(`**${prompt.question}**`, '', answer, '');
    }
    const { what, who, when } = reflection.plan;
    if (what || who || when)
      out.push(
        `## ${t('reading.report.plan')}`,
        '',
        `- **${PLAN_QUESTIONS.what}** ${what}`,
        `- **${PLAN_QUESTIONS.who}** ${who}`,
        `- **${PLAN_QUESTIONS.when}** ${when}`,
        ...(reflection.plan.due ? [`- **${PLAN_QUESTIONS.due}** ${reflection.plan.due}`] : []),
        '',
      );
  }
  if (d.problems.length > 0)
    out.push(
      `## ${t('reading.report.notes')}`,
      '',
      ...d.problems.map((p) => `- ${problemText(p)}`),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
