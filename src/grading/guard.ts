import { capStep, stepScore } from './score.js';
import type { Analysis, Sentence, Token } from '../text/analyze.js';
import type { CriterionResult } from './types.js';

/**
 * Checks that keep the offline grader honest, each independent of the rubric: text aimed at the
 * grader, answers that are bare lists of terms, and long answers with nothing concrete in them.
 * Relevance to the case lives in relevance.ts.
 */

// Instructions aimed at whoever grades: set aside before grading, flagged, never rewarded.
const INJECTION_PATTERNS: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,60}\b(instructions?|prompts?|rubrics?|rules|guidelines|criteria|system message)\b/i,
  /\b(give|award|assign|grant|mark|rate|score|grade)\b[^.\n]{0,40}\b(full|maximum|max|perfect|top|highest|100|10\s*\/\s*10|3\s*\/\s*3|100\s*\/\s*100|all)\s*(marks?|points?|scores?|credit|grades?|levels?|stars?)\b/i,
  /\b(score|grade|rate|mark)\s+(this|me|my answer|the answer|it|this answer|this response)\b[^.\n]{0,30}(\b100\b|10\s*\/\s*10|3\s*\/\s*3|\bfull\b|\bmaximum\b|\bperfect\b|\bhighest\b|strong hire)/i,
  /\byou are (now )?(a |an |the )?(helpful )?(grader|evaluator|judge|assistant|ai|language model|llm)\b/i,
  /\bnote (to|for) (the )?(ai|llm|grader|evaluator|reviewer|judge|model|assistant)\b/i,
  /\b(dear|hey|attention)\s+(ai|llm|grader|evaluator|judge|model)\b/i,
  /^\s*(system|assistant|grader)\s*(note|message)?\s*:\s*(you|ignore|disregard|the (candidate|answer)|grade|score|rate|award|give|override|all criteria)/im,
  /<\/?\s*(system|instructions?|prompt|im_start|im_end|untrusted[-_ ]?answer|answer-[0-9a-f]+)\b[^>]*>/i,
  /\{[^{}]*"(score|level|grade|points|hire|verdict|overall)"\s*:\s*[^{}]*\}/i,
  /\b(all|every|each) (rubric )?criteri(a|on)\b[^.\n]{0,40}\b(met|satisfied|fulfilled|level 3|covered|passed)\b/i,
  /\bthis (answer|response|submission) (deserves|should (get|receive|be given|score)|merits|earns|is worth)\b/i,
  /\b(new|updated|real) instructions?\s*:/i,
  /\brespond (only )?with\b[^.\n]{0,30}\b(json|score|full marks)\b/i,
  /\b(system|admin|developer)\s+(override|prompt|message|instructions?)\b/i,
  /\b(rate|grade|score|mark|evaluate|judge)\s+(this|my)\s+(answer|response|submission)\s+(as|at|with)\b/i,
  /\b(give|award|assign)\s+(this|my)\s+(answer|response|submission)\s+(a|an|the)?\s*(\d+\s*\/\s*\d+|perfect|full|maximum|top|highest)/i,
  /\b(grader|evaluator|judge|marker|grading model|scoring model)\s+(must|should|shall|needs to|has to|is to)\b/i,
  /\bscore\s*[:=]\s*(100\b|\d+\s*\/\s*\d+)/i,
  /\bgrading (instructions?|note|guidance|override)\b/i,
  /\b(correct|right|true|final|expected)\s+(grade|score|mark|rating|verdict)\s+(for|of)\s+(this|the|my)\s+(answer|response|submission)\b/i,
  /\b(whoever|anyone who|the person who|the model that|the ai that)\s+(grades|is grading|evaluates|marks|scores|reviews)\b/i,
  /\b(meets|satisfies|covers|hits|fulfils|fulfills)\s+(all|every)\s+(of\s+)?(the\s+)?(rubric|grading)\s+criteri/i,
  /\bthis (answer|response|submission)\b[^.\n]{0,40}\b(highest|maximum|top|full)\s+(level|score|marks|grade)s?\b/i,
  /\bfull (credit|marks|points|score)\b[^.\n]{0,20}\bplease\b/i,
];

