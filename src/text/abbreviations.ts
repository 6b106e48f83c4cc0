import { phraseStems, stem, type Analysis } from './analyze.js';

/**
 * What candidates abbreviate under a clock, read as what it stands for. The expansion's words are
 * added to the analysis at the abbreviation's position, so "LR baseline" matches a rubric phrase
 * "logistic regression baseline". Keys are lowercased words as the tokenizer sees them.
 */
export const ABBREVIATIONS: Record<string, string> = {
  lr: 'logistic regression',
  enc: 'encoder',
  encs: 'encoders',
  wt: 'watch time',
  clf: 'classifier classification',
  clfs: 'classifiers classification',
  // "friends of friends" repeats a word, which one position cannot hold: indexed as its other name.
  fof: 'two hop friends',
  p: 'probability',
  biz: 'business',
  req: 'request',
  idk: 'do not know',
  reqs: 'requests',
  lang: 'language',
  // "% non-EN queries"
  en: 'english',
  langs: 'languages',
  msgs: 'messages',
  conv: 'conversion',
  convs: 'conversions',
  txn: 'transaction',
  txns: 'transactions',
  cb: 'chargeback',
  cbs: 'chargebacks',
  imp: 'impression',
  freq: 'frequency',
  incr: 'incremental',
  rm: 'remove',
  ci: 'confidence interval',
  pred: 'predicted prediction',
  preds: 'predictions predicted',
  obs: 'observed',
  rev: 'revenue',
  bkg: 'booking',
  bkgs: 'bookings',
  hist: 'history',
  cat: 'category',
  cats: 'categories',
  geo: 'location',
  loc: 'location',
  dedupe: 'deduplicate',
  qs: 'questions',
  mon: 'monitor monitoring',
  ft: 'fine tuning',
  prod: 'production',
  thr: 'threshold',
  imprs: 'impressions',
  acct: 'account',
  accts: 'accounts',
  pct: 'percent',
  cnp: 'card not present',
  mcc: 'merchant category code',
  ts: 'timestamp',
  logreg: 'logistic regression',
  gbdt: 'gradient boosted decision trees',
  gbm: 'gradient boosted trees',
  gbt: 'gradient boosted trees',
  xgb: 'xgboost gradient boosted trees',
  lgbm: 'lightgbm gradient boosted trees',
  dnn: 'deep neural network',
  nn: 'neural network',
  mlp: 'multilayer perceptron neural network',
  mtl: 'multi task learning',
  ce: 'cross entropy loss',
  bce: 'binary cross entropy loss',
  nce: 'normalized cross entropy',
  ann: 'approximate nearest neighbor index',
  knn: 'k nearest neighbors',
  ctr: 'click through rate',
  pctr: 'predicted click through rate',
  cvr: 'conversion rate',
  ndcg: 'normalized discounted cumulative gain ranking metric',
  ne: 'normalized entropy',
  mrr: 'mean reciprocal rank',
  qps: 'queries per second',
  qu: 'query understanding',
  // The first version a note ships ("v0: rules"): its baseline.
  v0: 'simple baseline',
  rps: 'requests per second',
  tps: 'transactions per second',
  dau: 'daily active users',
  dav: 'daily active viewers',
  mau: 'monthly active users',
  p50: 'median latency',
  p95: '95th percentile latency',
  p99: '99th percentile latency',
  kv: 'key value store',
  fm: 'factorization machines',
  ffm: 'field aware factorization machines',
  dcn: 'deep cross network',
  mf: 'matrix factorization',
  cf: 'collaborative filtering',
  emb: 'embedding',
  embs: 'embeddings',
  vec: 'vector',
  vecs: 'vectors',
  feat: 'feature',
  feats: 'features',
  // The stemmer leaves the past tense as it is: "P(request sent)" is about sending.
  sent: 'send',
  // ...and "held-out data" is a holdout.
  held: 'hold',
  eval: 'evaluation',
  evals: 'evaluations',
  rec: 'recommendation',
  recs: 'recommendations',
  reco: 'recommendation',
  recsys: 'recommender system',
  fpr: 'false positive rate',
  tpr: 'true positive rate',
  fp: 'false positive',
  fps: 'false positives',
  fn: 'false negative',
  fns: 'false negatives',
  ltr: 'learning to rank',
  ltv: 'lifetime value',
  ab: 'ab test experiment',
  wo: 'without',
  bc: 'because',
  ope: 'off policy evaluation',
  ips: 'inverse propensity weighting',
  ipw: 'inverse propensity weighting',
  vids: 'videos',
  vid: 'video',
  imgs: 'images',
  img: 'image',
  neg: 'negative',
  negs: 'negatives',
  pos: 'position positive',
  impr: 'impressions',
  imps: 'impressions',
  prob: 'probability',
  probs: 'probabilities',
  calib: 'calibration',
  perf: 'performance',
  infra: 'infrastructure',
  ppl: 'people',
  usr: 'user',
  usrs: 'users',
  avg: 'average',
  approx: 'approximate',
  cand: 'candidate',
  cands: 'candidates',
  retr: 'retrieval',
  gen: 'generation',
  hnsw: 'hnsw approximate nearest neighbor index',
  cnn: 'convolutional neural network',
  vit: 'vision transformer',
  llm: 'large language model',
  gnn: 'graph neural network',
  psi: 'population stability index drift',
  auc: 'area under curve',
  roc: 'roc curve',
  prauc: 'precision recall area under curve',
  aucpr: 'precision recall area under curve',
  auprc: 'precision recall area under curve',
  mle: 'maximum likelihood',
  sla: 'service level agreement latency',
  slo: 'service level objective latency',
  cpu: 'cpu',
  gpu: 'gpu',
  tb: 'terabytes',
  gb: 'gigabytes',
  ms: 'milliseconds',
  async: 'asynchronous background',
  ttl: 'time to live cache expiry',
  q: 'query',
  rel: 'relevance',
  desc: 'description',
  langid: 'language identification detection',
  perso: 'personalization',
  thresh: 'threshold',
  sim: 'similarity',
  cos: 'cosine',
  dedup: 'deduplicate',
  expt: 'experiment',
  ctrl: 'control',
  prec: 'precision',
  mins: 'minutes',
  hrs: 'hours',
  hr: 'hour',
  secs: 'seconds',
  wk: 'week',
  wks: 'weeks',
  mo: 'month',
  mos: 'months',
  yr: 'year',
  nxt: 'next',
  ctry: 'country',
  ctries: 'countries',
  dets: 'detections',
  yrs: 'years',
  rt: 'real time',
  nrt: 'near real time',
  ctx: 'context',
  dest: 'destination',
  attr: 'attribute',
  attrs: 'attributes',
  embed: 'embedding',
  dup: 'duplicate',
  dups: 'duplicates',
  pano: 'panorama',
  panos: 'panoramas',
  cam: 'camera',
  cams: 'cameras',
  avail: 'availability',
  reg: 'registration regularization',
  regs: 'registrations',
  det: 'detector detection',
  tok: 'tokens',
  toks: 'tokens',
  doc: 'document',
  docs: 'documents',
  incl: 'including',
  restr: 'restricted',
  legit: 'legitimate',
  multitask: 'multi task',
  multiclass: 'multi class',
  multilabel: 'multi label',
  mmoe: 'multi gate mixture of experts multi task',
  ttft: 'time to first token latency',
  msi: 'meaningful social interactions',
  dm: 'direct message',
  dms: 'direct messages',
  oos: 'out of stock',
  asr: 'automatic speech recognition transcript',
  w2v: 'word2vec skip gram',
  seq: 'sequence',
  seqs: 'sequences',
  notif: 'notification',
  notifs: 'notifications',
  acl: 'access control list permissions',
  acls: 'access control lists permissions',
  cg: 'candidate generation',
  dist: 'distance distribution',
  e2e: 'end to end',
  clip: 'clip pretrained image encoder',
  siglip: 'pretrained image encoder',
  dino: 'pretrained image encoder vision transformer',
  dinov2: 'pretrained image encoder vision transformer',
  tix: 'tickets',
  ans: 'answer answers',
  perm: 'permission',
  perms: 'permissions',
  nbr: 'neighbour',
  nbrs: 'neighbours',
  unavail: 'unavailable',
  seg: 'segment',
  ext: 'external',
  recal: 'recalibration',
  segs: 'segments',
};

