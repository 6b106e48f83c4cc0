import { isQuantityAt } from './abbreviations.js';
import type { Analysis, Sentence, Token } from './analyze.js';
import { TUNING } from '../grading/tuning.js';

/**
 * The shape of each sentence or bullet: does it relate things (a cause, a consequence, a choice
 * and its reason, a number with its unit), or is it bare terms? Candidates explain in fragments,
 * arrows and `key: value` notes, so explanation is read from relations, not from grammar words.
 */
export interface SentenceShape {
  /** Bare terms with nothing relating them: "PR-AUC, calibration, A/B test". */
  listLike: boolean;
  /** Token ranges between commas and and/or: where a term in a list-like sentence sits. */
  segments: { from: number; to: number }[];
  /** Relates things: an explanation, in a sentence or a note. */
  explanatory: boolean;
  /** Says why, at what cost or with what consequence: because, so that, ->, vs, trade-off... */
  reasoned: boolean;
  /** Words in the pieces that are bare terms. */
  bareWords: number;
  /**
   * Terms sorted under a role ("offline: recall@500, per-head AUC; guardrails: p95, hides"): each
   * term is placed, so this is no keyword list, but the terms themselves are only named.
   */
  grouped: boolean;
  /** In a grouped sentence, which of `segments` relate things (a qualified term is more than named). */
  relating: boolean[];
  /** Grouped under the entity its terms describe ("user: age, country, lang"): counted as listed in writing shares. */
  described: boolean;
}

// Words that give a reason, a consequence or a trade-off.
export const REASON_WORDS = new Set(
  `because bc since therefore thus hence otherwise means meaning implies order avoid avoids avoiding prevent prevents
  preventing trade tradeoff cost costs costly downside downsides drawback drawbacks but however whereas versus vs
  compared instead rather risk risks risky expensive cheaper cheap faster slower exchange expense benefit
  benefits advantage disadvantage pros cons reason why ensures ensure unless although though balance balances tension
  sacrifice worth penalty hurts hurt helps outweighs mitigate mitigates else leads causes due resulting breaks
  biased inflates inflated so`.split(/\s+/),
);

// Verbs that carry a design decision in a fragment ("downsample negs to 10%", "cache top-k per user").
const VERBS = new Set(
  `use uses train trains predict predicts serve serves score scores rank ranks log logs join joins split splits cache caches
  compute computes retrain retrains filter filters drop drops keep keeps add adds sample samples show shows pick picks blend
  blends boost boosts fall falls fallback learn learns store stores index indexes precompute precomputes refresh refreshes
  update updates monitor monitors alert alerts track tracks compare compares measure measures optimize optimizes maximize
  minimize weight weights combine combines feed feeds send sends route routes flag flags block blocks label labels
  downsample downsamples recalibrate recalibrates calibrate calibrates distill distills quantize quantizes shard shards
  replicate deploy deploys ship ships launch roll rolls ramp run runs start starts begin move moves handle handles need
  needs require requires give gives get gets take takes catch catches miss misses cap caps limit limits tune tunes embed
  embeds encode encodes decode retrieve retrieves rerank reranks dedup dedupe check checks test tests evaluate evaluates
  fit fits backfill explore exploits explore explores mix mixes replace replaces debias debiases normalize normalizes
  bucket buckets hash hashes aggregate aggregates smooth smooths mask masks freeze freezes fine tune finetune finetunes
  warm warms decay decays expire expires matter matters drive drives beat beats outperform outperforms
  parse parses chunk strip strips tag clean cleans extract extracts crawl crawls redact redacts anonymize anonymizes
  tokenize tokenizes translate translates augment augments annotate annotates enrich enriches crop crops resize resizes
  remove removes exclude excludes convert converts attach attaches`.split(/\s+/),
);

const ARROW = /->|=>|→|⇒|-->|\s>\s/;
const VERSUS = /\bvs\.?\s|\bversus\b|!=|≠|\binstead of\b|\brather than\b/i;
const EQUALS = /\s=\s|==/;

// Words after which a verb is being used as one: "we cache", "I'd use", "to rank".
const VERB_LEADS = new Set(['we', 'i', 'd', 'you', 'they', 'will', 'would', 'should', 'can', 'could', 'must', 'to', 'then', 'and', 'also', 'first', 'just', 'only', 'it', 'll']);

