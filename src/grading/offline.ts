import type { Case, Criterion, Step } from '../cases/schema.js';
import { concreteCount, INJECTION_CAP, listShare, penalizeInjection, screenInjection, sentenceShape, type SentenceShape } from './guard.js';
import { compilePattern, findMatches, type CompiledPattern, type Match } from '../text/matcher.js';
import { isNegated, isRejected } from '../text/negation.js';
import { gradingModels } from './models.js';
import { distinctiveTerms, judgeRelevance, type RelevanceModel } from './relevance.js';
import { capStep, criterionMax, MAX_LEVEL, pointsFor, round1, stepScore } from './score.js';
import { softEvidence, type SoftEvidence, type SoftModel } from './soft.js';
import { analyze, type Analysis } from '../text/analyze.js';
import { expandPlainLanguage } from '../text/thesaurus.js';
import type { CriterionResult, Flag, Grader, GraderInfo, StepGradeRequest, StepResult } from './types.js';
import { criterionFeedback, stepImprovement } from './feedback.js';

/**
 * The offline grader: deterministic, no network. A criterion's level comes from its concepts
 * found in the answer (aliases and paraphrases, stemmed, negation-aware) and from how they are
 * used: named in a list (1), explained in a sentence (2), explained with a reason or trade-off (3).
 * Caps keep keyword lists, grader-directed text, padding and answers to another case from scoring.
 */

export const OFFLINE_VERSION = 'offline-1';

/** Step score caps: each sits below what a genuine mid-level answer earns. */
export const CAPS = { stuffing: 25, injection: INJECTION_CAP, offTopic: 10, rambling: 15 } as const;
const RED_FLAG_PENALTY = 5;
/** Plain-language credit: level = (mass - floor) / perLevel, at most max (maxReasoned with a reason). */
const SOFT = { floor: 8, perLevel: 9, max: 2, maxReasoned: 2.5 } as const;
const LEVEL_CURVE = 0.8;
const RAMBLING_MIN_WORDS = 120;
const RAMBLING_CONCRETE_PER_100 = 6;

interface CompiledConcept {
  id: string;
  name: string;
  patterns: CompiledPattern[];
}

interface CompiledStep {
  criteria: { criterion: Criterion; concepts: CompiledConcept[] }[];
  redFlags: { id: string; description: string; patterns: CompiledPattern[] }[];
}

const compiledCases = new WeakMap<Case, Map<string, CompiledStep>>();

function compileStep(step: Step): CompiledStep {
  return {
    criteria: step.criteria.map((criterion) => ({
      criterion,
      concepts: criterion.concepts.map((concept) => ({
        id: concept.id,
        name: concept.name,
        patterns: [...concept.aliases, ...concept.paraphrases].map(compilePattern),
      })),
    })),
    redFlags: step.redFlags.map((r) => ({ id: r.id, description: r.description, patterns: r.signals.map(compilePattern) })),
  };
}

export function compiledStep(c: Case, step: Step): CompiledStep {
  let steps = compiledCases.get(c);
  if (!steps) compiledCases.set(c, (steps = new Map()));
  let compiled = steps.get(step.id);
  if (!compiled) steps.set(step.id, (compiled = compileStep(step)));
  return compiled;
}

interface ConceptHit {
  name: string;
  depth: number;
  sentence: number;
  match: Match;
}

/**
 * Depth of one mention: 1 named, 2 explained, 3 explained with a reason here or in the next
 * sentence. In a list-like sentence, a term that sits in a longer clause still counts as used.
 */
function depthOf(shapes: SentenceShape[], match: Match, residual: number[]): number {
  const shape = shapes[match.sentence]!;
  if (shape.listLike) {
    const segment = shape.segments.find((g) => match.from >= g.from && match.from < g.to);
    if (!segment || segment.to - segment.from < 6) return 1;
  } else if (!shape.explanatory) return 1;
  if (residual[match.sentence]! < 3) return 1;
  const next = shapes[match.sentence + 1];
  return shape.reasoned || (next?.explanatory && next.reasoned) ? 3 : 2;
}

