import { normalizeSpelling, type Analysis } from '../../text/analyze.js';
import { readsAsMistake } from '../../text/mistake-model.js';
import { claimsNothing, keyedToClaimNothing } from '../../text/negation.js';
import { TUNING } from '../tuning.js';
import { LEAKAGE, type MistakesFound } from './mistakes.js';

const LEARNED = 'Reads like a claim interviewers mark down, though no written rule names it (a learned reading: check it)';

/**
 * The sentences the learned reading (src/text/mistake-model.ts) takes for a mistake, among those
 * no written mistake or red flag has already flagged (`skip`): the step is held at
 * `caps.learnedMistake`, with one flag quoting the first. Unlike a written mistake's, their other
 * words keep what they earn (see pipeline.ts).
 */
export function findLearnedMistakes(analysis: Analysis, skip: ReadonlySet<number>): MistakesFound {
  const sentences = new Set<number>();
  let first: { index: number; leakage: boolean } | undefined;
  for (const s of analysis.sentences) {
    if (skip.has(s.index)) continue;
    const read = readsAsMistake(analysis, s.index);
    // Questions and `Risk:` notes claim nothing.
    if (!read || claimsNothing(normalizeSpelling(s.text)) || keyedToClaimNothing(analysis, s.index)) continue;
    sentences.add(s.index);
    first ??= { index: s.index, leakage: read === 'leakage' };
  }
  if (!first) return { results: [], sentences };
  const text = analysis.sentences[first.index]!.text;
  const quote = text.length > 140 ? `${text.slice(0, 137)}...` : text;
  const description = first.leakage ? `${LEAKAGE.description}, as a learned reading takes it: check it` : LEARNED;
  return { results: [{ kind: 'mistake', message: `${description} ("${quote}")`, quote: text, cap: TUNING.caps.learnedMistake }], sentences };
}