/** `key: value` notes: the offset just past the colon when the key is short. */
function keyValueSplit(text: string): number | undefined {
  // A markdown table row relates its first cell to the rest: "| mid band | review, ranked by P × views |".
  const row = /^\s*\|\s*([^|\n]{1,40}?)\s*\|\s*[^|\s-]/.exec(text);
  if (row && row[1]!.split(/\s+/).length <= 5) return row[0].length - 1;
  const m = /^\s*(?:[-*•+]|\d+[.)])?\s*([^:\n]{1,40}):\s+\S/.exec(text);
  if (!m) return undefined;
  if (m[1]!.trim().split(/\s+/).length > 5) return undefined;
  return m[0].length - 1;
}

/**
 * A piece between commas and and/or relates things when it gives a reason, a quantity, a verb in
 * use ("downsample negs to 10%", "we cache"), an arrow or a parenthetical aside; otherwise it is a
 * term, and a bare one when it has at most three content words.
 */
function segmentRelates(analysis: Analysis, g: { from: number; to: number }): boolean {
  const { tokens, text } = analysis;
  let firstContent = true;
  for (let i = g.from; i < g.to; i++) {
    const t = tokens[i]!;
    if (REASON_WORDS.has(t.word) || isQuantityAt(analysis, i)) return true;
    if (!t.small) {
      const before = tokens[i - 1];
      const led = before !== undefined && i > g.from && VERB_LEADS.has(before.word);
      if (VERBS.has(t.word) && (firstContent || led)) return true;
      firstContent = false;
    }
  }
  // A term given its role ("NE headline", "AUC 2nd", "CTR guardrail") says how it is used.
  if (g.to - g.from >= 2 && ROLES.has(tokens[g.to - 1]!.word)) return true;
  // ... or put first: "guardrails NI/dislike", "slices signed-out/new vids", "primary satisfied watch".
  if (g.to - g.from >= 2 && LEADING_ROLES.has(tokens[g.from]!.word)) return true;
  // A term placed at the stage it measures: "retr recall@k", "ranker NDCG", "per-head AUC".
  if (g.to - g.from >= 2 && (STAGES.has(tokens[g.from]!.word) || (tokens[g.from]!.word === 'per' && g.to - g.from >= 3 && UNITS_OF_SPLIT.has(tokens[g.from + 1]!.word)))) return true;
  // "pred/obs ratio per segment within ±3%": a term held within a bound ("per" alone names a metric: "GMV per search").
  for (let i = g.from + 1; i < g.to - 1; i++) if (tokens[i]!.word === 'within') return true;
  // The raw piece runs to the next token, so a trailing "%" or ")" counts.
  const raw = text.slice(tokens[g.from]!.start, g.to < tokens.length ? tokens[g.to]!.start : text.length).replace(/[\s,;.]+$/, '');
  // A metric at a cut-off ("recall@200", "NDCG@10") is a specific choice, not a bare term.
  // A rate ("loc fallback %") is a measured quantity, not a bare term.
  // ...and so is one at an operating point ("precision @ auto-remove thr", "recall @ review capacity").
  // A count per unit relates the two: "1 head/action", "max 2/channel", "3 slots per page".
  return ARROW.test(raw) || EQUALS.test(raw) || /(?:^|\s)\d+(?:\.\d+)?\s*(?:[a-z][\w-]*\s*)?(?:\/\s*|\bper\s+)[a-z]/i.test(raw) || /@\s*(?:\d|[a-z]{2,})/i.test(raw) || /[a-z]\s*%/i.test(raw) || /\([^()]*\w+\s+\w+[^()]*\)?|\(\s*(?:[=<>≤≥~]|<=|>=)\s*\d/.test(raw) || cadenced(tokens, g);
}

// The role a term is given when it ends its piece.
const ROLES = new Set(['headline', 'primary', 'secondary', '2nd', 'main', 'guardrail', 'guardrails', 'tiebreak', 'tiebreaker', 'diagnostic']);

// The stage of a funnel a metric or choice belongs to.
const STAGES = new Set(['retr', 'retrieval', 'candidate', 'candidates', 'cands', 'ranker', 'ranking', 'rerank', 'reranker', 'prerank', 'prefilter']);

// What a metric is computed per ("per-head AUC", "per-class PR", "per-segment calibration").
const UNITS_OF_SPLIT = new Set(['head', 'class', 'segment', 'slice', 'cohort', 'market', 'country', 'language', 'lang', 'category', 'advertiser', 'task', 'label']);

const LEADING_ROLES = new Set(['headline', 'primary', 'secondary', 'guardrail', 'guardrails', 'slices', 'diagnostic']);

// Where a metric is read or what it is watched for, as the key of a note: "offline: ...",
// "online A/B 2+ wks: ...", "slices: ...", "guardrails: ...", "drift: ...".
const ROLE_KEYS = new Set([
  ...ROLES,
  ...`offline online slice slices guardrails diagnostics kpi kpis drift alert alerts alerting north star success counter`.split(' '),
]);

// The entity a group of features describes, or what a list is, as the key of a note: "user: age
// bracket, country, lang", "ad: creative emb, LP category", "feats: mutuals, Adamic-Adar, ...", "neg:
// shown not sent, dismissed". Placed, as under a role key, but still a list of names: a template's
// feature lists count as listed in its writing shares.
const ENTITY_KEYS = new Set(`user viewer member ad advertiser ctx context item listing post author query doc candidate pair card merchant device account feats features pos positives neg negatives`.split(' '));

function entityKey(key: string): boolean {
  const words = key.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 && words.length <= 2 && ENTITY_KEYS.has(words[0]!);
}

// A list led by what is done with its terms ("Watch per-head calib, score drift, p99 lat"): each term
// is placed, as under a role key. Long lists stay keyword lists.
const WATCHING = new Set(['watch', 'track', 'monitor', 'measure', 'alert', 'log']);

function roleKey(key: string): boolean {
  return key
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => ROLE_KEYS.has(w));
}

