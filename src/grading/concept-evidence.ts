import type { Criterion, Step } from '../cases/schema.js';
import { phraseStems, type Analysis } from '../text/analyze.js';
import { compileConceptPattern, findCaseMatches, stemsOf, type CasePattern, type Match } from '../text/matcher.js';
import { dismisses, isNegated } from '../text/negation.js';
import type { SentenceShape } from '../text/shape.js';
import { factNumbersIn } from './case-facts.js';
import { isQuantityAt } from '../text/abbreviations.js';
import { criterionFeedback } from './feedback.js';
import { quoteAround } from './quote.js';
import { criterionMax, MAX_LEVEL, pointsFor, round1 } from './score.js';
import type { SoftEvidence } from './soft.js';
import { TUNING } from './tuning.js';
import type { CriterionResult } from './types.js';

/**
 * Evidence for each criterion from its concepts: aliases and paraphrases, stemmed, with
 * abbreviations and plain-language descriptions expanded, and negated or dismissed mentions
 * dropped. A concept's depth is how it is used: named (1), explained (2), explained with a reason,
 * consequence or trade-off (3). Read from relations, so bullets and sentences count alike.
 */

export interface CompiledConcept {
  id: string;
  name: string;
  patterns: CasePattern[];
}

export interface CompiledCriterion {
  criterion: Criterion;
  concepts: CompiledConcept[];
}

const compiledSteps = new WeakMap<Step, CompiledCriterion[]>();

/** Per criterion, per concept: the compiled patterns (stored with the case's grading pack). */
export type StepPatterns = CasePattern[][][];

export function stepPatterns(step: Step): StepPatterns {
  return compiledCriteria(step).map((k) => k.concepts.map((concept) => concept.patterns));
}

/** Uses patterns compiled earlier (at build time, or on a previous run) instead of compiling again. */
export function seedStepPatterns(step: Step, patterns: StepPatterns): void {
  compiledSteps.set(
    step,
    step.criteria.map((criterion, i) => ({
      criterion,
      concepts: criterion.concepts.map((concept, j) => ({ id: concept.id, name: concept.name, patterns: patterns[i]![j]! })),
    })),
  );
}

export function compiledCriteria(step: Step): CompiledCriterion[] {
  let compiled = compiledSteps.get(step);
  if (!compiled) {
    compiled = step.criteria.map((criterion) => ({
      criterion,
      concepts: criterion.concepts.map((concept) => ({
        id: concept.id,
        name: concept.name,
        patterns: [...concept.aliases, ...concept.paraphrases, ...concept.shorthand].map(compileConceptPattern),
      })),
    }));
    compiledSteps.set(step, compiled);
  }
  return compiled;
}

const WRAPPING_WORDS = new Set(
  `use using used build building train training start starting go going make making get getting add adding apply
  applying want need think say said also first then probably maybe basically simple simply like approach system
  something things thing way ways model models`.split(/\s+/),
);

// "watch >=30s per search", "p99 < 50ms", "success = 30s watch": a bound or an equation relates its
// two sides as an arrow does.
const RELATIONS = /->|=>|→|⇒|>=|<=|≥|≤|(?<![-=<>!])[<>](?=\s?~?\d)|(?<=\S\s)=(?=\s\S)/g;

// First words of a sentence that continues the one before it.
const REFERS_BACK = new Set(['this', 'that', 'it', 'these', 'those', 'so', 'because', 'since', 'otherwise', 'hence', 'therefore', 'thus', 'which', 'then', 'as', 'its', 'their', 'they', 'why', 'reason', 'bc', 'else', 'but', 'however']);

export interface ConceptHit {
  name: string;
  depth: number;
  match: Match;
}

/** The text of one step, analysed once, with the sentences that state a mistake (they earn nothing). */
export interface StepText {
  analysis: Analysis;
  shapes: SentenceShape[];
  voided: Set<number>;
  /** The numbers the case's facts state: a choice explained beside one is tied to this problem. */
  facts: ReadonlySet<string>;
}

