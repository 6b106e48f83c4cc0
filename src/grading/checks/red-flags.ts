import type { Step } from '../../cases/schema.js';
import type { Analysis } from '../../text/analyze.js';
import { compilePattern, findMatches, type CompiledPattern } from '../../text/matcher.js';
import { isRejected } from '../../text/negation.js';
import { quoteAround } from '../quote.js';
import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * The case's own red flags: phrases that suggest a mistake particular to this problem. A signal
 * that is denied, contrasted or criticised where it stands ("more important than accuracy")
 * does not count. Each flag quotes what raised it and costs the step points.
 */

const compiled = new WeakMap<Step, { description: string; patterns: CompiledPattern[] }[]>();

/** The compiled signals of each red flag, stored with the case's grading pack. */
export function redFlagPatterns(step: Step): CompiledPattern[][] {
  return redFlagsOf(step).map((f) => f.patterns);
}

export function seedRedFlagPatterns(step: Step, patterns: CompiledPattern[][]): void {
  compiled.set(
    step,
    step.redFlags.map((r, i) => ({ description: r.description, patterns: patterns[i]! })),
  );
}

function redFlagsOf(step: Step) {
  let flags = compiled.get(step);
  if (!flags) compiled.set(step, (flags = step.redFlags.map((r) => ({ description: r.description, patterns: r.signals.map(compilePattern) }))));
  return flags;
}

const clearing = new WeakMap<Step, CompiledPattern[][]>();

/** Per red flag, the phrases that clear it in their sentence; compiled on first use (few cases have them). */
function clearingOf(step: Step): CompiledPattern[][] {
  let patterns = clearing.get(step);
  if (!patterns) clearing.set(step, (patterns = step.redFlags.map((r) => (r.unless ?? []).map(compilePattern))));
  return patterns;
}

export interface RedFlagsFound {
  results: CheckResult[];
  /** Sentences that raised a red flag: like a shared mistake, they earn no credit. */
  sentences: Set<number>;
}

export function findRedFlags(step: Step, analysis: Analysis, voided?: ReadonlySet<number>): RedFlagsFound {
  const out: CheckResult[] = [];
  const sentences = new Set<number>();
  const unless = clearingOf(step);
  for (const [i, flag] of redFlagsOf(step).entries()) {
    const cleared = (sentence: number) => unless[i]!.some((p) => findMatches(p, analysis).some((m) => m.sentence === sentence));
    const hit = flag.patterns
      .flatMap((p) => findMatches(p, analysis, { ordered: true }))
      .find((m) => !isRejected(analysis, m) && !voided?.has(m.sentence) && !cleared(m.sentence));
    if (!hit) continue;
    sentences.add(hit.sentence);
    const quote = quoteAround(analysis, hit, 120);
    out.push({
      kind: 'red-flag',
      message: `${flag.description} ("${quote}")`,
      quote,
      penalty: out.length < TUNING.redFlagMax ? TUNING.redFlagPenalty : 0,
    });
  }
  return { results: out, sentences };
}
