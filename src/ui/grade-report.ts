import type { ChalkInstance } from 'chalk';
import type { Case } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import { topChanges } from '../grading/feedback.js';
import { hireSignal } from '../grading/score.js';
import type { Grade, StepResult } from '../grading/types.js';
import { inert } from '../text/inert.js';
import { bullet, firstClause, padEnd, padStart, truncate, wrap } from './text.js';

/** A bar of `width` cells for a 0-100 score. */
export function bar(score: number, width = 10): string {
  const full = Math.round((Math.max(0, Math.min(100, score)) / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

export function scoreColor(color: ChalkInstance, score: number): (s: string) => string {
  return score >= 70 ? color.green : score >= 45 ? color.yellow : color.red;
}

function levelMark(color: ChalkInstance, level: number): string {
  if (level >= 2.5) return color.green('✓');
  if (level >= 0.5) return color.yellow('~');
  return color.red('✗');
}

export function graderLabel(grade: Grade): string {
  const g = grade.grader;
  return g.kind === 'offline' ? `offline grader (${g.promptVersion})` : `${g.model} (${g.promptVersion})`;
}

/** A criterion as a person reads it: the first clause of its description (ids stay in --json). */
export function criterionName(c: Case | undefined, step: StepResult['step'], id: string, max = 72): string {
  const description = c?.steps.find((s) => s.id === step)?.criteria.find((k) => k.id === id)?.description;
  if (!description) return id;
  return firstClause(description, max);
}

const points = (n: number) => String(Math.round(n));

/** One step: score, each criterion with its quote or what is missing, and one improvement. */
export function renderStep(result: StepResult, color: ChalkInstance, width: number, index?: number, c?: Case): string {
  const out: string[] = [];
  const title = `${index !== undefined ? `${index + 1}. ` : ''}${STEP_TITLES[result.step]}`;
  const tint = scoreColor(color, result.score);
  const right = result.answered ? `${tint(padStart(String(result.score), 3))}/100 ${tint(bar(result.score))}` : color.dim('unanswered');
  out.push(`${color.bold(padEnd(title, Math.max(30, Math.min(width, 80) - 24)))}${right}`);
  if (!result.answered) return out.join('\n');
  for (const k of result.criteria) {
    const earned = `${points(k.score)}/${points(k.max)}`;
    const tail = `${k.dimension} · ${earned}${k.foundIn ? ' · said under another step' : ''}`;
    // The name gives way, so that the dimension and the points stay on its line.
    const room = Math.max(30, Math.min(100, width - 6 - tail.length));
    out.push(wrap(`${levelMark(color, k.level)} ${color.bold(criterionName(c, result.step, k.id, room))} ${color.dim(tail)}`, width, '   '));
    for (const quote of k.evidence.slice(0, 1)) out.push(wrap(color.cyan(`"${truncate(inert(quote), 200)}"`), width, '       '));
    if (k.level < 2.5) out.push(wrap(inert(k.feedback), width, '       '));
  }
  out.push(bullet(color.magenta('→'), `Improve: ${inert(result.improvement)}`, width, '   '));
  for (const flag of result.flags.filter((f) => f.kind !== 'unanswered')) {
    out.push(bullet(color.red('!'), `${flag.kind}: ${inert(flag.message)}${flag.effect ? color.dim(` (${flag.effect})`) : ''}`, width, '   '));
  }
  return out.join('\n');
}

export function renderDimensions(dimensions: Record<string, number>, color: ChalkInstance): string {
  const names = Object.keys(dimensions);
  const w = Math.max(...names.map((n) => n.length), 8);
  return names
    .map((name) => {
      const s = dimensions[name]!;
      const tint = scoreColor(color, s);
      return `  ${padEnd(name, w)}  ${tint(bar(s, 20))} ${padStart(String(s), 3)}`;
    })
    .join('\n');
}

/**
 * A whole grade, overall first: the score and hire signal, one line a step, the dimensions, the
 * changes worth most and the flags; every criterion with its quote only when asked (--verbose).
 */
export function renderGrade(grade: Grade, c: Case, color: ChalkInstance, width: number, options: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  const tint = scoreColor(color, grade.score);
  out.push(color.bold(c.title) + color.dim(`  graded by the ${graderLabel(grade)}`));
  out.push(`${color.bold('Overall')} ${tint(`${grade.score}/100`)}  ${color.dim('hire signal:')} ${tint(color.bold(grade.hire))}`, '');
  grade.steps.forEach((step, i) => {
    const t = scoreColor(color, step.score);
    const right = step.answered ? `${t(padStart(String(step.score), 3))}/100 ${t(bar(step.score))}` : color.dim('unanswered');
    out.push(`${padEnd(`${i + 1}. ${STEP_TITLES[step.step]}`, 30)}${right}`);
  });
  out.push('', color.bold('By dimension'), renderDimensions(grade.dimensions, color));
  const changes = topChanges(c, grade);
  if (changes.length > 0) {
    out.push('', color.bold('The changes worth most'));
    changes.forEach((change, i) => out.push(bullet(color.magenta(`${i + 1}.`), inert(change), width)));
  }
  const flags = grade.flags.filter((f) => f.kind !== 'unanswered');
  if (flags.length > 0) {
    out.push('', color.bold('Flags'));
    for (const f of flags) out.push(bullet(color.red('!'), `${f.step ? `${f.step}: ` : ''}${inert(f.message)}${f.effect ? color.dim(` (${f.effect})`) : ''}`, width));
  }
  if (options.verbose) {
    out.push('');
    grade.steps.forEach((step, i) => out.push(renderStep(step, color, width, i, c), ''));
  } else out.push('', color.dim('Every criterion, with the quote that earned it: add --verbose.'));
  return out.join('\n');
}

/**
 * A step in one screen: the score and its hire-signal band, the two or three criteria that cost
 * the most with one line each, and the one change worth most. The full list is on request.
 */
export function renderStepSummary(result: StepResult, color: ChalkInstance, width: number, c?: Case): string {
  const tint = scoreColor(color, result.score);
  const title = STEP_TITLES[result.step];
  const out = [`${color.bold(title)}  ${tint(`${result.score}/100`)} ${tint(bar(result.score))}  ${color.dim(hireSignal(result.score))}`];
  const costly = [...result.criteria].filter((k) => k.max - k.score > 0.05).sort((a, b) => b.max - b.score - (a.max - a.score)).slice(0, 3);
  for (const k of costly) {
    // The same bands as the marks: ✗ not found, ~ named or explained, ✓ justified.
    const state = k.level < 0.5 ? 'not found' : k.level < 1.5 ? 'named, not explained' : k.level < 2.5 ? 'explained, not justified' : 'justified, a detail short';
    const tail = `(${state}, -${Math.round(k.max - k.score)})`;
    out.push(bullet(levelMark(color, k.level), `${criterionName(c, result.step, k.id, Math.max(30, Math.min(72, width - 5 - tail.length)))} ${color.dim(tail)}`, width, '  '));
  }
  for (const flag of result.flags.filter((f) => f.kind !== 'unanswered').slice(0, 2)) {
    out.push(bullet(color.red('!'), `${flag.kind}: ${inert(flag.message)}`, width, '  '));
  }
  out.push(bullet(color.magenta('→'), inert(result.improvement), width, '  '));
  return out.join('\n');
}