/** A verbatim piece of the answer around a match: its sentence, trimmed to a readable length. */
export function quoteAround(analysis: Analysis, match: Match, maxLength = 220): string {
  const sentence = analysis.sentences[match.sentence]!;
  const text = analysis.text.slice(sentence.start, sentence.end).trim();
  if (text.length <= maxLength) return text;
  const from = analysis.tokens[match.from]!.start - sentence.start;
  const to = analysis.tokens[match.to]!.end - sentence.start;
  let start = Math.max(0, Math.min(from - 60, to - maxLength + 40));
  let end = Math.min(text.length, start + maxLength);
  // Whole words only.
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  return text.slice(start, end).trim();
}

export class OfflineGrader implements Grader {
  readonly info: GraderInfo = { kind: 'offline', model: null, promptVersion: OFFLINE_VERSION };
  private readonly relevance: RelevanceModel;
  private readonly soft: SoftModel;

  /** `library` is every case the user has: relevance compares an answer against all of them. */
  constructor(library: Case[]) {
    ({ relevance: this.relevance, soft: this.soft } = gradingModels(library));
  }

  async gradeStep(request: StepGradeRequest): Promise<StepResult> {
    return this.gradeStepSync(request);
  }

  gradeStepSync({ case: c, step: stepId, answer }: StepGradeRequest): StepResult {
    const step = c.steps.find((s) => s.id === stepId)!;
    const compiled = compiledStep(c, step);
    const flags: Flag[] = [];

    const screened = screenInjection(answer);
    if (screened.removed.length > 0) {
      flags.push({
        kind: 'injection',
        step: stepId,
        message: `Text aimed at the grader was set aside and not graded: "${screened.removed[0]!.slice(0, 80)}"`,
      });
    }
    const analysis = analyze(screened.text);
    expandPlainLanguage(analysis);
    const shapes = analysis.sentences.map((s) => sentenceShape(analysis, s));

    // Find every concept mention first: words inside mentions are not explanation.
    const hitsByCriterion = compiled.criteria.map(({ concepts }) =>
      concepts.map((concept) => ({
        concept,
        matches: concept.patterns.flatMap((p) => findMatches(p, analysis)).filter((m) => !isNegated(analysis, m)),
      })),
    );
    const inMention = new Uint8Array(analysis.tokens.length);
    for (const criterion of hitsByCriterion) {
      for (const { matches } of criterion) for (const m of matches) inMention.fill(1, m.from, m.to + 1);
    }
    const residual = analysis.sentences.map((s) => {
      let n = 0;
      for (let i = s.from; i < s.to; i++) if (!inMention[i] && !analysis.tokens[i]!.small) n++;
      return n;
    });

    let criteria: CriterionResult[] = compiled.criteria.map(({ criterion, concepts }, ci) => {
      const hits: ConceptHit[] = [];
      for (const { concept, matches } of hitsByCriterion[ci]!) {
        let best: ConceptHit | undefined;
        for (const m of matches) {
          const depth = depthOf(shapes, m, residual);
          if (!best || depth > best.depth) best = { name: concept.name, depth, sentence: m.sentence, match: m };
        }
        if (best) hits.push(best);
      }
      const soft = softEvidence(this.soft, c, criterion.id, analysis, shapes);
      return this.scoreCriterion(criterion, concepts, hits, analysis, soft);
    });

    const share = listShare(analysis, shapes);
    const stuffing = analysis.wordCount >= 3 && share >= 0.6;
    if (stuffing) {
      criteria = criteria.map((k) => (k.level > 1 ? { ...k, level: 1, score: pointsFor(1, this.criterionOf(step, k.id)) } : k));
      criteria = capStep(criteria, CAPS.stuffing);
      flags.push({ kind: 'stuffing', step: stepId, message: 'Mostly a list of terms: named, not explained, so capped. Explain how and why in sentences.' });
    }
    if (screened.removed.length > 0) criteria = penalizeInjection(criteria);

    const relevance = judgeRelevance(this.relevance, c.id, analysis);
    if (relevance.offTopic) {
      criteria = capStep(criteria, CAPS.offTopic);
      flags.push({
        kind: 'off-topic',
        step: stepId,
        message: `This reads like an answer to another problem ("${relevance.best.id}"), not to ${c.title}; capped.`,
      });
    }

    // Technical terms and quantities count double; words particular to this case count once.
    const technical = concreteCount(analysis);
    const concrete = 2 * technical + distinctiveTerms(this.relevance, c.id, analysis);
    // Long and empty: almost nothing concrete, or no rubric concept and hardly a technical term.
    const conceptsNamed = criteria.reduce((n, k) => n + k.covered.length, 0);
    const per100 = (n: number) => (100 * n) / Math.max(1, analysis.wordCount);
    const vague = per100(concrete) < RAMBLING_CONCRETE_PER_100 || (conceptsNamed === 0 && per100(technical) < 1.5);
    if (!stuffing && analysis.wordCount >= RAMBLING_MIN_WORDS && vague) {
      criteria = capStep(criteria, CAPS.rambling);
      flags.push({
        kind: 'rambling',
        step: stepId,
        message: `${analysis.wordCount} words that name almost no concrete technique, metric or number; capped. Be specific.`,
      });
    }

    const redFlags = this.redFlags(compiled, analysis, stepId);
    flags.push(...redFlags);
    if (redFlags.length > 0) {
      const penalty = Math.min(2, redFlags.length) * RED_FLAG_PENALTY;
      criteria = capStep(criteria, Math.max(0, stepScore(criteria) - penalty));
    }

    const score = stepScore(criteria);
    return {
      step: stepId,
      answered: true,
      score,
      criteria,
      improvement: stepImprovement(step, criteria),
      flags,
    };
  }

