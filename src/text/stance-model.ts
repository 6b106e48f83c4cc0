import { TUNING } from '../grading/tuning.js';
import { packFloats, unpackFloats } from '../util/float-pack.js';
import type { Analysis } from './analyze.js';
import { quoted } from './quoted.js';
import { fnv, packModel, packedProbability, readModels, type LinearModel, type PackedModel } from './linear-model.js';

export { featureHash, probability } from './linear-model.js';
const QUOTE_WORD = '<quote>';
/** The stance models are linear models (linear-model.ts). */
export type StanceModel = LinearModel;

/**
 * A learned reading of dismissive stance, beside the hand-written one in negation.ts. Candidates
 * wave points away in more ways than any word list holds ("this is how teams end up never shipping
 * anything", "annotators are human, a bit of noise is life"), so two logistic models, trained on the
 * sentences of the labelled and held-out answers (scripts/train-stance.ts; each sentence of a
 * dismissive answer labelled by a reader, training/stance-labels.tsv), score each sentence:
 * one reads every word, the other only words that name no rubric concept (how something is said,
 * not what it is about). A sentence reads as dismissive only when both agree, which keeps a terse
 * strong note ("Position-bias weighting.") from being taken for a sneer because sneers often
 * mention position bias.
 */

export interface StanceModels {
  /** What the models were trained on: for the record, not used. */
  trainedOn: string;
  all: StanceModel;
  stanceWords: StanceModel;
}

/** The trained models as the trainer writes them: readable, reviewed, committed. */
export const STANCE_MODEL_FILE = ['models', 'stance.json'] as const;
/** The same, as the build packs them: some 8,000 named weights take milliseconds to parse as JSON, none read this way. */
export const PACKED_STANCE_FILE = ['dist', 'grading', 'stance.bin'] as const;

export interface PackedModels {
  all: PackedModel;
  stanceWords: PackedModel;
}

/** The hashes of `sentenceFeatures(text, words)`, without building their strings (once per sentence of every grade). */
export function sentenceFeatureHashes(text: string, words: readonly string[]): number[] {
  const hashes: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const h = fnv(words[i]!);
    hashes.push(h);
    if (i + 1 < words.length) hashes.push(fnv(words[i + 1]!, fnv('_', h)));
  }
  if (text.includes('!')) hashes.push(EXCLAMATION);
  // Features are present or not: a word said twice counts once.
  hashes.sort((a, b) => a - b);
  return hashes.filter((h, i) => i === 0 || h !== hashes[i - 1]);
}

const EXCLAMATION = fnv('<!>');

export function packStanceModels(models: StanceModels): PackedModels {
  return { all: packModel(models.all), stanceWords: packModel(models.stanceWords) };
}

/** The packed models as a file (util/float-pack.ts). */
export function stanceModelsFile(models: StanceModels): Buffer {
  const packed = packStanceModels(models);
  return packFloats({ bias: [packed.all.bias, packed.stanceWords.bias] }, [packed.all.hashes, packed.all.weights, packed.stanceWords.hashes, packed.stanceWords.weights]);
}

function readPacked(file: Buffer): PackedModels | undefined {
  const unpacked = unpackFloats(file);
  const bias = (unpacked?.header as { bias?: number[] } | undefined)?.bias;
  if (!unpacked || unpacked.arrays.length !== 4 || !Array.isArray(bias)) return undefined;
  const [h1, w1, h2, w2] = unpacked.arrays as [Float64Array, Float64Array, Float64Array, Float64Array];
  return { all: { bias: bias[0]!, hashes: h1, weights: w1 }, stanceWords: { bias: bias[1]!, hashes: h2, weights: w2 } };
}

/**
 * A sentence's features: its words, adjacent word pairs, and an exclamation. Not a question mark nor
 * a trailing "...": a note's clarifying questions ("success = carousel clicks or bookings?") and
 * its pauses are no sneer; a rhetorical one shows itself in its words, or in the verdict after it
 * (negation.ts).
 */
export function sentenceFeatures(text: string, words: readonly string[]): string[] {
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(words[i]!);
    if (i + 1 < words.length) features.add(`${words[i]}_${words[i + 1]}`);
  }
  if (text.includes('!')) features.add('<!>');
  return [...features];
}

/**
 * The words a model reads: as written, lowercased, without apostrophes ("isn't" and "isnt" alike).
 * A short quoted phrase reads as one placeholder: the "I don't know this person" rate names a
 * button, it is not the writer saying they don't know.
 */
