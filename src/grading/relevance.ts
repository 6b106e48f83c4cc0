import type { Case } from '../cases/schema.js';
import { analyze, type Analysis } from '../text/analyze.js';
import { TUNING } from './tuning.js';

/**
 * Is an answer about this case, or about another problem? Each case is a bag of words (its prompt,
 * facts, questions, talking points and concepts) weighted by TF-IDF across the library; an answer
 * is off-topic when another case explains its words far better than the case it was written for.
 */

export interface RelevanceModel {
  /** The library's case ids, in library order. */
  ids: string[];
  /** Every term of the library, and its place in `idf` and in each case's row of `weights`. */
  terms: Map<string, number>;
  idf: Float64Array;
  /** Case i's TF-IDF weight for term t is weights[i * terms.size + t], 0 where the case lacks the term; each row has unit length. */
  weights: Float64Array;
}

export function caseText(c: Case): string {
  const parts: string[] = [c.title, c.prompt, c.tags.domain, c.tags.task];
  for (const f of c.facts) parts.push(f.question, f.answer, ...f.keywords);
  for (const s of c.steps) {
    parts.push(s.question, ...s.talkingPoints, ...s.probes);
    for (const k of s.criteria) {
      parts.push(k.description, k.probe, ...Object.values(k.levels));
      // Shorthand stays out: it is technique jargon shared across problems, not what this one is about.
      for (const concept of k.concepts) parts.push(concept.name, ...concept.aliases, ...concept.paraphrases);
    }
    for (const r of s.redFlags) parts.push(r.description, ...r.signals);
  }
  // Pattern syntax is not prose: "(a|b)" becomes "a b".
  return parts.join('\n').replace(/[()|?]/g, ' ');
}

function termCounts(analysis: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of analysis.tokens) {
    if (t.small || t.stem.length < 3 || /^\d/.test(t.stem)) continue;
    counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  }
  return counts;
}

/** What the interviewer says of the problem itself: its title, prompt, domain and facts, without the rubric. */
export function problemText(c: Case): string {
  return [c.title, c.prompt, c.tags.domain, ...c.facts.flatMap((f) => [f.question, f.answer])].join('\n');
}

/** TF-IDF vectors per case, over each case's whole text (`caseText`) or another text of it. */
export function buildRelevanceModel(cases: Case[], textOf: (c: Case) => string = caseText): RelevanceModel {
  const counts = new Map(cases.map((c) => [c.id, termCounts(analyze(textOf(c)))]));
  const df = new Map<string, number>();
  for (const terms of counts.values()) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = cases.length;
  const idf = new Map<string, number>();
  for (const [term, d] of df) idf.set(term, Math.log((n + 1) / d));
  const terms = new Map([...idf.keys()].map((term, t) => [term, t]));
  const weights = new Float64Array(counts.size * terms.size);
  [...counts.values()].forEach((caseTerms, i) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of caseTerms) {
      const w = (1 + Math.log(tf)) * idf.get(term)!;
      if (w > 0) {
        v.set(term, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) weights[i * terms.size + terms.get(term)!] = w / norm;
  });
  return { ids: [...counts.keys()], terms, idf: Float64Array.from(idf.values()), weights };
}

export interface RelevanceVerdict {
  /** Similarity to the case the answer is for, and the most similar case. */
  own: number;
  best: { id: string; similarity: number };
  offTopic: boolean;
}

const { minTerms: MIN_TERMS, ratio: RATIO, minOtherSimilarity: MIN_OTHER_SIMILARITY } = TUNING.relevance;

