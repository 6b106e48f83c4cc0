import type { Step } from '../../cases/schema.js';
import { analyze, type Analysis } from '../../text/analyze.js';
import { TUNING } from '../tuning.js';
import type { StepCheck } from './types.js';

/**
 * The case's own reference material pasted back: most runs of consecutive content words in the
 * answer also occur in the step's talking points, level descriptors or criterion descriptions.
 * Answers written independently share terms with the reference, but rarely runs of four words.
 */

function shingles(analysis: Analysis, size: number): string[] {
  const out: string[] = [];
  for (const s of analysis.sentences) {
    const stems: string[] = [];
    for (let i = s.from; i < s.to; i++) if (!analysis.tokens[i]!.small) stems.push(analysis.tokens[i]!.stem);
    for (let i = 0; i + size <= stems.length; i++) out.push(stems.slice(i, i + size).join(' '));
  }
  return out;
}

const referenceShingles = new WeakMap<Step, Set<string>>();

/** The step's reference word runs, stored with the case's grading pack. */
export function referenceShinglesOf(step: Step): string[] {
  return [...referenceOf(step)];
}

export function seedReferenceShingles(step: Step, runs: string[]): void {
  referenceShingles.set(step, new Set(runs));
}

function referenceOf(step: Step): Set<string> {
  let set = referenceShingles.get(step);
  if (!set) {
    const parts = [...step.talkingPoints];
    for (const k of step.criteria) parts.push(k.description, k.levels.absent, k.levels.named, k.levels.explained, k.levels.justified, k.probe);
    set = new Set(shingles(analyze(parts.join('\n')), TUNING.copy.shingle));
    referenceShingles.set(step, set);
  }
  return set;
}

/** Share of the answer's word runs found in the step's reference material. */
export function copiedShare(step: Step, analysis: Analysis): { share: number; runs: number } {
  const runs = shingles(analysis, TUNING.copy.shingle);
  if (runs.length === 0) return { share: 0, runs: 0 };
  const reference = referenceOf(step);
  return { share: runs.filter((r) => reference.has(r)).length / runs.length, runs: runs.length };
}

export const copyCheck: StepCheck = ({ step, analysis }) => {
  const { share, runs } = copiedShare(step, analysis);
  if (runs < TUNING.copy.minShingles || share < TUNING.copy.share) return [];
  return [
    {
      kind: 'copy',
      message: `Matches the reference answer: ${Math.round(share * 100)}% of it repeats the case's own talking points or rubric; capped. Say it in your own words, about your design.`,
      cap: TUNING.caps.copy,
    },
  ];
};