// How often: "daily warm-start retrain", "hourly recalibrate" is a decision, not a bare term.
const CADENCE = new Set(['daily', 'hourly', 'weekly', 'nightly', 'monthly', 'incremental', 'incrementally', 'continuous', 'continuously', 'streaming', 'online', 'realtime']);

function cadenced(tokens: Token[], g: { from: number; to: number }): boolean {
  // A term with its cadence after it ("organizer churn monthly", "counters streaming") says how
  // often it is done; before a noun it is part of the term ("daily active users").
  if (g.to - g.from >= 2 && CADENCE.has(tokens[g.to - 1]!.word)) return true;
  let cadence = false;
  for (let i = g.from; i < g.to; i++) {
    const w = tokens[i]!.word;
    if (CADENCE.has(w)) cadence = true;
    else if (cadence && VERBS.has(w)) return true;
  }
  return false;
}

// Verbs that are not also nouns, which take an enumeration as their objects.
const TAKES_OBJECTS = new Set(['get', 'gets', 'got', 'used', 'require', 'requires', 'receive', 'receives', 'include', 'includes', 'cover', 'covers', 'combine', 'combines', 'carry', 'carries']);

const IN_OUT = /\b(?:in|input|inputs)\s*:[^;|]+[;|]\s*(?:out|output|outputs)\s*:/i;

