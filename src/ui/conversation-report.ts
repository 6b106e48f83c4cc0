import type { ChalkInstance } from 'chalk';
import type { Case, FollowCriterion } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import type { ConversationResult, ConversationSummary } from '../grading/conversation.js';
import { inert } from '../text/inert.js';
import { criterionName, scoreColor } from './grade-report.js';
import { bullet, firstClause, truncate, wrap } from './text.js';

/** The mock's conversation on the scorecard: level verdicts, unprompted share, twist, deep dive, estimates. */
export function renderConversation(summary: ConversationSummary, c: Case, color: ChalkInstance, width: number): string {
  const out: string[] = [];
  const target = summary.verdicts.find((v) => v.level === summary.level)!;
  const tint = (hire: string) => (hire === 'strong hire' || hire === 'hire' ? color.green(hire) : hire === 'lean no hire' ? color.yellow(hire) : color.red(hire));
  out.push(`${color.bold('At your target level')} (${summary.level}): ${tint(target.hire)}`);
  for (const reason of target.reasons) out.push(bullet(color.yellow('-'), reason, width));
  out.push(wrap(color.dim(`What it signals at each level: ${summary.verdicts.map((v) => `${v.level}: ${v.hire}`).join(' · ')}`), width));

  const share = Math.round(summary.unprompted * 100);
  out.push('', wrap(`${color.bold('Raised unprompted:')} ${share}% of the rubric explained before any probe.`, width));
  if (summary.prompted.length > 0) {
    const names = summary.prompted.map((id) => criterionName(c, c.steps.find((s) => s.criteria.some((k) => k.id === id))!.id, id));
    const more = names.length > 3 ? ` and ${names.length - 3} more (see mlsd report)` : '';
    out.push(bullet(color.dim('-'), `Drawn out by a probe or the deep dive (two thirds credit): ${names.slice(0, 3).join('; ')}${more}`, width));
  }
  if (summary.twist) {
    const twist = c.twists.find((t) => t.id === summary.twist!.id);
    out.push('', ...renderTurn(`Changed requirement (after ${STEP_TITLES[summary.twist.step]})`, summary.twist, twist?.criteria ?? [], color, width));
  }
  if (summary.deepDive) {
    const dive = c.deepDives.find((d) => d.id === summary.deepDive!.id);
    out.push('', ...renderTurn(`Deep dive: ${dive?.topic ?? summary.deepDive.id}`, summary.deepDive, dive?.criteria ?? [], color, width));
  }
  const off = summary.estimates.filter((e) => !e.ok);
  out.push('', `${color.bold('Estimates checked:')} ${summary.estimates.length}${summary.estimates.length > 0 ? `, ${off.length} off by more than 3x` : ' (no derived figure stated that the code could check)'}`);
  for (const e of off) out.push(bullet(color.red('!'), `${inert(truncate(e.claim, 80))}: ${e.note}`, width));
  return out.join('\n');
}

function renderTurn(title: string, result: ConversationResult, criteria: FollowCriterion[], color: ChalkInstance, width: number): string[] {
  const out = [wrap(`${color.bold(title)}: ${scoreColor(color, result.score)(`${result.score}/100`)}`, width)];
  for (const k of result.criteria) {
    const mark = k.level >= 2 ? color.green('✓') : k.level > 0 ? color.yellow('~') : color.red('✗');
    const description = criteria.find((x) => x.id === k.id)?.description ?? k.id;
    // Its first clause names it; the rest is in the report.
    const short = firstClause(description, 100);
    out.push(bullet(mark, `${k.kind === 'keep' && !/^keeps?\b/i.test(short) ? 'Keeps: ' : ''}${short}`, width));
  }
  return out;
}