/**
 * Depth of one mention: 1 named, 2 explained, 3 explained with a reason tied to this problem (a
 * number of its own facts or a quantity in the sentence: "GBDT in-process (~2ms CPU) b/c 40 ms
 * budget"), here or in a next sentence that refers back to it, or beside a number of the problem's
 * own facts ("cold ads, 15% under 24h: content tower + advertiser priors"). A reason that would fit
 * any problem ("since they are fast and handle mixed features well") is part of the way there
 * (`genericReasonDepth`): that is what a senior answer does and a textbook one does not. In a
 * list-like sentence, a term that sits in a longer piece still counts as used.
 */
function depthOf(text: StepText, match: Match, residual: number[]): number {
  const own = depthInSentence(text, match, residual);
  return own < 3 && isHeading(text, match.sentence) ? Math.max(own, underHeading(text, match.sentence, residual)) : own;
}

function depthInSentence(text: StepText, match: Match, residual: number[]): number {
  const shape = text.shapes[match.sentence]!;
  if (shape.listLike || shape.grouped) {
    const at = shape.segments.findIndex((g) => match.from >= g.from && match.from < g.to);
    const segment = shape.segments[at];
    if (!segment || (segment.to - segment.from < 6 && !shape.relating[at])) return 1;
  } else if (!shape.explanatory) return 1;
  if (residual[match.sentence]! < TUNING.evidence.residual) return 1;
  const tied = (sentence: number) => anchorsOf(text, sentence) !== 0;
  if (shape.reasoned) return tied(match.sentence) ? 3 : TUNING.evidence.genericReasonDepth;
  // The next sentence's reason is about this one only when it refers back ("This is because...").
  const next = text.shapes[match.sentence + 1];
  const following = text.analysis.sentences[match.sentence + 1];
  const refersBack = following !== undefined && following.from < following.to && REFERS_BACK.has(text.analysis.tokens[following.from]!.word);
  if (next?.explanatory && next.reasoned && refersBack) return tied(match.sentence) || tied(match.sentence + 1) ? 3 : TUNING.evidence.genericReasonDepth;
  return anchorsOf(text, match.sentence) & FACT ? 3 : 2;
}