export function modelWords(analysis: Analysis, sentence: number): string[] {
  const s = analysis.sentences[sentence]!;
  const words: string[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (quoted(analysis, i)) {
      if (i === s.from || !quoted(analysis, i - 1)) words.push(QUOTE_WORD);
      continue;
    }
    const skip = analysis.tokens[i]!.word === 'not' ? deniedVerdictLength(analysis, i, s.to) : 0;
    if (skip > 0) {
      i += skip - 1;
      continue;
    }
    words.push(analysis.tokens[i]!.word.replace(/'/g, ''));
  }
  return words;
}

// Verdicts a "not" turns into their opposite: "a requirement, not a nice-to-have" insists.
const DENIED_VERDICTS: readonly (readonly string[])[] = [['nice', 'to', 'have'], ['overkill'], ['optional'], ['afterthought'], ['luxury'], ['premature']];
// Articles and softeners between "not" and the word it denies: "not a nice-to-have", "not just overkill".
export const DENIAL_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'just', 'merely', 'simply', 'some', 'really']);

/** How many words from the "not" at `i` make a denied verdict ("not a nice-to-have"), which the models do not read; 0 if none. */
function deniedVerdictLength(analysis: Analysis, i: number, end: number): number {
  const { tokens } = analysis;
  let j = i + 1;
  while (j < end && DENIAL_FILLERS.has(tokens[j]!.word) && j - i <= 2) j++;
  for (const verdict of DENIED_VERDICTS) {
    if (j + verdict.length <= end && verdict.every((w, k) => tokens[j + k]!.word === w)) return j + verdict.length - i;
  }
  return 0;
}

let loaded: PackedModels | null | undefined;

/**
 * The shipped models, read once: packed by the build, or else (a checkout not yet built) from the
 * trainer's file; none when neither is there (the hand-written reading then stands alone).
 */
export function stanceModels(): PackedModels | null {
  if (loaded === undefined) loaded = readModels(PACKED_STANCE_FILE, readPacked, STANCE_MODEL_FILE, packStanceModels);
  return loaded;
}

/** Tests swap in models of their own; `undefined` goes back to the shipped ones. */
export function useStanceModels(models: StanceModels | null | undefined): void {
  loaded = models ? packStanceModels(models) : models;
}