// Every phrase an expansion adds, stemmed on first use (analyze.js imports this module).
const stemmedPhrases = new Map<string, string[]>();
function stemsOfPhrase(phrase: string): string[] {
  let stems = stemmedPhrases.get(phrase);
  if (!stems) stemmedPhrases.set(phrase, (stems = phraseStems(phrase)));
  return stems;
}

// Notation between words: "lexical || ANN" runs them in parallel; "< 15 min", "<=200ms" is a limit.
const PARALLEL = 'parallel concurrently';
const LIMIT = 'within under';

// "ranker weekly", "embeddings daily": in a note, a model with a cadence after it is retrained that often.
const RETRAINED = new Set(['model', 'models', 'ranker', 'rankers', 'embeddings', 'embedding', 'emb', 'embs', 'tower', 'towers', 'classifier', 'classifiers', 'detector', 'detectors', 'encoder', 'encoders', 'gbdt', 'dnn', 'heads']);
const CADENCE_UNITS: Record<string, string> = { hourly: 'hour', daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', quarterly: 'quarter' };
const ADVERB_OF_UNIT: Record<string, string> = Object.fromEntries(Object.entries(CADENCE_UNITS).map(([adverb, unit]) => [unit, adverb]));
const ONCE_PER = new Set(['a', 'per', 'every', 'each']);

// A unit after a slash reads as "per" it, in the singular a rubric writes: "2M panos/d" is per day.
const PER_UNIT: Record<string, string> = { d: 'day', h: 'hour', hr: 'hour', s: 'second', sec: 'second', min: 'minute', wk: 'week', mo: 'month', yr: 'year' };

// A unit attached to a number reads as the unit: "72h" is hours, "6mo" months.
const UNIT_SUFFIX = /^\d+(?:[.,]\d+)?(ms|s|sec|secs|min|mins|h|hr|hrs|d|wk|wks|mo|mos|yr|yrs|tb|gb|mb|kb)$/;
const UNIT_WORDS: Record<string, string> = {
  ms: 'milliseconds', s: 'seconds', sec: 'seconds', secs: 'seconds', min: 'minutes', mins: 'minutes', h: 'hours', hr: 'hours', hrs: 'hours',
  d: 'days', wk: 'weeks', wks: 'weeks', mo: 'months', mos: 'months', yr: 'years', yrs: 'years', tb: 'terabytes', gb: 'gigabytes', mb: 'megabytes', kb: 'kilobytes',
};

// Thousands stay as written: case phrases use "thousands" for "too many to score" ("re-ranker over
// thousands"), which "top 1k" is not.
const SCALE_SUFFIX = /^\d+(?:[.,]\d+)?(M|MM|mm|B|b|bn|BN)$/;
const SCALE_WORDS: Record<string, string> = { M: 'million', MM: 'million', mm: 'million', B: 'billion', b: 'billion', bn: 'billion', BN: 'billion' };

const THRESHOLD_NAMES = new Set(['t', 'thr', 'thresh', 'threshold', 'tau', 'theta']);

function stemsOf(word: string): string[] | undefined {
  const phrase = ABBREVIATIONS[word];
  return phrase === undefined ? undefined : stemsOfPhrase(phrase);
}

// A lowercase p, then a capital: "pReg", "pNoShow", "pCVR"; not "pH" or a word such as "pre".
const PROBABILITY_OF = /^p([A-Z](?:[a-z]{2,}|[A-Z]{1,4})(?:[A-Z][a-z]+)*)$/;

/** Adds what each abbreviation stands for to the analysis's index, at the abbreviation's position. */
export function expandAbbreviations(analysis: Analysis): void {
  const { tokens, index } = analysis;
  for (let i = 0; i < tokens.length; i++) {
    let stems = stemsOf(tokens[i]!.word);
    // item2vec, listing2vec, node2vec: a word2vec-style embedding of the thing named.
    if (tokens[i]!.word.endsWith('2vec')) stems = [...(stems ?? []), ...stemsOfPhrase('word2vec embedding')];
    // "re-train", "re-rank": the word as one (the tokenizer split it at the hyphen).
    if (i > 0 && tokens[i - 1]!.word === 're' && analysis.text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '-') stems = [...(stems ?? []), stem(`re${tokens[i]!.word}`)];
    // "pReg", "pClick", "pCVR": a probability of what follows the p, in the notation of CTR models.
    const probabilityOf = tokens[i]!.word.charCodeAt(0) === 112 /* p */ ? PROBABILITY_OF.exec(analysis.text.slice(tokens[i]!.start, tokens[i]!.end)) : null;
    if (probabilityOf && !ABBREVIATIONS[tokens[i]!.word]) {
      const rest = probabilityOf[1]!.toLowerCase();
      stems = [...(stems ?? []), ...stemsOfPhrase(`probability ${ABBREVIATIONS[rest] ?? rest}`)];
    }
    // "P@10", "R@100": precision and recall at a cut-off, not a probability.
    if ((tokens[i]!.word === 'p' || tokens[i]!.word === 'r') && /^@\s*(?:\d|k\b)/i.test(analysis.text.slice(tokens[i]!.end, tokens[i]!.end + 3))) stems = [...(stems ?? []), stem(tokens[i]!.word === 'p' ? 'precision' : 'recall')];
    // A number with its unit attached reads as the unit too: "72h" is hours, "6mo" months.
    const attached = UNIT_SUFFIX.exec(tokens[i]!.word);
    // ...and its number is there too: "~75d" is "75 days".
    if (attached) stems = [...(stems ?? []), ...stemsOfPhrase(UNIT_WORDS[attached[1]!]!), tokens[i]!.word.slice(0, -attached[1]!.length), stem('anynumber')];
    // "1B members", "400M DAU": the scale as a word. A lowercase "m" is as often minutes ("15m window").
    const scaled = SCALE_SUFFIX.exec(analysis.text.slice(tokens[i]!.start, tokens[i]!.end));
    if (scaled) stems = [...(stems ?? []), stem(SCALE_WORDS[scaled[1]!]!)];
    if (i > 0 && CADENCE_UNITS[tokens[i]!.word] && RETRAINED.has(tokens[i - 1]!.word) && tokens[i - 1]!.sentence === tokens[i]!.sentence) stems = [...(stems ?? []), stem('retrain')];
    // A cadence is "every" its unit ("retrain daily" as "retrain every day"), and "hourly incremental"
    // in a note is incremental updates at that cadence.
    const every = CADENCE_UNITS[tokens[i]!.word];
    if (every) stems = [...(stems ?? []), stem(every)];
    // ...and "once a month", "every week", "each night" is that cadence: "monthly", "weekly", "nightly".
    const cadence = ADVERB_OF_UNIT[tokens[i]!.word];
    if (cadence && i > 0 && ONCE_PER.has(tokens[i - 1]!.word) && tokens[i - 1]!.sentence === tokens[i]!.sentence) stems = [...(stems ?? []), stem(cadence)];
    if (tokens[i]!.word === 'incremental' && i > 0 && CADENCE_UNITS[tokens[i - 1]!.word] && tokens[i - 1]!.sentence === tokens[i]!.sentence) stems = [...(stems ?? []), ...stemsOfPhrase('updates')];
    // "reports/1M published", "clicks/1k imps": a rate per thousand or per million.
    const scale = /^1(k|m|mm|b|bn)$/.exec(tokens[i]!.word);
    if (scale && i > 0 && analysis.text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '/') stems = [...(stems ?? []), ...stemsOfPhrase(scale[1] === 'k' ? 'per thousand' : scale[1]!.startsWith('b') ? 'per billion' : 'per million')];
    const unit = PER_UNIT[tokens[i]!.word];
    if (unit && i > 0 && analysis.text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '/') stems = [...(stems ?? []), ...stemsOfPhrase(unit)];
    // "p>t_dec -> decline", "p > τ_hi": a score compared with a threshold.
    if (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence) {
      const before = analysis.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if ((/[<>≥≤]=?\s*$/.test(before) && THRESHOLD_NAMES.has(tokens[i]!.word)) || /[<>≥≤]=?\s*[τθ]_?$/.test(before)) stems = [...(stems ?? []), stem('threshold')];
    }
    // "zero-result % (base 5%)", "click->short-watch %": a rate, written as the sign after what it counts.
    if (!/^\d/.test(tokens[i]!.word) && /^ ?%(?!\w)/.test(analysis.text.slice(tokens[i]!.end, tokens[i]!.end + 3))) stems = [...(stems ?? []), stem('rate')];
    // Notation needs more than one character between the words: most pairs have a single space.
    if (i > 0 && tokens[i]!.start - tokens[i - 1]!.end > 1 && tokens[i - 1]!.sentence === tokens[i]!.sentence) {
      const before = analysis.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if (before.includes('||')) stems = [...(stems ?? []), ...stemsOfPhrase(PARALLEL)];
      else if (/(?:<=?|≤)\s*[~≈]?\s*$/.test(before) && /^\d/.test(tokens[i]!.word)) stems = [...(stems ?? []), ...stemsOfPhrase(LIMIT)];
    }
    if (!stems) continue;
    for (const s of stems) {
      const list = index.get(s);
      if (!list) index.set(s, [i]);
      else if (!list.includes(i)) {
        list.push(i);
        list.sort((a, b) => a - b);
      }
    }
  }
}

/** A number with its unit, as candidates write it: "1B", "20k QPS", "~150ms", "5 TB", "0.1%", "3x". */
export const QUANTITY = /^\d+(?:[.,]\d+)?(?:k|m|b|bn|mm|t|ms|s|sec|secs|min|mins|h|hr|hrs|d|tb|gb|mb|kb|pb|x|%)$/;
const UNITS = new Set(
  `ms milliseconds millisecond s sec secs second seconds min mins minute minutes hour hours hr hrs day days week weeks month
  months year years tb gb mb kb pb bytes qps rps tps dau mau users requests queries impressions clicks items videos ads
  listings posts events payments transactions images documents per percent x k m b bn million millions billion billions
  thousand thousands trillion cores gpus cpus machines servers replicas shards dims dimensions floats`.split(/\s+/),
);

/** Tokens that state a quantity: a number with a unit attached or right after it. */
export function isQuantityAt(analysis: Analysis, i: number): boolean {
  const t = analysis.tokens[i]!;
  if (!/^\d/.test(t.word)) return false;
  if (QUANTITY.test(t.word)) return true;
  const next = analysis.tokens[i + 1];
  return Boolean(next && next.sentence === t.sentence && UNITS.has(next.word));
}