  private criterionOf(step: Step, id: string): Criterion {
    return step.criteria.find((k) => k.id === id)!;
  }

  private scoreCriterion(
    criterion: Criterion,
    concepts: CompiledConcept[],
    hits: ConceptHit[],
    analysis: Analysis,
    soft: SoftEvidence | undefined,
  ): CriterionResult {
    const total = concepts.length;
    const covered = hits.map((h) => h.name);
    const missing = concepts.filter((k) => !covered.includes(k.name)).map((k) => k.name);
    let level = 0;
    if (hits.length > 0) {
      const depth = Math.max(...hits.map((h) => h.depth));
      const explained = hits.filter((h) => h.depth >= 2).length;
      // Full marks need breadth as well as depth: two explained concepts where the rubric has two.
      const needed = Math.min(total, 2);
      const breadth = Math.min(1, explained / needed);
      const named = Math.min(1, hits.length / Math.min(total, 3));
      level = depth >= 2 ? Math.min(depth, 1.5 + 1.5 * breadth) : 1;
      level = level * (0.8 + 0.2 * named);
    }
    // Explained in the candidate's own words: credit up to "explained", more with a reason.
    let softQuote: string | undefined;
    if (soft) {
      const softLevel = Math.min(soft.reasoned ? SOFT.maxReasoned : SOFT.max, Math.max(0, (soft.mass - SOFT.floor) / SOFT.perLevel));
      if (softLevel > level) {
        level = softLevel;
        const s = analysis.sentences[soft.sentence]!;
        if (hits.length === 0 && softLevel >= 0.5) softQuote = analysis.text.slice(s.start, s.end).trim().slice(0, 220);
      }
    }
    // Matching finds less than a reader sees, so partial credit is bent upwards (0 and 3 stay put).
    level = round1(MAX_LEVEL * (level / MAX_LEVEL) ** LEVEL_CURVE);
    const evidence = [...hits]
      .sort((a, b) => b.depth - a.depth || a.sentence - b.sentence)
      .map((h) => quoteAround(analysis, h.match))
      .filter((q, i, all) => all.indexOf(q) === i)
      .slice(0, 2);
    if (softQuote && !evidence.includes(softQuote)) evidence.push(softQuote);
    return {
      id: criterion.id,
      dimension: criterion.dimension,
      level,
      score: pointsFor(level, criterion),
      max: criterionMax(criterion),
      evidence,
      feedback: criterionFeedback(criterion, Math.round(level), missing),
      covered,
      missing,
    };
  }

  private redFlags(compiled: CompiledStep, analysis: Analysis, step: Step['id']): Flag[] {
    const flags: Flag[] = [];
    for (const flag of compiled.redFlags) {
      const hit = flag.patterns.flatMap((p) => findMatches(p, analysis, { ordered: true })).find((m) => !isRejected(analysis, m));
      if (hit) {
        flags.push({ kind: 'red-flag', step, message: `${flag.description} ("${quoteAround(analysis, hit, 120)}")` });
      }
    }
    return flags;
  }
}
