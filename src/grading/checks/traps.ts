import type { Case } from '../../cases/schema.js';
import { compileConceptPattern, type CasePattern } from '../../text/matcher.js';
import { isDismissed } from '../../text/negation.js';
import { deepestMention, type StepText } from '../concept-evidence.js';
import { TUNING } from '../tuning.js';
import { hireSignal } from '../score.js';
import type { Flag, Grade } from '../types.js';

/**
 * What a case turns on: its `traps`, the points a strong candidate takes up and a sound but
 * textbook design leaves out (who bears the loss, the labels that never arrive, the rule that
 * breaks the obvious design). Read over a whole answer set, in any step; a mention waved away
 * does not count, and one taken up only in general terms (named in a list of concerns, or
 * explained with a reason that would fit any problem) counts for part of one: what sets a senior
 * answer apart is the trap tied to this problem's facts and numbers. An interview that takes up
 * few of them is held below what its steps add up to: the steps can each be right and the design
 * still miss what the problem is about.
 */
export interface TrapReading {
  /** Taken up, tied to this problem. */
  taken: string[];
  /** Taken up only in general terms. */
  general: string[];
  missed: string[];
  /** The most the interview may score. */
  cap: number;
}

const compiled = new WeakMap<Case, CasePattern[][]>();

function trapPatterns(c: Case): CasePattern[][] {
  let patterns = compiled.get(c);
  if (!patterns) {
    patterns = c.traps.map((t) => [...t.aliases, ...t.paraphrases, ...t.shorthand].map(compileConceptPattern));
    compiled.set(c, patterns);
  }
  return patterns;
}

// Only a dismissal leaves a trap out: most are risks, taken up by denying them ("no contact leaks",
// "restricted docs never reach the external API").
const depthIn = (patterns: CasePattern[], text: StepText) => deepestMention(text, patterns, (m) => !isDismissed(text.analysis, m));

/**
 * The cap for `taken` of `total` traps (and `general` more taken up in general terms only): 100
 * with all taken, `span` points lower with none, never below `floor`.
 */
export function trapCap(taken: number, total: number, general = 0): number {
  const { span, floor, generalShare } = TUNING.traps;
  const short = total - taken - generalShare * general;
  return Math.max(floor, Math.round(100 - (span * short) / total));
}

export function readTraps(c: Case, texts: readonly StepText[]): TrapReading | undefined {
  if (c.traps.length === 0) return undefined;
  const patterns = trapPatterns(c);
  const reading: TrapReading = { taken: [], general: [], missed: [], cap: 100 };
  c.traps.forEach((trap, i) => {
    const depth = Math.max(0, ...texts.map((t) => depthIn(patterns[i]!, t)));
    (depth >= TUNING.traps.depth ? reading.taken : depth > 0 ? reading.general : reading.missed).push(trap.name);
  });
  reading.cap = trapCap(reading.taken.length, c.traps.length, reading.general.length);
  return reading;
}

/**
 * Above the ceiling a point counts `keep` of a point: the interview is held, and two held
 * interviews keep their order (a dense strong note stays above a mid-level answer of the case).
 */
export function heldScore(score: number, cap: number): number {
  return score <= cap ? score : Math.round(cap + TUNING.traps.keep * (score - cap));
}

function trapsFlag(reading: TrapReading, score: number, held: number): Flag {
  const total = reading.taken.length + reading.general.length + reading.missed.length;
  const parts = [
    reading.missed.length > 0 ? `left out: ${reading.missed.join('; ')}` : '',
    reading.general.length > 0 ? `only in general terms: ${reading.general.join('; ')}` : '',
  ].filter(Boolean);
  return {
    kind: 'traps',
    message: `Takes up ${reading.taken.length} of the ${total} points this case turns on; ${parts.join('; ')}.`,
    effect: `ceiling ${reading.cap}: ${score} held to ${held}`,
    traps: { ceiling: reading.cap, leftOut: reading.missed, general: reading.general },
  };
}

/** The grade held under the traps' ceiling, with its flag, when its steps add up to more. */
export function holdToTraps(grade: Grade, reading: TrapReading | undefined): Grade {
  if (!reading || grade.score <= reading.cap) return grade;
  const held = heldScore(grade.score, reading.cap);
  return { ...grade, score: held, hire: hireSignal(held), flags: [...grade.flags, trapsFlag(reading, grade.score, held)] };
}

/** A grade regraded from an earlier one's steps (a mock's prompted credit discounted) keeps its hold. */
export function keepTrapHold(earlier: Grade, regraded: Grade): Grade {
  const flag = earlier.flags.find((f) => f.kind === 'traps');
  const cap = flag?.traps?.ceiling;
  if (!flag || cap === undefined || regraded.score <= cap) return regraded;
  const held = heldScore(regraded.score, cap);
  return { ...regraded, score: held, hire: hireSignal(held), flags: [...regraded.flags, { ...flag, effect: `ceiling ${cap}: ${regraded.score} held to ${held}` }] };
}
