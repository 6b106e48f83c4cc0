import type { Case, DeepDive, Twist } from '../cases/schema.js';
import { MISTAKES } from '../grading/checks/mistakes.js';
import type { StepResult } from '../grading/types.js';
import { weakestGap } from './followup.js';
import type { TargetLevel } from './session.js';

/**
 * What the mock's interviewer asks beyond the seven questions, decided in code: a pushback on a
 * mistake or red flag, else a probe on the weakest criterion the target level expects; the
 * changed requirement this interview brings in; the area for the deep dive.
 */
export interface Probe {
  /** The criterion probed, or "pushback" for a challenge to something the candidate said. */
  criterion: string;
  text: string;
}

/** Below this level a criterion is a gap worth probing, for each target level. */
const PROBE_BELOW: Record<TargetLevel, number> = { mid: 1, senior: 2, staff: 3 };

function quoted(message: string): string | undefined {
  return /\("(.+)"\)\s*$/.exec(message)?.[1];
}

function pushback(message: string, kind: string): string | undefined {
  const quote = quoted(message);
  if (!quote) return undefined;
  const trimmed = quote.replace(/[\s.;,]+$/, '');
  const short = trimmed.length > 90 ? `${trimmed.slice(0, 87).replace(/\s+\S*$/, '')}...` : trimmed;
  if (kind === 'mistake') {
    const mistake = MISTAKES.find((m) => message.startsWith(m.description));
    if (mistake) return `You said "${short}". ${mistake.challenge}`;
  }
  return `You said "${short}". Let me push on that: why does it hold here, and what could go wrong with it?`;
}

/** The one follow-up for a step, or none; never one already asked in this interview. */
export function chooseProbe(c: Case, result: StepResult, level: TargetLevel, asked: readonly { criterion: string; probe: string }[]): Probe | undefined {
  const askedTexts = new Set(asked.map((a) => a.probe));
  for (const flag of result.flags) {
    if (flag.kind !== 'mistake' && flag.kind !== 'red-flag') continue;
    const text = pushback(flag.message, flag.kind);
    if (text && !askedTexts.has(text)) return { criterion: 'pushback', text };
  }
  const gap = weakestGap(c, result, asked.map((a) => a.criterion));
  if (!gap || gap.result.level >= PROBE_BELOW[level]) return undefined;
  const text = level === 'staff' && gap.result.level >= 2 ? `${gap.criterion.probe} And what would make you choose differently?` : gap.criterion.probe;
  return askedTexts.has(text) ? undefined : { criterion: gap.criterion.id, text };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** The changed requirement this interview brings in: one of the case's, chosen by the session so mocks vary. */
export function twistFor(c: Case, sessionId: string): Twist | undefined {
  return c.twists.length > 0 ? c.twists[hash(sessionId) % c.twists.length] : undefined;
}

/** The deep dive on the weakest step that has one; the first when no step is weaker. */
export function deepDiveFor(c: Case, stepScores: ReadonlyMap<string, number>): DeepDive | undefined {
  let best: { dive: DeepDive; score: number } | undefined;
  for (const dive of c.deepDives) {
    const score = stepScores.get(dive.step) ?? 100;
    if (!best || score < best.score) best = { dive, score };
  }
  return best?.dive;
}