/** The text's cosine similarity to each case of the library, in library order. */
function similarities(model: RelevanceModel, counts: Map<string, number>): { similarities: number[]; known: number } {
  // The answer's vector: the terms the library knows, with their weights.
  const terms: number[] = [];
  const weights: number[] = [];
  let norm = 0;
  let known = 0;
  for (const [term, tf] of counts) {
    const t = model.terms.get(term);
    if (t === undefined) continue;
    known += tf;
    const w = (1 + Math.log(tf)) * model.idf[t]!;
    terms.push(t);
    weights.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  const out = model.ids.map((_, i) => {
    const row = i * model.terms.size;
    let dot = 0;
    for (let k = 0; k < terms.length; k++) dot += weights[k]! * model.weights[row + terms[k]!]!;
    return dot / norm;
  });
  return { similarities: out, known };
}

export function judgeRelevance(model: RelevanceModel, caseId: string, analysis: Analysis, ratio: number = RATIO): RelevanceVerdict {
  const { similarities: sims, known } = similarities(model, termCounts(analysis));
  let own = 0;
  let best = { id: caseId, similarity: 0 };
  model.ids.forEach((id, i) => {
    if (id === caseId) own = sims[i]!;
    if (sims[i]! > best.similarity) best = { id, similarity: sims[i]! };
  });
  const offTopic =
    model.ids.length > 1 && known >= MIN_TERMS && best.id !== caseId && best.similarity >= MIN_OTHER_SIMILARITY && own < ratio * best.similarity;
  return { own, best, offTopic };
}

/** An answer set, taken together, is closer to its own case than to any other. */
export function answersFitCase(model: RelevanceModel, caseId: string, analyses: Analysis[]): boolean {
  const index = model.ids.indexOf(caseId);
  if (index < 0) return false;
  const { similarities: sims } = similarities(model, setTermCounts(analyses));
  return sims.every((x, i) => i === index || x < sims[index]!);
}

/** The term counts of several answers taken as one text. */
function setTermCounts(analyses: Analysis[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of analyses) for (const [term, n] of termCounts(a)) counts.set(term, (counts.get(term) ?? 0) + n);
  return counts;
}

/**
 * How much better an answer set fits its own case than the rest of the library: its similarity to
 * the case over its mean similarity to the others. A template that would fit any case fits them
 * all alike (about 1); an answer about this problem's domain, even one naming no fact of it, fits
 * its own case several times better. Undefined for a library of one case.
 */
export function ownCaseLead(model: RelevanceModel, caseId: string, analyses: Analysis[]): number | undefined {
  const index = model.ids.indexOf(caseId);
  if (index < 0 || model.ids.length < 2) return undefined;
  const { similarities: sims } = similarities(model, setTermCounts(analyses));
  const others = sims.filter((_, i) => i !== index);
  const mean = others.reduce((sum, x) => sum + x, 0) / others.length;
  return mean > 0 ? sims[index]! / mean : undefined;
}

/**
 * How many of the answer's words belong to this case in particular: words of the case's own text
 * that appear in at most a third of the library's cases ("chargeback", "listing", "auction").
 */
export function distinctiveTerms(model: RelevanceModel, caseId: string, analysis: Analysis): number {
  return distinctiveStems(model, caseId, analysis).size;
}

/** The stems behind `distinctiveTerms`, to count them across several answers. */
export function distinctiveStems(model: RelevanceModel, caseId: string, analysis: Analysis, into = new Set<string>()): Set<string> {
  const index = model.ids.indexOf(caseId);
  if (index < 0) return into;
  const row = index * model.terms.size;
  const n = model.ids.length;
  const minIdf = Math.log((n + 1) / Math.max(1, Math.ceil(n / 3)));
  for (const t of analysis.tokens) {
    if (t.small || into.has(t.stem)) continue;
    const term = model.terms.get(t.stem);
    if (term === undefined || !(model.weights[row + term]! > 0)) continue;
    if (model.idf[term]! >= minIdf) into.add(t.stem);
  }
  return into;
}

/**
 * The words of each case's problem as the interviewer states it (title, opening, facts) that few
 * other problems share: its entities and constraints ("chargeback", "merchant", "listing",
 * "advertiser"). Technique words from the rubric are not among them, so a memorised template that
 * names techniques but nothing of the problem has none.
 */
export function buildProblemVocabulary(cases: Case[]): Map<string, string[]> {
  const stemsOf = (c: Case) => {
    const text = [c.title, c.prompt, ...c.facts.flatMap((f) => [f.question, f.answer])].join('\n');
    return new Set([...termCounts(analyze(text)).keys()]);
  };
  const perCase = new Map(cases.map((c) => [c.id, stemsOf(c)]));
  // Rarity is counted over each case's whole text, rubric included, so that technique words
  // ("model", "retrain", "calibration") never count as particular to one problem.
  const df = new Map<string, number>();
  for (const c of cases) for (const s of termCounts(analyze(caseText(c))).keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const limit = Math.max(1, Math.ceil(cases.length / 4));
  return new Map([...perCase].map(([id, stems]) => [id, [...stems].filter((s) => (df.get(s) ?? 0) <= limit)]));
}
