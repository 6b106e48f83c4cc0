import type { Case, Criterion } from '../cases/schema.js';
import type { SentenceShape } from '../text/shape.js';
import { analyze, type Analysis } from '../text/analyze.js';
import { TUNING } from './tuning.js';

/**
 * Plain-language evidence: an answer that explains a criterion in its own words, without the
 * rubric's terms, still shares its rarer content words ("correct the outputs so that 2% means 2%"
 * against "recalibrate the predicted probabilities"). Each criterion's words are weighted by how
 * rare they are across every criterion in the library, so common words ("model", "data") count
 * for little and the words that carry the idea count for much.
 */

/** Stem -> weight, per criterion id (ids are unique within a case). */
export type SoftVocabulary = Map<string, Map<string, number>>;

export interface SoftModel {
  idf: Map<string, number>;
  /** By case id. */
  cases: Map<string, SoftVocabulary>;
  documents: number;
}

function criterionText(k: Criterion): string {
  const parts = [k.description, k.levels.named, k.levels.explained, k.levels.justified, k.probe];
  for (const concept of k.concepts) parts.push(concept.name, ...concept.aliases, ...concept.paraphrases);
  return parts.join('\n').replace(/[()|?]/g, ' ');
}

function stemsOf(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const t of analysis.tokens) if (!t.small && t.stem.length >= 3 && !/^\d/.test(t.stem)) out.add(t.stem);
  return out;
}

export function buildSoftModel(cases: Case[]): SoftModel {
  const df = new Map<string, number>();
  const perCriterion: { c: Case; id: string; stems: Set<string> }[] = [];
  for (const c of cases) {
    for (const step of c.steps) {
      for (const k of step.criteria) {
        const stems = stemsOf(analyze(criterionText(k)));
        perCriterion.push({ c, id: k.id, stems });
        for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
      }
    }
  }
  const documents = perCriterion.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log((documents + 1) / d));
  const model: SoftModel = { idf, cases: new Map(), documents };
  for (const { c, id, stems } of perCriterion) {
    let vocab = model.cases.get(c.id);
    if (!vocab) model.cases.set(c.id, (vocab = new Map()));
    vocab.set(id, new Map([...stems].map((s) => [s, idf.get(s)!])));
  }
  return model;
}

/** A case's word weights per criterion; for a case outside the model (a user case graded alone), from the model's IDF. */
export function caseVocabulary(model: SoftModel, c: Case): SoftVocabulary {
  let vocab = model.cases.get(c.id);
  if (vocab) return vocab;
  vocab = new Map();
  const fallback = Math.log(model.documents + 1);
  for (const step of c.steps) {
    for (const k of step.criteria) {
      const stems = stemsOf(analyze(criterionText(k)));
      vocab.set(k.id, new Map([...stems].map((s) => [s, model.idf.get(s) ?? fallback])));
    }
  }
  model.cases.set(c.id, vocab);
  return vocab;
}

export interface SoftEvidence {
  /** Summed weight of the criterion's words in the best window of the answer. */
  mass: number;
  sentence: number;
  reasoned: boolean;
  /** Every sentence of the window is bare terms: it can show the idea named, not explained. */
  listed: boolean;
}


const readings = new WeakMap<Analysis, { stems: Set<string>[]; words: number[] }>();

/**
 * Each sentence's stems, read from the index, which also holds what abbreviations stand for ("WT"
 * is watch time), and its length. An abbreviation is as long as what it stands for: "DNN" takes the
 * room of "deep neural network" in the window, so notes do not fit more of a criterion's words into
 * it than prose saying the same. Worked out once per answer, not once per criterion.
 */
function sentenceReadings(analysis: Analysis): { stems: Set<string>[]; words: number[] } {
  const known = readings.get(analysis);
  if (known) return known;
  const stems = analysis.sentences.map(() => new Set<string>());
  const words = analysis.sentences.map((s) => s.to - s.from);
  for (const [stem, positions] of analysis.index) {
    for (const i of positions) {
      const t = analysis.tokens[i]!;
      if (t.stem !== stem) {
        // Only what a word stands for: not small words read as one ("as of"), nor a lone letter ("p" in "p(open)").
        if (t.small || t.word.length < 2) continue;
        words[t.sentence]! += 1;
      }
      stems[t.sentence]?.add(stem);
    }
  }
  const read = { stems, words };
  readings.set(analysis, read);
  return read;
}

/** The best window of consecutive sentences (or bullet lines) for a criterion. */
export function softEvidence(model: SoftModel, c: Case, criterionId: string, analysis: Analysis, shapes: SentenceShape[]): SoftEvidence | undefined {
  const vocab = caseVocabulary(model, c).get(criterionId);
  if (!vocab) return undefined;
  const { sentences } = analysis;
  const read = sentenceReadings(analysis);
  const sentenceWords = read.words;
  const sentenceStems = read.stems.map((all) => {
    const set = new Set<string>();
    for (const s of all) if (vocab.has(s)) set.add(s);
    return set;
  });
  const own = (set: Set<string>) => [...set].reduce((sum, s) => sum + vocab.get(s)!, 0);
  let best: SoftEvidence | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const window = new Set<string>();
    let words = 0;
    let reasoned = false;
    let listed = true;
    let sentence = i;
    for (let j = i; j < sentences.length && (j === i || words + sentenceWords[j]! <= TUNING.soft.windowWords); j++) {
      words += sentenceWords[j]!;
      for (const stem of sentenceStems[j]!) window.add(stem);
      reasoned ||= shapes[j]!.reasoned;
      listed &&= !shapes[j]!.explanatory;
      // Quote whichever sentence of the window carries most of the criterion's words.
      if (own(sentenceStems[j]!) > own(sentenceStems[sentence]!)) sentence = j;
    }
    let mass = 0;
    for (const stem of window) mass += vocab.get(stem)!;
    if (!best || mass > best.mass) best = { mass, sentence, reasoned, listed };
  }
  return best;
}