export function sentenceShape(analysis: Analysis, sentence: Sentence): SentenceShape {
  const all = analysis.tokens.slice(sentence.from, sentence.to);
  if (all.length === 0) return { listLike: false, segments: [], explanatory: false, reasoned: false, bareWords: 0, grouped: false, relating: [], described: false };
  const raw = analysis.text.slice(sentence.start, sentence.end);
  const segments = splitSegments(all, sentence.from);
  // "in: raw query; out: corrected query, category": a stage's input and output, related as an arrow relates them.
  const reasoned = ARROW.test(raw) || VERSUS.test(raw) || IN_OUT.test(raw) || segments.some((g) => givesReason(analysis, g));

  // A `key: value` note relates the key to its value, unless the value is itself a list of terms.
  const kv = keyValueSplit(raw);
  const found = kv === undefined ? -1 : all.findIndex((t) => t.start >= sentence.start + kv && t.start !== sentence.start);
  const valueSegments = found <= 0 ? segments : splitSegments(all.slice(found), sentence.from + found);
  const singleChoice = found > 0 && valueSegments.length <= 2;

  const content = all.filter((t) => !t.small).length;
  const grammatical = all.length >= 6 && (all.length - content) / all.length >= 0.2;
  const bareSegments = valueSegments.filter((g) => isBareTerm(analysis, g));
  const bare = bareSegments.length;
  // Weighed by words: one long piece that relates things outweighs a few short terms after it.
  const words = (gs: { from: number; to: number }[]) => gs.reduce((n, g) => n + g.to - g.from, 0);
  const bareShare = words(bareSegments) / Math.max(1, words(valueSegments));
  const relates = valueSegments.some((g) => segmentRelates(analysis, g)) || (found > 0 && segmentRelates(analysis, { from: sentence.from, to: sentence.from + found }));
  // "P(fraud) from payment, card, merchant and device history": a short enumeration is what the
  // relation in its first piece draws from, not a list of terms.
  const first = valueSegments[0];
  const sourced = first !== undefined && valueSegments.length <= 6 && /\bp\s*\(|\bfrom\b/i.test(analysis.text.slice(analysis.tokens[first.from]!.start, analysis.tokens[first.to - 1]!.end)) && /\bfrom\b/i.test(raw);
  // "New cards, about 20% of transactions, get first-seen and age features plus BIN rates, and device
  // signals": a subject and the verb that takes the enumeration as its objects, not a list of terms.
  const predicated =
    kv === undefined &&
    valueSegments.length <= TUNING.stuffing.watchedPieces &&
    !VERBS.has(all[0]!.word) &&
    valueSegments.slice(1, 3).some((g) => TAKES_OBJECTS.has(analysis.tokens[g.from]!.word) && g.to - g.from >= 2);
  const termList =
    !singleChoice &&
    !sourced &&
    !predicated &&
    valueSegments.length > 0 &&
    ((bare === valueSegments.length && !reasoned) || (valueSegments.length >= 4 && bare / valueSegments.length >= (reasoned ? 0.85 : 0.7) && bareShare >= 0.6));
  // Long lists stay keyword lists, as for a list led by what is done with its terms.
  const described =
    termList && kv !== undefined && valueSegments.length <= TUNING.stuffing.watchedPieces && !roleKey(raw.slice(0, kv)) && entityKey(raw.slice(0, kv).replace(/^\s*(?:[-*•+]|\d+[.)])?\s*/, ''));
  const grouped = termList && ((kv !== undefined && roleKey(raw.slice(0, kv))) || described || (WATCHING.has(all[0]!.word) && valueSegments.length <= TUNING.stuffing.watchedPieces));
  const listLike = termList && !grouped;
  const explanatory = !termList && content >= 2 && (relates || reasoned || singleChoice || grammatical || content >= 5);
  const relating = grouped ? segments.map((g) => segmentRelates(analysis, g)) : [];
  return { listLike, segments, explanatory, reasoned, bareWords: grouped ? 0 : words(bareSegments), grouped, relating, described };
}

// Reason words that also end a noun phrase naming a thing: "merchant risk", "serving cost",
// "account balance". At the end of a short piece of a list they name a term, not a reason.
const NAMING_NOUNS = new Set(['risk', 'risks', 'cost', 'costs', 'penalty', 'balance', 'benefit', 'benefits', 'expense', 'exchange']);

/** A piece gives a reason when it holds a reason word, unless that word only ends a short term ("merchant risk"). */
function givesReason(analysis: Analysis, g: { from: number; to: number }): boolean {
  const short = g.to - g.from <= 3;
  for (let i = g.from; i < g.to; i++) {
    const w = analysis.tokens[i]!.word;
    if (!REASON_WORDS.has(w)) continue;
    if (short && i === g.to - 1 && i > g.from && NAMING_NOUNS.has(w)) continue;
    return true;
  }
  return false;
}

/** A term: at most four content words, hardly any grammar, and nothing relating it to anything. */
function isBareTerm(analysis: Analysis, g: { from: number; to: number }): boolean {
  let content = 0;
  for (let i = g.from; i < g.to; i++) if (!analysis.tokens[i]!.small) content++;
  return content <= 4 && g.to - g.from - content <= 1 && !segmentRelates(analysis, g);
}

/**
 * Splits a sentence at commas and at "and"/"or". A run-on sentence of terms strung together
 * ("NCE and AUC and calibration and ...") is mostly pieces of three content words or fewer: a list.
 */