// "**Statistical power.**", "## Evaluation", "Blurring (irreversibility):": a heading on a line of its own.
const HEADING = /^\s*(?:[-*•]\s+)?(?:#{1,6}\s+[^\n]{1,60}|\*\*[^*]{1,60}\*\*[.:]?|[^.;:!?]{1,50}:)\s*$/;
const isHeading = (text: StepText, sentence: number) => HEADING.test(text.analysis.sentences[sentence]!.text);

/**
 * A heading names what the sentences under it explain ("**Statistical power.** To claim ≥99% with a
 * 95% lower bound you need thousands of positives per slice"): the mention goes as deep as the
 * first sentences under it, read as plain prose.
 */
function underHeading(text: StepText, heading: number, residual: number[]): number {
  let depth = 1;
  for (let s = heading + 1; s <= heading + TUNING.evidence.underHeading && s < text.shapes.length && !isHeading(text, s); s++) {
    const shape = text.shapes[s]!;
    if (!shape.explanatory || residual[s]! < TUNING.evidence.residual) continue;
    const tied = anchorsOf(text, s) !== 0;
    depth = Math.max(depth, shape.reasoned ? (tied ? 3 : TUNING.evidence.genericReasonDepth) : anchorsOf(text, s) & FACT ? 3 : 2);
  }
  return depth;
}

const FACT = 1;
const QUANTITY = 2;
const anchors = new WeakMap<Analysis, Int8Array>();

/**
 * What ties a sentence to this problem: a number of its facts (FACT), any quantity (QUANTITY), both
 * or neither (0). Asked for every mention of every criterion, so worked out once per sentence.
 */
function anchorsOf(text: StepText, sentence: number): number {
  const { analysis } = text;
  let known = anchors.get(analysis);
  if (!known) anchors.set(analysis, (known = new Int8Array(analysis.sentences.length).fill(-1)));
  if (known[sentence] === -1) {
    const s = analysis.sentences[sentence]!;
    let found = text.facts.size > 0 && factNumbersIn(s.text, text.facts).length > 0 ? FACT : 0;
    for (let i = s.from; i < s.to; i++) {
      if (isQuantityAt(analysis, i)) {
        found |= QUANTITY;
        break;
      }
    }
    known[sentence] = found;
  }
  return known[sentence]!;
}

const stemsOfPattern = new WeakMap<CasePattern, Set<string>>();

/** Every stem a pattern's expansions use (read after matching, when the expansions are lists). */
function patternStems(pattern: CasePattern): Set<string> {
  let stems = stemsOfPattern.get(pattern);
  if (!stems) {
    stemsOfPattern.set(pattern, (stems = stemsOf(pattern)));
  }
  return stems;
}

/**
 * Where a concept pattern occurs in a prepared text. The grader, the dismissal check and the credit
 * across steps each ask; the text no longer changes once prepared, so the first answer is kept.
 */
const foundIn = new WeakMap<Analysis, Map<CasePattern, Match[]>>();

export function conceptMatches(pattern: CasePattern, analysis: Analysis): Match[] {
  let byPattern = foundIn.get(analysis);
  if (!byPattern) foundIn.set(analysis, (byPattern = new Map()));
  let matches = byPattern.get(pattern);
  if (!matches) byPattern.set(pattern, (matches = findCaseMatches(pattern, analysis)));
  return matches;
}

/** Every criterion's concept hits in one step's text: the best mention of each concept. */
export function conceptHits(criteria: CompiledCriterion[], text: StepText): ConceptHit[][] {
  const { analysis } = text;
  const inMention = new Uint8Array(analysis.tokens.length);
  const matches = criteria.map(({ concepts }) =>
    concepts.map((concept) => ({ concept, matches: mentionsOf(text, concept.patterns, (m) => !isNegated(analysis, m), inMention) })),
  );
  const residual = residualWords(analysis, inMention);
  return matches.map((criterion) => {
    const hits: ConceptHit[] = [];
    for (const { concept, matches: ms } of criterion) {
      let best: ConceptHit | undefined;
      for (const m of ms) {
        const depth = depthOf(text, m, residual);
        if (!best || depth > best.depth) best = { name: concept.name, depth, match: m };
      }
      if (best) hits.push(best);
    }
    return hits;
  });
}

/**
 * The mentions that count, outside sentences that state a mistake, with their words marked in
 * `inMention`: the words of a mention are not explanation of it; words between them are ("logged at
 * serving time, removing training/serving skew" relates two mentions).
 */
function mentionsOf(text: StepText, patterns: readonly CasePattern[], counts: (m: Match) => boolean, inMention: Uint8Array): Match[] {
  const found: Match[] = [];
  for (const p of patterns) {
    for (const m of conceptMatches(p, text.analysis)) {
      if (text.voided.has(m.sentence) || !counts(m)) continue;
      found.push(m);
      const words = patternStems(p);
      for (let i = m.from; i <= m.to; i++) if (words.has(text.analysis.tokens[i]!.stem)) inMention[i] = 1;
    }
  }
  return found;
}

/**
 * Words of each sentence outside the mentions. Words that only wrap a choice ("I'd use X", "we would
 * build X") explain nothing about it. An arrow between mentions relates them ("Kafka -> Flink ->
 * aggregates in KV"): it counts as a word of explanation, so a note that is all mentions and arrows
 * is read as the pipeline it states.
 */
function residualWords(analysis: Analysis, inMention: Uint8Array): number[] {
  return analysis.sentences.map((s) => {
    let n = Math.min(TUNING.evidence.residual, (s.text.match(RELATIONS) ?? []).length);
    for (let i = s.from; i < s.to; i++) {
      const t = analysis.tokens[i]!;
      if (!inMention[i] && !t.small && !WRAPPING_WORDS.has(t.word)) n++;
    }
    return n;
  });
}

/**
 * How deep the best mention of one concept goes (0 when none counts), read as criteria are: 1
 * named, 2 explained, 3 explained with a reason tied to this problem. `counts` says which mentions
 * count (a trap is taken up by denying a risk, so denials may).
 */
export function deepestMention(text: StepText, patterns: readonly CasePattern[], counts: (m: Match) => boolean): number {
  const inMention = new Uint8Array(text.analysis.tokens.length);
  const found = mentionsOf(text, patterns, counts, inMention);
  if (found.length === 0) return 0;
  const residual = residualWords(text.analysis, inMention);
  return Math.max(...found.map((m) => depthOf(text, m, residual)));
}

/** The level concept hits earn: full marks need breadth as well as depth. */
export function levelOfHits(hits: ConceptHit[], conceptCount: number): number {
  if (hits.length === 0) return 0;
  const depth = Math.max(...hits.map((h) => h.depth));
  const explained = hits.filter((h) => h.depth >= 2).length;
  const breadth = Math.min(1, explained / Math.min(conceptCount, TUNING.evidence.breadth));
  const named = Math.min(1, hits.length / Math.min(conceptCount, 3));
  const floor = TUNING.evidence.oneConceptLevel;
  const level = depth >= 2 ? Math.min(depth, floor + (MAX_LEVEL - floor) * breadth) : 1;
  return level * (0.8 + 0.2 * named);
}

/** Matching finds less than a reader sees, so partial credit is bent upwards (0 and 3 stay put). */
export function curved(level: number): number {
  return round1(MAX_LEVEL * (level / MAX_LEVEL) ** TUNING.evidence.levelCurve);
}

export function quotesOf(hits: ConceptHit[], analysis: Analysis): string[] {
  return [...hits]
    .sort((a, b) => b.depth - a.depth || a.match.sentence - b.match.sentence)
    .map((h) => quoteAround(analysis, h.match))
    .filter((q, i, all) => all.indexOf(q) === i)
    .slice(0, 2);
}

/**
 * The concept's own name is (mostly) in the answer: most of its content words are there. The
 * matcher did not credit it, but feedback must not say it is missing.
 */
function namedIn(name: string, analysis: Analysis): boolean {
  const stems = phraseStems(name);
  if (stems.length === 0) return false;
  const present = stems.filter((s) => analysis.index.has(s)).length;
  return stems.length === 1 ? present === 1 : present / stems.length >= 2 / 3;
}

export function criterionEvidence(
  { criterion, concepts }: CompiledCriterion,
  hits: ConceptHit[],
  text: StepText,
  soft: SoftEvidence | undefined,
): CriterionResult {
  const covered = hits.map((h) => h.name);
  const missing = concepts.filter((k) => !covered.includes(k.name)).map((k) => k.name);
  let level = levelOfHits(hits, concepts.length);
  // Explained in the candidate's own words: credit up to "explained", more with a reason.
  let softQuote: string | undefined;
  if (soft && !text.voided.has(soft.sentence) && !dismisses(text.analysis, soft.sentence)) {
    const { floor, perLevel, max, maxReasoned } = TUNING.soft;
    const ceiling = soft.listed ? 1 : soft.reasoned ? maxReasoned : max;
    const softLevel = Math.min(ceiling, Math.max(0, (soft.mass - floor) / perLevel));
    if (softLevel > level) {
      level = softLevel;
      const s = text.analysis.sentences[soft.sentence]!;
      if (softLevel >= 0.5) softQuote = text.analysis.text.slice(s.start, s.end).trim().slice(0, 220);
    }
  }
  level = curved(level);
  const evidence = quotesOf(hits, text.analysis);
  const loose = hits.length === 0 && level > 0;
  if (softQuote && loose && !evidence.includes(softQuote)) evidence.push(softQuote);
  return {
    id: criterion.id,
    dimension: criterion.dimension,
    level,
    score: pointsFor(level, criterion),
    max: criterionMax(criterion),
    evidence,
    feedback: criterionFeedback(
      criterion,
      Math.round(level),
      missing.filter((n) => !namedIn(n, text.analysis)),
      { loose, mentioned: missing.filter((n) => namedIn(n, text.analysis)) },
    ),
    covered,
    missing,
    ...(loose ? { loose: true } : {}),
  };
}