/** An answer that tries to instruct the grader scores at most this, and keeps at most this share. */
export const INJECTION_CAP = 30;
export const INJECTION_KEEP = 0.6;

/**
 * Grader-directed text was removed before grading; the attempt itself also costs marks, so it
 * never pays. Both graders apply it.
 */
export function penalizeInjection(criteria: CriterionResult[]): CriterionResult[] {
  return capStep(criteria, Math.min(INJECTION_CAP, Math.floor(stepScore(criteria) * INJECTION_KEEP)));
}

export interface Screened {
  /** The answer with grader-directed text removed. */
  text: string;
  /** The removed passages, verbatim. */
  removed: string[];
}

/** Removes every sentence or line that addresses the grader instead of the interviewer. */
export function screenInjection(answer: string): Screened {
  const removed: string[] = [];
  let text = answer;
  // Fake JSON verdicts go first, whole, wherever they sit.
  text = text.replace(/\{[^{}]*"(score|level|grade|points|hire|verdict|overall)"\s*:[^{}]*\}/gi, (m) => {
    removed.push(m.trim());
    return ' ';
  });
  const pieces = text.split(/(?<=[.!?])\s+|\n+/);
  const kept: string[] = [];
  for (const piece of pieces) {
    if (INJECTION_PATTERNS.some((re) => re.test(piece))) removed.push(piece.trim());
    else kept.push(piece);
  }
  if (removed.length === 0) return { text: answer, removed };
  return { text: kept.join('\n'), removed };
}

export interface SentenceShape {
  /** A fragment or a run of terms with little grammar between them. */
  listLike: boolean;
  /** Token ranges between commas and and/or: where a term in a list-like sentence sits. */
  segments: { from: number; to: number }[];
  /** A real sentence: long enough and with the small words that hold an explanation together. */
  explanatory: boolean;
  /** Says why or at what cost: because, so that, trade-off, instead of, at the cost of... */
  reasoned: boolean;
}

const REASON_WORDS = new Set(
  `because since therefore thus hence otherwise means order avoid avoids avoiding prevent prevents
  preventing trade tradeoff cost costs costly downside downsides drawback drawbacks but however whereas
  while versus vs compared instead rather risk risks risky expensive cheaper cheap faster slower
  exchange expense catch benefit benefits advantage disadvantage pros cons reason why ensures ensure
  unless although though balance balances tension sacrifice price worth penalty hurts hurt helps
  outweighs mitigate mitigates`.split(/\s+/),
);

export function sentenceShape(analysis: Analysis, sentence: Sentence): SentenceShape {
  const tokens = analysis.tokens.slice(sentence.from, sentence.to);
  const n = tokens.length;
  if (n === 0) return { listLike: false, segments: [], explanatory: false, reasoned: false };
  const small = tokens.filter((t) => t.small).length;
  const items = 1 + tokens.filter((t, i) => i > 0 && t.commaBefore).length;
  const segments = splitSegments(tokens, sentence.from);
  const terms = segments.filter((g) => g.to - g.from <= 5).length;
  const listLike =
    n <= 4 ||
    (items >= 3 && n / items <= 3.5) ||
    (segments.length >= 5 && terms / segments.length >= 0.75) ||
    (n >= 5 && small / n < 0.12);
  const explanatory = !listLike && n >= 7 && small / n >= 0.2;
  const reasoned = tokens.some((t) => REASON_WORDS.has(t.word));
  return { listLike, segments, explanatory, reasoned };
}

/**
 * Splits a sentence at commas and at "and"/"or". A run-on sentence of terms strung together
 * ("NCE and AUC and calibration and ...") is mostly pieces of five words or fewer: a list.
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
  deepfm dcn fm ffm bucketing slo sla gdpr pii a/b`.split(/\s+/),
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