function splitSegments(tokens: Token[], offset: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) out.push({ from: offset + start, to: offset + end });
    start = -1;
  };
  tokens.forEach((t, i) => {
    if (t.commaBefore) close(i);
    if (t.word === 'and' || t.word === 'or') {
      close(i);
      return;
    }
    if (start < 0) start = i;
  });
  close(tokens.length);
  return out;
}

/** Share of the answer's words that sit in list-like fragments. */
export function listShare(analysis: Analysis, shapes: SentenceShape[]): number {
  if (analysis.tokens.length === 0) return 0;
  let listed = 0;
  analysis.sentences.forEach((s, i) => {
    if (shapes[i]!.listLike) listed += s.to - s.from;
  });
  return listed / analysis.tokens.length;
}

/**
 * Over several texts, the share of the words in sentences that give a reason, a consequence or a
 * trade-off, and the share in list-like ones (bare terms).
 */
export function writingShares(texts: { analysis: Analysis; shapes: SentenceShape[] }[]): { reasoned: number; listed: number } {
  let reasoned = 0;
  let listed = 0;
  let all = 0;
  for (const { analysis, shapes } of texts) {
    analysis.sentences.forEach((s, i) => {
      all += s.to - s.from;
      if (shapes[i]!.reasoned) reasoned += s.to - s.from;
      if (shapes[i]!.listLike || shapes[i]!.described) listed += s.to - s.from;
    });
  }
  return all === 0 ? { reasoned: 1, listed: 0 } : { reasoned: reasoned / all, listed: listed / all };
}

/** Share of the answer's words in bare terms of list-like fragments, and how many pieces those lists hold. */
export function bareListShare(analysis: Analysis, shapes: SentenceShape[]): { share: number; pieces: number } {
  if (analysis.tokens.length === 0) return { share: 0, pieces: 0 };
  let bare = 0;
  let pieces = 0;
  shapes.forEach((shape) => {
    if (!shape.listLike) return;
    bare += shape.bareWords;
    pieces += shape.segments.length;
  });
  return { share: bare / analysis.tokens.length, pieces };
}

// Terms that name a concrete technique, metric, system or quantity in ML system design.
const TECHNICAL = new Set(
  `auc roc pr precision recall f1 ndcg map mrr ctr cvr logloss cross-entropy entropy calibration
  calibrated rmse mae mse auprc auroc holdout interleaving bandit bandits thompson epsilon
  logistic regression gbdt xgboost lightgbm catboost boosted embedding embeddings vector vectors ann
  faiss hnsw scann knn neighbor neighbour transformer transformers bert cnn resnet vit clip lstm rnn gnn
  graphsage attention softmax sigmoid contrastive triplet downsample downsampling upsample oversample
  smote focal dropout regularization distillation quantization pruning onnx triton tensorrt gpu gpus
  cpu kafka flink spark redis cassandra latency p99 p95 qps throughput ms milliseconds drift psi kl
  divergence retrain retraining shadow canary rollback cascade funnel reranking reranker collaborative
  factorization als idf bm25 elasticsearch ocr detector yolo rcnn nms iou bounding chargeback
  chargebacks fpr tpr imbalance imbalanced dedup deduplication sharding replica replicas hashing
  deepfm dcn fm ffm bucketing slo sla gdpr pii ab lr dnn mtl ce bce nce dau mau rps tps kv emb embs
  feats gbm xgb mf cf ltr ips ope llm uplift incremental incrementality propensity counterfactual
  threshold thresholds exploration randomized randomised guardrail guardrails stratified pointwise pairwise
  listwise lambdamart lambdarank`.split(/\s+/),
);

const NUMBER_WORDS = new Set(
  `two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred hundreds
  thousand thousands million millions billion billions half third quarter dozen percent daily weekly
  hourly monthly`.split(/\s+/),
);

/** Counts the concrete things an answer names: technical terms and quantities. */
export function concreteCount(analysis: Analysis): number {
  const seen = new Set<string>();
  for (const t of analysis.tokens) {
    if (/^\d/.test(t.word) || TECHNICAL.has(t.word) || NUMBER_WORDS.has(t.word)) seen.add(t.word);
  }
  return seen.size;
}
