import type { ChalkInstance } from 'chalk';
import type { Case } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import type { ConversationSummary } from '../grading/conversation.js';
import type { Grade } from '../grading/types.js';
import { renderConversation } from './conversation-report.js';
import type { Pacing } from '../interview/timer.js';
import { bar, graderLabel, renderDimensions, scoreColor } from './grade-report.js';
import { inert } from '../text/inert.js';
import { bullet, formatDuration, padEnd, padStart, wrap } from './text.js';

/** The end of a mock interview: per step with pacing, per dimension, hire signal, three changes. */
export function renderScorecard(grade: Grade, c: Case, pacing: Pacing[], changes: string[], color: ChalkInstance, width: number, conversation?: ConversationSummary): string {
  const out: string[] = [];
  out.push(color.bold(`Scorecard: ${c.title}`) + color.dim(`  (${graderLabel(grade)})`));
  const tint = scoreColor(color, grade.score);
  // With a target level, the level's verdict follows; this one is the score's alone, and says so.
  out.push(`${color.bold('Overall')} ${tint(`${grade.score}/100`)}   ${color.dim(conversation ? 'by the score alone:' : 'hire signal:')} ${tint(color.bold(grade.hire))}`, '');
  const byStep = new Map(pacing.map((p) => [p.step, p]));
  out.push(color.bold(`${padEnd('Step', 30)}${padStart('Score', 6)}            ${padStart('Time', 6)} / budget`));
  for (const s of grade.steps) {
    const tint = scoreColor(color, s.score);
    const p = byStep.get(s.step);
    const time = p ? `${padStart(formatDuration(p.usedMs), 6)} / ${formatDuration(p.budgetMs)}` : '';
    const pace = p ? (p.ratio > 1.15 ? color.yellow(' over') : p.ratio < 0.5 ? color.dim(' short') : '') : '';
    const score = s.answered ? `${tint(padStart(String(s.score), 3))}/100 ${tint(bar(s.score))}` : color.dim('unanswered      ');
    out.push(`${padEnd(STEP_TITLES[s.step], 30)}${score}  ${time}${pace}`);
  }
  const used = pacing.reduce((sum, p) => sum + p.usedMs, 0);
  const budget = pacing.reduce((sum, p) => sum + p.budgetMs, 0);
  if (budget > 0) out.push(color.dim(wrap(`Pacing: ${formatDuration(used)} used of the steps' ${formatDuration(budget)}${conversation ? ' (the rest of the time is for the changed requirement and the deep dive)' : ''}.`, width)));
  if (conversation) out.push('', renderConversation(conversation, c, color, width));
  out.push('', color.bold('By dimension'), renderDimensions(grade.dimensions, color));
  if (changes.length > 0) {
    out.push('', color.bold('Three changes that would raise your score most'));
    changes.forEach((change, i) => out.push(bullet(color.magenta(`${i + 1}.`), change, width)));
  }
  const flags = grade.flags.filter((f) => f.kind !== 'unanswered');
  if (flags.length > 0) {
    out.push('', color.bold('Flags'));
    for (const f of flags) out.push(bullet(color.red('!'), `${f.step ? `${f.step}: ` : ''}${inert(f.message)}${f.effect ? color.dim(` (${f.effect})`) : ''}`, width));
  }
  return out.join('\n');
}