// "…is not something the model learns; it's a hard filter": a hard rule insisted on, never a point waved away.
// ...or "calibration gates are blocking, not advisory".
const INSISTS_ON_A_RULE = /\b(it'?s|it is|they'?re|they are|that'?s|that is|as) an? (hard|strict|non-negotiable) (filter|rule|constraint|block|gate|requirement)\b|\b(?:is|are)\s+(?:blocking|mandatory|required|binding|hard),?\s+not\s+(?:advisory|optional|soft|a suggestion)\b/i;
// "... isn't a recall miss, though I'd still blur it": the point kept in practice, whatever is conceded first.
// "Rank by P(request sent) x P(accepted), because ...": an objective written as a product of
// probabilities is a design chosen, whatever its reason clause faults.
const PRODUCT_OF_PROBABILITIES = /\bp\([^()]{1,40}\)\s*(?:x|×|\*|·)\s*p\(/i;
// "The new camera is the obvious risk: ... before anyone complains": a risk named is a risk taken seriously.
// ...or a number said to mislead, and why: "last week's txns will look way under 0.12% just b/c chargebacks haven't landed".
const NAMES_A_RISK = /\b(is|are|'s|'re) (the |a |an |our )?(obvious|main|biggest|big|key|real|major|first|top|primary|specific) (risk|danger|threat|failure mode|concern|worry)\b|^\W*(?:one|a|the|another|main|big|biggest|key) (?:complication|catch|caveat|wrinkle|subtlety|pitfall|gotcha|trap)s? (?:here )?(?:is|are)\b|\b(?:is|are|'s|'re) (?:the |our )?(?:worst|costliest|most (?:expensive|damaging|dangerous|harmful)) (?:outcome|failure|case|error|mistake|thing that can happen)\b|\b(?:will|would|could|might)\s+look\s+(?:\w+\s+){0,2}?(?:under|below|better|great|good|low|lower|healthy|fine)\b(?:[^.;]|\.(?=\d)){0,30}?\b(?:just\s+|only\s+)?(?:because|b\/c|bc|since)\b/i;
// "an A/B test is, I think, the only truly reliable judge": a point adopted with emphasis.
const ONLY_RELIABLE = /\b(?:is|are|'s)\b[^.;]{0,15}?\bthe\s+only\s+(?:truly\s+|really\s+)?(?:reliable|real|true|trustworthy|honest|sure|safe)\s+(?:judge|test|measure|signal|way|arbiter|check|answer)\b/i;
// "I'd send a sample of them to the raters before trusting the NDCG delta": a check put in first.
const CHECKS_FIRST = /\b(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will)\s+(?:\w+\s+)?(?:send|route|label|audit|sample|review|check|verify|test|measure|validate|re-?label|annotate|grade|inspect)\b[^.;]{0,80}\bbefore\s+(?:trusting|shipping|launching|using|relying|believing|acting)\b/i;
// "lowering the threshold further just trades a privacy miss for a business complaint": a trade-off weighed, not a point waved away.
const NAMES_A_TRADE = /\b(?:trades?|trading)\s+(?:an?\s+|the\s+|one\s+|some\s+)?(?:[\w-]+\s+){0,4}?for\s+(?:an?\s+|the\s+|another\s+|more\s+|some\s+)?[\w-]+/i;
// "since visual similarity on its own is not quite the same thing as usefulness": the limit of the
// alternative, given as the reason for the point.
// Not "lag on its own isn't worth alerting on", which waves it away.
const FALLS_SHORT_ALONE = /\b(?:on (?:its|their) own|alone|by (?:itself|themselves))\s+(?:is|are)(?:n['’]?t| not)\s+(?!(?:really\s+|even\s+)?(?:worth|needed|necessary|important|an? (?:concern|problem|priority|issue))\b)/i;
// "...; otherwise recall is overstated": what goes wrong without the point, so the point is kept.
const OTHERWISE_FAULT = /\b(?:otherwise|or else)\b[^.;]{0,80}?\b(?:overstated|understated|inflated|overestimated|underestimated|biased|(?:too )?optimistic|misleading|leaks?|leaked|looks? like)\b|\b(?:recall|precision|auc|metrics?|numbers?|results?)\s+(?:is|are|gets?|looks?|will be|would be)\s+(?:\w+\s+)?(?:overstated|understated|inflated|overestimated|underestimated)\b/i;
// "It's a ranking problem: for each user, order the candidate posts by ...": the task named, not a problem handed off.
const NAMES_THE_TASK = /\b(?:it'?s|it is|this is|that'?s|that is)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:ranking|classification|regression|detection|retrieval|recommendation|prediction|search|matching|forecasting|segmentation|clustering|learning[- ]to[- ]rank|multi-?label|binary|link[- ]prediction)\s+(?:problem|task)\b/i;
// "GraphSAGE ..., because on 100 billion edges full-graph training isn't practical": the reason for a choice.
const REASON_IT_CANNOT = /\b(?:because|since|as|b\/c|given)\b[^.;]{0,80}\b(?:isn'?t|is not|aren'?t|are not|wouldn'?t be|would not be|won'?t be)\s+(?:practical|feasible|possible|tractable|affordable|realistic|viable|an option)\b/i;
// "a house is not a detector class; it's a geo-located manual request": one kind told from another.
const NOT_THIS_KIND = /\b(?:is|are)(?:n['’]?t| not) (?:a|an) (?:[\w-]+ )?(?:class|category|type|kind|problem|task|feature|label|target|signal)\b[^.;,:]{0,10}[;,:–—]\s*(?:it['’]?s|it is|they['’]?re|they are|that['’]?s|that is)\s+(?:a|an|the)\b/i;
// "the pre-ranker won't add much latency", "adds little latency": a cost said to be small, nothing waved away.
const COSTS_LITTLE = /\b(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not)\s+add\s+(?:much|any|a lot of|significant|noticeable)\s+(?:latency|cost|overhead|load|delay|time|compute)\b|\badds?\s+(?:little|no|negligible|minimal|only a few ms of)\s+(?:latency|cost|overhead|load|delay|time|compute)\b/i;
// "I think the obvious metric would be opens, but I'd want to check whether the business really cares about retention": a question to ask.
const WANTS_TO_ASK = /\b(?:i'?d|we'?d|i would|we would|i|we)\s+(?:want|like|need)\s+to\s+(?:check|ask|confirm|verify|find out|know)\s+(?:whether|if)\b/i;
// "open rate isn't the call, it rises even when pushes just replace organic sessions": why a metric misleads.
const WHY_IT_MISLEADS = /\b(?:is|are)(?:n['’]?t| not)\s+the\s+(?:call|metric|target|goal|decider|launch metric|north star)\b[^.;]{0,10},\s*(?:it|they)\s+(?:rises?|goes up|go up|climbs?|moves?|inflates?|counts?|grows?)\b/i;
// "sparse, but at 800M DAU that's plenty per day": a weakness granted, then shown not to bite.
const THIN_BUT_ENOUGH = /\b(?:sparse|small|thin|rare|few|noisy|tiny|low)\b[^.;]{0,10},?\s*but\b[^.;]{0,60}\b(?:plenty|enough|sufficient|adequate)\b/i;
// "If ANN misses its budget, carry on with BM25 alone rather than blowing p99": a fallback for when a part fails.
const FALLBACK_ON_FAILURE = /^\W*(?:if|when|whenever)\b[^,;:.]{1,60}\b(?:miss(?:es)?|fails?|times? out|is down|goes down|errors?(?: out)?|exceeds?|blows?|breaches?|is slow|runs? (?:late|over)|lags?)\b[^,;:.]{0,30},\s*(?:we\s+|i\s+|just\s+|then\s+)?(?:fall\s*back|falls\s*back|carry on|continue|serve|use|return|degrade|skip)\b/i;
// "the abstention threshold is a product decision": a decision placed with its owner, nothing waved away.
const THRESHOLD_PLACED = /\b(?:threshold|thresholds|cutoff|cut-off|trade-?off|operating point)\s+(?:is|are|'s)\s+(?:a|an)\s+(?:product|business|policy)\s+(?:decision|call|question)\b/i;
// "a long-term holdout for months, since the goal is long-term DAU and a 2wk test won't show it": the reason for the point.
// "mAP reported too but it isn't the bar": kept beside the headline, not waved away.
const KEPT_BESIDE = /\b(?:reported|tracked|logged|kept|shown|computed|measured)\s+(?:too|as well|also|alongside)\b[^.;]{0,30}\bbut\b[^.;]{0,25}\b(?:isn'?t|is not|not|never)\s+(?:the\s+)?(?:bar|gate|headline|target|decider|main (?:metric|number|call)|launch criterion)\b/i;
// "logged clicks only cover what the old encoder surfaced, so I wouldn't score the new one against them": the bias named.
const ONLY_SAW_THE_OLD = /\b(?:only|just)\s+(?:cover|covers|reflect|reflects|show|shows|include|includes|contain|contains|see|sees)\s+what\s+(?:the\s+)?(?:old|current|existing|previous|production|prod)\s+(?:[\w-]+\s+)?(?:encoder|model|ranker|system|retriever|index)\b/i;
const SHORT_TEST_MISSES = /\b(?:because|since|as|b\/c|bc|given)\b[^.;]{0,80}\b(?:tests?|a\/b|experiments?|windows?)\s+(?:won'?t|will not|can'?t|can not|cannot|doesn'?t|does not|wouldn'?t|would not)\s+(?:show|catch|capture|reveal|see|measure|detect|surface|pick up)\b/i;
const STILL_DOES_IT = /\b(though|but|yet)\s+(i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will|we|i)\s+still\s+(blur|keep|do|run|use|track|add|include|check|monitor|log|send|show|flag|review|score|apply|watch|measure|test|handle)\b/i;

/** Both models read the sentence as waving something away. */
export function readsDismissive(analysis: Analysis, sentence: number): boolean {
  const models = stanceModels();
  if (!models) return false;
  // A sentence is asked about for itself and as the answer to the question before it: read once.
  let read = readings.get(analysis);
  if (!read || read.models !== models) readings.set(analysis, (read = { models, known: new Int8Array(analysis.sentences.length).fill(-1) }));
  if (read.known[sentence]! < 0) {
    const text = analysis.sentences[sentence]!.text;
    if (INSISTS_ON_A_RULE.test(text) || STILL_DOES_IT.test(text) || PRODUCT_OF_PROBABILITIES.test(text) || NAMES_A_RISK.test(text) || CHECKS_FIRST.test(text) || ONLY_RELIABLE.test(text) || NAMES_A_TRADE.test(text) || OTHERWISE_FAULT.test(text) || FALLS_SHORT_ALONE.test(text) || NAMES_THE_TASK.test(text) || REASON_IT_CANNOT.test(text) || NOT_THIS_KIND.test(text) || COSTS_LITTLE.test(text) || WANTS_TO_ASK.test(text) || WHY_IT_MISLEADS.test(text) || FALLBACK_ON_FAILURE.test(text) || THIN_BUT_ENOUGH.test(text) || SHORT_TEST_MISSES.test(text) || THRESHOLD_PLACED.test(text) || KEPT_BESIDE.test(text) || ONLY_SAW_THE_OLD.test(text)) read.known[sentence] = 0;
    else {
      const hashes = sentenceFeatureHashes(text, modelWords(analysis, sentence));
      read.known[sentence] = packedProbability(models.all, hashes) > TUNING.stance.all && packedProbability(models.stanceWords, hashes) > TUNING.stance.stanceWords ? 1 : 0;
    }
  }
  return read.known[sentence] === 1;
}

const readings = new WeakMap<Analysis, { models: PackedModels; known: Int8Array }>();
