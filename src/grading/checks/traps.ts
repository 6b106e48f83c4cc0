import type { Case } from '../../cases/schema.js';
import type { Analysis } from '../../text/analyze.js';
import { compileConceptPattern, type CasePattern } from '../../text/matcher.js';
import { isDismissed } from '../../text/negation.js';
import { conceptMatches } from '../concept-evidence.js';
import { TUNING } from '../tuning.js';
import { hireSignal } from '../score.js';
import type { Flag, Grade } from '../types.js';

/**
 * What a case turns on: its `traps`, the points a strong candidate takes up and a sound but
 * textbook design leaves out (who bears the loss, the labels that never arrive, the rule that
 * breaks the obvious design). Read over a whole answer set, in any step; a mention waved away
 * does not count. An interview that takes up few of them is held below what its steps
 * add up to: the steps can each be right and the design still miss what the problem is about.
 */
export interface TrapReading {
  taken: string[];
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
const takenIn = (patterns: CasePattern[], analysis: Analysis) => patterns.some((p) => conceptMatches(p, analysis).some((m) => !isDismissed(analysis, m)));

/** The cap for `taken` of `total` traps: 100 with all, `span` points lower with none, never below `floor`. */
export function trapCap(taken: number, total: number): number {
  const { span, floor } = TUNING.traps;
  return Math.max(floor, Math.round(100 - (span * (total - taken)) / total));
}

export function readTraps(c: Case, analyses: readonly Analysis[]): TrapReading | undefined {
  if (c.traps.length === 0) return undefined;
  const patterns = trapPatterns(c);
  const taken: string[] = [];
  const missed: string[] = [];
  c.traps.forEach((trap, i) => (analyses.some((a) => takenIn(patterns[i]!, a)) ? taken : missed).push(trap.name));
  return { taken, missed, cap: trapCap(taken.length, c.traps.length) };
}

/**
 * Above the ceiling a point counts `keep` of a point: the interview is held, and two held
 * interviews keep their order (a dense strong note stays above a mid-level answer of the case).
 */
export function heldScore(score: number, cap: number): number {
  return score <= cap ? score : Math.round(cap + TUNING.traps.keep * (score - cap));
}

function trapsFlag(reading: TrapReading, score: number, held: number): Flag {
  const total = reading.taken.length + reading.missed.length;
  return {
    kind: 'traps',
    message: `Takes up ${reading.taken.length} of the ${total} points this case turns on; left out: ${reading.missed.join('; ')}.`,
    effect: `ceiling ${reading.cap}: ${score} held to ${held}`,
    traps: { ceiling: reading.cap, leftOut: reading.missed },
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
