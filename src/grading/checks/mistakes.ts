import type { Case, StepId } from '../../cases/schema.js';
import { normalizeSpelling, type Analysis } from '../../text/analyze.js';
import { claimsNothing, isRejected, keyedToClaimNothing } from '../../text/negation.js';
import { gated, gatedTest, mayMatch, requiring } from '../../text/regex-gate.js';
import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * The shared library of mistakes interviewers fail people for, written once and applied to every
 * case where it fits. A mistake is read sentence by sentence on the normalised text ("don't" is
 * "do not"); a sentence that states one earns no credit, and the step is held low. A mistake that
 * is denied, contrasted or criticised where it is said ("rather than a random split", "accuracy is
 * misleading here") does not count.
 */
export interface Mistake {
  id: string;
  /** What the interviewer hears, as the flag says it. */
  description: string;
  /** How an interviewer pushes back when they hear it, in a mock. */
  challenge: string;
  /** A cheap test every sentence that states the mistake passes; the patterns run only where it does. */
  needs: RegExp;
  /** Any of these in one sentence states the mistake. */
  patterns: RegExp[];
  /** ...unless the same sentence also says one of these. */
  unless?: RegExp;
  /**
   * ...read only this many characters either side of the pattern's `leak` group (or its match), and
   * not inside a short quoted name such as the "not interested" button: for a feature list where one
   * item is point-in-time and another is not ("past violations as of post time, plus the post's
   * appeal outcome as features").
   */
  unlessNear?: number;
  /** ...or the answer says this anywhere: a slow full retrain beside a weekly fine-tune is a plan, not a mistake. */
  clearedByAnswer?: RegExp;
  /** ...or the next sentence demotes it: "rank ... by P(open). It beats FCFS but still optimises opens: a stepping stone." */
  clearedByNext?: RegExp;
  /** Where the phrase sits, so that negation and contrast can be checked there. Omit when the pattern already holds its negation. */
  trigger?: RegExp;
  /** Cases where it is not a mistake. */
  exempt?: (c: Case) => boolean;
  /**
   * A slip a mid-level answer makes, not one that sinks the step: it costs what a red flag does,
   * never taking the step below the mistake cap, where the cap would have held it.
   */
  slip?: boolean;
  steps?: StepId[];
}

const stillImagery = (c: Case) => /imagery|street view/i.test(`${c.tags.domain} ${c.title}`);
// Knowledge that moves reaches a retrieval-augmented system through its index, not its weights:
// re-training its encoders every few months is a sound cadence there.
const answersFromAnIndex = (c: Case) => /retrieval-augmented/i.test(c.tags.task);
// Detection, classification of each item, and the causal notification policy score what arrives, not a catalogue per request.
const servesACatalogue = (c: Case) => !/object detection|multi-label classification|imbalanced|causal ranking/i.test(c.tags.task);

// Most leaks are read in a sentence that names its inputs, with no word of labels or targets
// before the leak ("feats: ..., the watch time after this click; label = 30s watch"): the sentence
// opening and the inputs' anchor, written once.
// An arrow after the inputs leads to what they predict: "(anchor, candidate, position) → click, booked_within_7d".
// "multi-label clf" names a kind of classifier, not a label.
const NO_LABEL_WORD = String.raw`(?!\b(?:learns?|learnt|learned|predicts?|predicting|(?<!multi-)labels?|relabel\w*|targets?|objective)\b|→|->|=>)[^.]`;
// A label named in an earlier clause does not cover the next: "multi-task DNN predicting comment, share; inputs incl. ...".
// "... outbound click. + the result's attributed purchase count ... as a reranker feature": a "+" after a full
// stop adds a note's next item, which is read as a sentence of its own.
const BEFORE_LEAK = `^(?:[^.]*?(?:;|,\\s*(?=(?:feats?|features?|inputs?)\\s*[:=])|(?:->|→|=>)\\s*(?=(?:(?:re-?)?ranker\\s+|model\\s+)?(?:feats?|features?|inputs?)\\b))|[^]*?\\.\\s+\\+\\s+)?(?:${NO_LABEL_WORD})*?`;
// "Ranker: GBDT over BM25 score, ...", "the re-ranker also takes ...", "verifier for borderline boxes takes ...",
// "GBDT per candidate w/ type, ..." ("w/" is
// read as "w"): a model named with what it reads.
// "Feature drift" or "feature store" names no input.
const NOT_AN_INPUT = String.raw`(?!\s+(?:drift|store|freshness|importance|pipeline|coverage|parity|skew|distributions?|nulls?|flags?|logging|monitoring)\b)`;
// A ranker's list does not reach across a semicolon: "Ranker: GBDT over ...; post-click watch time is the label, not an input".
const INPUTS_THEN =
  String.raw`(?:\b(?:features?|feats?|inputs?|in(?=\s*[:=])|predictors?)\b${NOT_AN_INPUT}(?:${NO_LABEL_WORD}){0,140}?` +
  String.raw`|\bp\([^()]{1,40}\)\s+(?:from|using|on)\b(?:(?!;)${NO_LABEL_WORD}){0,140}?` +
  String.raw`|\b(?:(?:re-?)?ranker|gbdt|gbm|lambdamart|classifier|clf|mlp|heads|verifier|scorer)(?:\s+v\d+|\s+first|\s+baseline)?(?:\s+on top of (?:the )?[\w-]+)?(?:\s+for\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:also\s+)?(?:takes|uses|sees|consumes)\b))?(?:\s*\([^()]{0,40}\))?(?:\s*:|\s+(?:also\s+)?(?:over|takes|uses|sees|consumes)\b|(?:\s+per\s+[\w-]+)?\s+(?:on|w)\b)(?:(?!;)${NO_LABEL_WORD}){0,140}?` +
  // "upload-time model: post text, image/video embeddings, author history, ..."
  String.raw`|\bmodel\s*:(?!\**\s*p\()(?:(?!;)${NO_LABEL_WORD}){0,140}?` +
  // "routed by a model trained on past panos using detector conf, region and ..."
  String.raw`|\b(?:model|classifier|clf|(?:re-?)?ranker|gbdt|gbm|net|network)\b(?:(?:\s*\([^()]{0,40}\))?(?:\s+(?:trained|built|fit|fitted|learned|learnt)\s+on\s+[^.;]{0,30}?)?\s+(?:that\s+|which\s+)?(?:using|uses)|(?:(?![,;])${NO_LABEL_WORD}){0,60}?,\s+using)\b(?:(?!;)${NO_LABEL_WORD}){0,140}?)\b`;
// "pano has a "report a problem" hit": a report filed on the item after it was published.
const ITEM_GOT_A_REPORT = String.raw`(?<leak>(?:pano|panorama|image|photo|post|listing|video|item)s?\s+(?:has|had|got|gets|received)\s+(?:an?\s+|any\s+)?(?:"[^"]{0,30}"\s+)?(?:(?:user|customer|viewer)\s+)?(?:hits?|reports?|flags?|complaints?|tickets?))\b`;
// Reports filed on the very item, as an input.
const REPORTS_ON_THE_ITEM = String.raw`(?<leak>(?:(?:#|\bnumber of|\bcount of|\bnum\b|\bn\b)\s*(?:of\s+)?(?:user\s+)?(?:["'‘“][^"'’”]{1,30}["'’”]\s+)?(?:reports?|complaints?|flags?|hits|tickets?|appeals?|disputes?)\b[^.;]{0,30}|\b(?:user\s+)?(?:report|complaint|flag|appeal|dispute)s?\s+counts?\s+)\b(?:(?:on|for|against|about) (?:that|this|the|each) (?:panorama|pano|post|item|video|listing|ad|image|photo|upload|transaction|payment|pin)|(?:near|around|at) (?:that|this|the|each) (?:location|spot|place|panorama|pano)))\b`;
// A moment in the sentence, before, in or after the leak, that makes a report count a leak (asked once the leak is
// found, not at every position): the upload-time
// model, a final or total count, the labelled set, a panorama's detector, the post's removal or appeal.
const LEAKING_MOMENT = String.raw`\b(?:upload\w*|300\s?ms|final|total|ended up|labell?ed (?:set|posts?|data)|training (?:set|data|time)|historical|by the time|panoramas?|panos?|detector|blur\w*|appeal\w*|remov\w*|first \d+\s?(?:h|hrs?|hours?|days?))\b`;
const SAID_WHEN_IT_LEAKS = String.raw`(?:(?<=${LEAKING_MOMENT}[^.]*)|(?=[^.]*${LEAKING_MOMENT}))`;
/** The leak as the sentence states it, with no label word before it. */
const leakStated = (rest: string) => requiring(new RegExp(BEFORE_LEAK + rest, 'd'), new RegExp(rest));
/** The leak after the sentence names its inputs, with no label word before it. */
const leakAfterInputs = (rest: string) => requiring(new RegExp(BEFORE_LEAK + INPUTS_THEN + rest, 'd'), new RegExp(rest));

// Mistakes read in several ways (a leak stated item by item or as a snapshot; the catalogue scored
// whole or its retrieval stage dropped) say the same thing to the candidate.
export const LEAKAGE = {
  description: 'A feature only known after the outcome, or computed from today’s data for past examples (leakage)',
  challenge: 'When is that feature known, relative to the moment you predict? What does it look like at serving time?',
};
const WHOLE_CATALOGUE = {
  description: 'Scoring the whole catalogue with a heavy model on every request, with no cheap retrieval stage',
  challenge: 'How many items would that model score per request, and does it fit the latency budget? What would you put in front of it?',
};

// Clicks taken as relevance: read as a loose claim, or as the mapping spelt out both ways.
const CLICKS_AS_RELEVANCE: Pick<Mistake, 'description' | 'challenge' | 'needs' | 'steps' | 'exempt' | 'slip'> = {
  description: 'Logged clicks taken as relevance labels as they are, with no correction for the position they were shown in',
  challenge: 'Results at the top get clicked because they are at the top. How would your labels tell a relevant result from a well-placed one?',
  needs: /click|\bctr\b|\bpos(?:ition)?\s*(?:1|one)\b|\btop (?:result|slot|position)/,
  steps: ['framing', 'data', 'model', 'evaluation'],
  slip: true,
  exempt: (c) => !/retriev|rank|search|recommend|similar|link prediction/i.test(c.tags.task) || /click-through|causal/i.test(c.tags.task),
};

// What clears a leak of today's values into past examples, read near the leak ("since today's graph
// contains friendships the suggestion itself caused" explains it).
const SNAPSHOT_CLEARED = /\b(as of(?! (?:the )?(?:today|now|training time|training (?:snapshot|dump|export|build|run)|build time))|point[- ]in[- ]time|(?:would|could) (?:already )?(?:mark|show|flag|include|contain|reflect|know|reveal|list)|already (?:contains?|includes?|holds?|has|shows?|reflects?|knows?|marks?|reveals?)|(?:the|that) (?:very )?(?:suggestions?|impressions?|recommendations?|push(?:es)?|sends?|ads?|searche?s?) (?:(?:itself|themselves)\b|(?:caused|created|produced|drove|triggered))|(?:shows?|marks?|lists?)\b[^.;]{0,60}\bas (?:taken|booked|unavailable|sold out|blocked)|(?:shows?|marks?|lists?)\b[^.;]{0,40}\b(?:got|get|gets|were|was|have been|had been) (?:booked|taken|sold|filled)\b|(?:guests?|users?|buyers?|shoppers?|they) went on\b|(?:caused|created|produced|driven|triggered|prompted) by (?:the (?:very|same) [\w-]+|the [\w-]+ (?:we'?re|we are|being|itself)\b)|at the time of|as (?:it|they) (?:was|were)|snapshotted|(?<!\b(?:(?:txns?|transactions?|payments?|orders?|purchases?|auths?) (?:made|placed|done|happening|that happened|occurring|dated)|is|are|was|were) )before the|prior to|up to|so far|leak\w*|(?<!\b(?:paused|deleted|private|incognito|bot|spam|test|internal)(?:\/[\w-]+)?(?:\s+[\w-]+)?\s+)exclu(?:de|ding|sion)\w*(?!\s+(?:the\s+)?(?:paused|deleted|private|incognito|bot|spam|test|internal)\b)|never|not(?!\s+(?:paused|deleted|private|incognito)\b)|serving|at request|request time|(?:view|impression|send|search|query|decision|prediction|scoring|upload|click|auth\w*|session|booking|request|serve|serving) time|online)\b/;

export const MISTAKES: Mistake[] = [
  {
    id: 'accuracy-headline',
    challenge: 'Positives are a small share of the data here. What does a high accuracy tell you, and which metric would you report instead?',
    needs: /accuracy/,
    description: 'Accuracy as the headline metric, on data where one class dominates',
    patterns: [/(?<!["“‘'])\baccuracy\b(?!["”’'])[^.]{0,60}\b(main|primary|headline|key|north star|target|success|metric|kpi|goal|optimi[sz]\w*|maximi[sz]\w*|measure|report|track)\b|\b(main|primary|headline|key|north star|target|success|optimi[sz]e|maximi[sz]e|measure|report|track|use|pick|picked|choose|chose|chosen|select|selected|went with|opted for|evaluate (on|by|with)|judge (on|by))\b[^.]{0,40}(?<!["“‘'])\baccuracy\b(?!["”’'])|(?<!["“‘'])\baccuracy\b(?!["”’'])[^.]{0,30}\d+([.․]\d+)?\s*%|\d+([.․]\d+)?\s*%[^.]{0,30}(?<!["“‘'])\baccuracy\b(?!["”’'])/],
    // "a model that never predicts a click already gets 99% accuracy": the trap named.
    // "Normalised entropy (log loss ÷ entropy of the base CTR): the primary accuracy metric": accuracy in the loose sense, named.
    // "seed known gold items into reviewer queues to track accuracy and κ": the reviewers' accuracy, not the model's.
    unless: /\b((?:reviewers?|raters?|annotators?|labell?ers?|moderators?|gold (?:items?|questions?|tasks?))\b[^.;]{0,60}\baccuracy\b|(?:never|always|only)\s+predicts?\b[^.;]{0,40}\balready\s+(?:gets?|scores?|has|achieves?|reaches|hits)\s+(?:~\s*)?\d+(?:[.․]\d+)?\s*%\s*accuracy\b|(?:log[- ]?loss|normali[sz]ed (?:cross[- ])?entropy|ne|auc|pr[- ]auc|ndcg|brier|calibration)\b[^.;]{0,80}\b(?:primary|main|headline|key) accuracy (?:metric|measure)|(?:primary|main|headline|key) accuracy (?:metric|measure)\s*(?:is|=|:)\s*(?:log[- ]?loss|normali[sz]ed|ne|auc|pr[- ]auc|ndcg|brier)\b|accuracy (?:would|will|could|'d) be [^.;]{0,40}\b(?:with|on|from) (?:zero|no|0) (?:detections?|boxes|positives?|flags?|predictions?|catches|blurs?)\b|accuracy (?:would|will|could|'d) be [^.;]{0,40}\b(?:by|just|simply) (?:predicting|always|calling|saying|labell?ing|flagging|approving|accepting|allowing|passing|letting|declining|blocking|removing|blurring)|accuracy (?:would|will|could|'d) be [^.;]{0,40}\b(?:for|from|with) (?:a |the |any )?(?:model|classifier|baseline|dummy|trivial (?:model|classifier)) (?:that|which) (?:just |simply |always )?(?:predicts?|calls?|says?|labels?|flags?|approves?|returns?|outputs?)\b|even (?:when|if|though) (?:[\w-]+ ){0,4}?(?:is |are |gets? |get )?(?:missed|miss(?:es|ing)?|wrong|fail(?:s|ing)?)\b|accuracy\b[^.;]{0,30}\b(?:is|are)\s+not\s+(?:the|a|our)\s+(?:[\w-]+\s+)?(?:metric|target|goal|kpi|headline|criterion)\b|(?:almost|nearly)\s+(?:every|all)\s+(?:pixels?|tiles?|images?|transactions?|impressions?|examples?|posts?)\s+(?:is|are)\s+(?:background|negative|legit\w*|clean|empty|benign)\b|(?:separately|apart) from (?:the )?(?:overall |plain |raw )?accuracy|(?:raise|raises|lift|lifts|improve|improves) accuracy (?:and|while|but)|recall|accuracy (?:against|vs|versus|compared (?:to|with)) (?:the )?(?:actual|real|observed|true|eventual|delayed|reali[sz]ed)|says? little|tells? (us )?(little|nothing)|not enough|accuracy\W+(?:and|&)\W+calibration|calibration (?:and|&) accuracy|top[- ]?\d+|top[- ]?k|@\s*\d+|label\w* accuracy|accuracy of (the )?(labels?|raters?|reviewers?|annotat\w*|labelers?)|(rater|reviewer|annotator|moderator|reporter|flagger|labell?er|user|author|source)(?:'s|s'|s)? (?:(?:past|historical|historic|prior|own|track[- ]record) )?(accuracy|agreement|quality|consistency|errors?)|balanced accuracy|graded|grading|(answer|answers|response|responses|factual|citation|selective) accuracy|accuracy (of|on) (the )?(answers?|answered(?: questions| queries)?|responses?|citations?)|location|geo\w*|ocr|box|timestamp|imbalanc\w*|(?:finds|predicts|flags|detects|returns|catches|says|blurs|approves|marks|labels) (?:nothing|none|everything|all)|always (?:predicts|says|guesses|outputs) |always (?:predicting|saying|guessing|outputting|calling|labell?ing|flagging|answering)|misleading|useless|meaningless|trivial(?:ly)?|hides?|hid|hiding|masks?|masking|obscures?|inflat\w*|trap|rare|speed|latency|throughput|compute|kappa|cohen\w*|doing nothing|accuracy (?:would|will|could) (?:look|seem|appear))\b/,
    trigger: /^accuracy$/,
  },
  {
    id: 'random-split',
    challenge: 'Your examples are ordered in time. What goes wrong with a random split, and how would you split instead?',
    needs: /random|shuffl|fold/,
    description: 'A random or shuffled split of time-ordered data, which tests on the past with the future in training',
    patterns: [
      // Not "random crops, colour jitter ..., and split the data": an augmentation, not a split.
      /\b(random|randomly|shuffle|shuffled|shuffling)\b(?!\s+(?:resized\s+)?(?:crops?|cropping|flips?|flipping|erasing|rotations?|resiz\w*|augment\w*|jitter|noise|masks?|masking|cutout|scaling|brightness|horizontal|grayscale|greyscale))[^.]{0,50}\b(split|splits|train|test|validation|folds?|partition\w*)\b/,
      /\b(split|partition)\w*\b[^.]{0,40}\b(random|randomly|shuffle|shuffled|shuffling)\b(?!\s+(?:resized\s+)?(?:crops?|cropping|flips?|flipping|erasing|rotations?|resiz\w*|augment\w*|jitter|noise|masks?|masking|cutout|scaling|brightness|horizontal|grayscale|greyscale))/,
      /\b(shuffle|shuffled|shuffling)\b[^.]{0,60}\b(hold(ing)? out|held out|test|eval\w*)\b|\b(hold(ing)? out|held out)\b[^.]{0,20}\ba random\b/,
      /\bk[- ]?fold\b/,
      // "randomly shuffle the 30 days of impressions into 80/10/10"
      /\b(random|randomly|shuffle|shuffled|shuffling)\b[^.;]{0,60}\binto\s+\d+\s*\/\s*\d+/,
      /\b(test|eval\w*|validation|holdout|hold[- ]out)( set| split)?\b[^.]{0,15}\b(random|randomly|shuffled)\b/,
      // "random 80/20 shuffle of the log rows"
      /\b(random|randomly|shuffled?)\s+\d+\s*\/\s*\d+\b|\b\d+\s*\/\s*\d+\s+(random|shuffled?|shuffling)\b/,
      // "randomly shuffle sessions 80/20 into train/test"
      /\b(?:random(?:ly)?\s+)?shuffl\w*\b[^.;]{0,30}\b\d{2}\s*\/\s*\d{2}\b[^.;]{0,20}\b(?:train|test|split|eval\w*|holdout|hold[- ]out)\b/,
    ],
    unless: /\b(time[- ]based|time[- ]split\w*|split by time|shuffl\w* (?:among|within|across|between) (?:the )?(?:top|positions?|slots?|candidates|results|ranks?)|randomi[sz]ed[- ](?:slice|bucket|traffic|ranking|order\w*)|(?:top|first) (?:\d+ )?(?:slots?|positions?|results?|ranks?) shuffled|random(?:ly)? sampl\w*(?: of [\w-]+)?,? (?:not|vs|versus|rather than|instead of)|random[- ]sampled?\b[^.;]{0,30}\b(?:gold|golden|labell?ed|reviewed|double[- ]reviewed|rated|annotated|audited)\b|random (?:gold|golden|labell?ed|reviewed|rated|annotated|audited|hand[- ]labell?ed) (?:sample|samples|set|slice)\b|random (?:sample|slice|draw|subset) of (?:the )?(?:new|fresh|incoming|recent|live|production|prod|latest|future|today'?s|this week'?s|next)\b|natural (?:rate|distribution|prevalence|mix)|by time|temporal|chronolog\w*|by date|out of time|(?<!\bstratified )(by|per) (user|guest|viewer|member|account|card|session)s?|(users|guests|viewers|people|traffic|members|accounts) (at random|randomly)|(random|test|control|treatment|experiment\w*|user|two|ab) groups?|groups? (at random|randomly)|grouped by|traffic|ab|experiments?|control|treatment|arms?|buckets?|cohorts?|grouped|leak\w*|future|flatter\w*|tomorrow'?s?|(random|shuffled) splits? (?:of (?:the )?[\w-]+ )?(put|puts|leak|leaks|let|lets|mix|mixes|would|inflate|inflates|overstate|overstates)|decisions|exploration|explore|holdouts?|uplift|randomi[sz]ed (sends|decisions|delivery)|(view|impression|exposure|reach)[- ]weighted)\b/,
    unlessNear: 60,
    trigger: /^(random|randomly|shuffle|shuffled|shuffling|k|fold)$/,
    exempt: stillImagery,
  },
  {
    id: 'future-leakage',
    ...LEAKAGE,
    needs: /all (?:of the )?\d|later|eventual|subsequent|afterwards|ultimately|final|lifetime|total|current|today|to date|includes? the \d|so far|until now|up to now|till now|this (?:search )?session|calendar (?:day|week|month)|latest|present|up[- ]to[- ]date|whole|entire|full|daily|day'?s|includ|incl|cover|span|overlap|end(?:s|ed)? up|around|surround|either side|both sides|cent(?:re|er)ed on|\+-|±|\+\/-|end[- ]of[- ](?:day|week|month)|(?:that|same) day|date of|same \d+[- ]?(?:day|d|week|wk|month)|same (?:log )?(?:window|period)/,
    patterns: [
      // "Spam signals: requests from accounts later banned" names what a monitor watches, not a model's input.
      new RegExp(String.raw`\b(features?|feats?|inputs?|(?<!\b(?:spam|abuse|health|integrity|warning|alert|alarm|drift|guardrail)\s)signals?|predictors?)\b${NOT_AN_INPUT}(?:(?!\bheads? (?:for|predicting|on)\b|\band (?:watch|track|monitor|alert on|check)\b)[^.]){0,80}\b((?<!\bfor )later(?!\s+join)|eventually|subsequently|(?<!\band )afterwards|after the fact|ultimately|final(?!\s+(?:score|scores|scoring|rank\w*|list|layer|stage|model|output|prediction|blend|step|answer|decision|sort|order))|lifetime|total)\b[^.]{0,40}\b(chargebacks?|refunds?|disputes?|reports?|reported|clicks?|clicked|purchases?|bought|watched|views|likes|bookings?|booked|conversions?|converted|removed|banned|accepted|outcomes?|fraud|tickets?|sold|sales|sell[- ]through|registrations?|attendance)\b`),
      // "train on wks 1-8, test on wk 9. query-video CTR features computed from all 9 wks of logs": the test weeks inside the features
      /\b(?:features?|feats?|stats?|aggregates?|ctrs?|rates?)\b[^.;]{0,40}\b(?:(?:computed|calculated|built|aggregated|counted)\s+(?:from|over|on|across)|from)\s+(?:all|all of the|the (?:full|whole|entire))\s+(?:\d+|eight|nine|ten|twelve)\s*(?:d|wks?|weeks?|days?|months?|mos?)\s+(?:of\s+)?(?:logs?|data|history|traffic)\b/,
      // "Posts keep collecting for ~2 days, so take the final counts for training"
      /\b(?:take|use|pull|grab|read|keep)\s+(?:the\s+)?(?:final|eventual|lifetime|end[- ]state|settled)\s+(?:[\w-]+\s+)?(?:counts?|totals?|numbers|values|tallies|stats)\s+(?:for|in|when)\s+(?:the\s+)?(?:training|train)\b/,
      /\b(join|attach|add)\w*\b[^.]{0,60}\b(final|eventual|lifetime|end[- ]of[- ](day|week|month|event))\b[^.]{0,30}\b(tickets?|sold|sales|sell[- ]through|registrations?|attendance|views|likes|clicks|bookings|purchases|totals?|counts?)\b/,
      /\b(over|across|from) the (full|whole|entire)\b[^.]{0,40}\b(logs?|table|window|period|dataset|data|history|lake|warehouse|day|week|month)\b[^.]{0,60}\b(join\w*|attach\w*|onto)\b[^.]{0,30}\b(every|each|all)\b/,
      /\b(totals?|counts?|aggregates?|sums?|ctr|rates?)\b[^.]{0,30}\b(for the (whole |entire |full )?(calendar )?day|of the day|end[- ]of[- ]day)\b[^.]{0,80}\b(onto|to)\b[^.]{0,20}\b(every|each|all)\b[^.]{0,30}\b(from|of|on) (that|the same) day\b/,
      /\b(train\w*|backfill\w*|recompute\w*|rebuil\w*)\b[^.;]{0,60}\b(that|the same|each) day'?s (totals?|counts?|aggregates?|sums?)\b/,
      /\b(that|the same|each) day'?s (full |whole |entire |complete )?([\w-]+ )?(logs?|data|clicks|events|table|counts?|totals?|partitions?|batch|snapshot|txns|transactions|impressions|sessions|records)\b[^.]{0,60}\b(join\w*|attach\w*|onto)\b/,
      // "for training we just use the nightly batch per-card daily totals, joined on card id + date": the day's later events too
      /\b(train\w*|backfill\w*|offline)\b[^.;]{0,60}\b(daily|per[- ]day|end[- ]of[- ]day|day[- ]level)\s+(totals?|counts?|aggregates?|sums?|stats)\b[^.;]{0,20}\bjoin\w*\s+on\b[^.;]{0,30}\b(date|day)\b/,
      // "open rate for this type that day (computed end of day by the Spark job)": the rest of the day rides along
      /\b(?:rates?|counts?|ctr|totals?|averages?|avg|sessions)\b[^.;]{0,40}\b(?:that|the same) day\b[^.;]{0,10}\(?\s*(?:computed|calculated|aggregated|built|rolled up)\s+(?:at\s+)?(?:the\s+)?end[- ]of[- ](?:the\s+)?day\b/,
      // "# ranked pushes the user got that day (end-of-day count from the send logs)"
      /\b(?:that|the same) day\b[^.;]{0,10}\(\s*(?:end[- ]of[- ]day|eod|nightly|daily)\s+(?:counts?|totals?|tall(?:y|ies)|aggregates?|rollups?)\b/,
      // "ad CTR feat: that day's clicks/impressions for the ad from the daily aggregate table"
      /\b(?:that|the same) day'?s\s+[^.;]{0,60}\bfrom (?:the )?(?:daily|end[- ]of[- ]day|nightly) (?:aggregates?|rollups?|summary|totals?|batch)\b/,
      // "feats: CTR and avg watch-after-click aggregated over all the logs, current session included"
      /\b(?:feats?|features?|inputs?)\b[^.;]{0,120}\b(?:current|this|the same) (?:session|search|query|impression|day)s? (?:included|incl\b|too)/,
      // "result's save count incl. saves made in this search session"
      /\b(?:counts?|ctr|rates?|totals?|stats|popularity)\b[^.;]{0,30}\b(?:incl|including|plus)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:made|from|in|during|logged in)\s+(?:this|the same|the current|that)\s+(?:search\s+|query\s+|browsing\s+)?(?:session|search|query|impression|visit)\b/,
      // "pair feats ... counted over all logs to date": every past example counted up to today
      /\b(?:features?|feats?|counts?|counted|rates?|ctr|stats|totals?|aggregat\w*)\b[^.;]{0,120}\b(?:counted|computed|aggregated|summed|taken|calculated)\s+(?:over|across|from|on)\s+(?:all|the whole|the full|the entire)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:logs?|history|data|events|tables?)\s+(?:to date|so far|up to now|until now|through today|till now)\b/,
      // "friends going = count of visible friend RSVPs for the event from the final RSVP table"
      /\b(?:counts?|#|number|num|totals?|features?|feats?)\b[^.;]{0,60}\bfrom\s+(?:the\s+)?(?:final|eventual|closed|post[- ]event|completed)\s+(?:rsvp|registration|attendance|guest|attendee|ticket|sales|booking|order)s?\s+(?:table|list|log|export|snapshot|dump)s?\b/,
      // "join each historical auth to the card's chargeback count in the current data lake"
      /\b(join|joins|joined|joining|attach\w*)\b[^.;]{0,20}\b(each|every|all|old|past|historical)\b[^.;]{0,60}\b(in|from|off)\s+(the\s+)?(current|today'?s|latest|live)\s+(data\s+lake|lake|table|warehouse|snapshot|state)\b/,
      // "training rows = send logs joined to the user's current per-type settings": today's state on past rows
      /\b(?:training|train|send|past|historical|logged|old)\s+(?:rows|examples|logs|data|impressions|sends|events)\b[^.;]{0,40}\bjoin\w*\s+(?:to|on|onto|with)\s+(?:the\s+)?(?:[\w']+\s+)?(?:current|today'?s|latest|live)\s+(?:[\w-]+\s+){0,2}?(?:settings|permissions?|preferences|state|status|profiles?|graph|tables?|values?|counts?)\b/,
      // "sessions_today from the daily session rollup (whole local day)"
      /\b(sessions?|clicks?|opens?|events?|visits?)[ _]today\b[^.;]{0,50}\b(whole|full|entire) (local |calendar )?day\b/,
      // "sessions_today from the daily Spark aggregate, joined on (user, date of send)": the day's count, the example's own session in it
      /\b(sessions?|clicks?|opens?|events?|visits?|views?|purchases?)[ _]today\b[^.;]{0,60}\b(daily|nightly)\b[^.;]{0,40}\bjoined on\b[^.;]{0,30}\b(date|day)\b/,
      // "# sessions that day, ... -- from the nightly session table, joined on user+date to each send"
      /\b(sessions?|clicks?|opens?|events?|counts?|views?|purchases?|visits?|txns?|transactions?|videos?|items?|posts?|watched|viewed|clicked|bought)\b[^.;]{0,25}\b(that|the same) (local |calendar )?day\b[^.;]{0,80}\b(joined|join|joins|attached)\b[^.;]{0,30}\b(to|onto|on)\s+(each|every|all)\b/,
      // "aggregated over all logs, incl the same day's sessions we take the labels from"
      /\b(features?|feats?|ctr|rates?|counts?|stats|aggregat\w*)\b[^.;]{0,100}\b(incl\.?|including|plus|with)\s+(the\s+)?(same|very)\s+(day'?s\s+)?(sessions?|logs?|searches|queries|impressions|rows|events|clicks|data)\s+(that\s+|which\s+)?(we\s+)?(take|took|draw|drew|get|derive|use|used|build|compute)\w*\s+(the\s+|our\s+)?labels?\b/,
      /\b(features?|feats?|counts?|rates?|ctr|stats)\b[^.;]{0,60}\b(counted|computed|aggregated|summed|taken)\s+(over|across|from)\s+(the\s+)?(whole|full|entire|complete)\s+([\w-]+\s+){0,2}?(logs?|log dump|dump|history|dataset|data|table)\b/,
      /\b(for|over|across) the (whole|full|entire) (calendar )?(day|week|month)\b[^.]{0,80}\b(join\w*|attach\w*|onto)\b[^.]{0,40}\b(that|the same) (day|week|month)'?s?\b/,
      // "computed from the whole day's impressions/clicks ... and joined onto that day's training rows"
      /\b(whole|full|entire|complete) day'?s\b[^.;]{0,60}\b(join\w*|attach\w*|onto)\b[^.;]{0,20}\b(that|the same|each|that same|this same) day'?s?\b/,
      /\b(end[- ]of[- ]day|daily) (totals?|counts?|aggregates?)\b[^.]{0,60}\b(join\w*|attach\w*|onto)\b[^.]{0,30}\b(every|each|all)\b[^.]{0,20}\b(transactions?|payments?|rows?|events?|impressions?|requests?|sessions?)\b[^.]{0,20}\b(that|the same) day\b/,
      /\b(later|eventually|subsequently|afterwards|ultimately)\b[^.]{0,40}\b(chargebacks?|refunds?|disputes?|reported|clicked|bought|watched|booked|converted|removed|banned|accepted)\b[^.]{0,60}\b(as|a|an)\s+(features?|inputs?|signals?|predictors?)\b/,
      /\b(current|today'?s|latest|present[- ]day|up[- ]to[- ]date)\b[^.]{0,40}\b(values?|counts?|stats|statistics|snapshot|features?|feats|popularity|ctr|profiles?|aggregates?)\b[^.]{0,60}\b(past|historical|old|older|all)\b[^.]{0,30}\b(examples|rows|data|impressions|events|transactions|samples|training)\b/,
      /\b(total|lifetime|final)\b[^.]{0,30}\b(views?|view count|likes?|like ratio|clicks?|watch time|bookings?|purchases?|registrations?|reports?)\b[^.]{0,60}\b(read|taken|pulled|looked up|joined|from)\b[^.]{0,30}\b(current|today'?s|latest|live)\b/,
      // "engagement feats aggregated over all search logs incl. the training period": the examples' own window inside their features
      /\b(?:features?|feats?|ctr|rates?|counts?|stats|aggregat\w*)\b[^.;]{0,120}\b(?:incl\.?|including|inclusive of|covering|spanning|overlapping)\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:training|train|label(?:l?ing)?)\s+(?:period|window|range|days|weeks|months|data|set)\b/,
      // "historical CTR ... computed over the same 90-day log window the training examples are sampled from"
      /\b(?:features?|feats?|ctr|rates?|counts?|stats|aggregat\w*|watch time)\b[^.;]{0,120}\b(?:computed|aggregated|calculated|built|taken)\s+(?:over|from|on|across)\s+(?:the\s+)?same\s+(?:\d+[- ]?(?:day|d|week|wk|month)s?\s+)?(?:log\s+|logs\s+)?(?:window|period|range|logs?|data)\b[^.;]{0,20}\b(?:training|train)\s+(?:examples|rows|data|labels|set)\b/,
      // "session features: queries, clicks and add-to-carts from the whole session this search belongs to"
      /\b(?:session\s+)?(?:features?|feats?|inputs?)\b[^.;]{0,120}\bfrom\s+the\s+(?:whole|entire|full)\s+session\b(?!\s+(?:before|up to|until|prior))/,
      // "backfill it keyed by the date of the disputed txn": a chargeback counted from before it arrived
      /\b(?:backfill\w*|replay\w*|key(?:ed)?|index\w*|timestamp\w*|dated?)\b[^.;]{0,30}\bby (?:the )?(?:date|time|timestamp|day) of (?:the )?(?:disputed|fraudulent|original|underlying|charged[- ]back|reported|flagged)\s+(?:txns?|transactions?|payments?|posts?|events?|auths?|authori[sz]ations?)\b/,
      // "from the full 6-month aggregate, which includes those 2 wks": the test weeks inside the features
      /\b(aggregates?|window|history|counts?|totals?|features?|stats|rates?|embeddings?)\b[^.;]{0,60}\b(which|that) (?:already )?(includes?|covers?|spans?|overlaps?|contains?) (the |those |these )?(same )?(\d+\s?\w+ )?(test|eval\w*|held[- ]out|holdout|those|these|same|d\s?\+\s?\d+)(?![\w+])(?![^.;]{0,25}\blast (year|season|winter|summer)\b)/,
      // "bookings last 30d ... computed over a window that includes the 7 days after the session"
      /\b(?:window|period|range|aggregates?|counts?|feats?|features?)\b[^.;]{0,40}\b(?:that|which)\s+(?:already\s+)?(?:includes?|covers?|spans?|overlaps?)\s+(?:the\s+)?(?:\d+\s*(?:d|days?|h|hrs?|hours?|w|wks?|weeks?)\s+)?(?:after|following)\s+(?:the\s+|each\s+|that\s+)?(?:session|impression|send|search|click|request|query|transaction|event|view|visit)\b/,
      // "reaction count (final, once the post's ~2-day window closes)"
      /\b(?:features?|feats?|inputs?|in(?=:))\b[^.;]{0,120}\b(?:counts?|totals?|rates?|ctr|number|#)\s*\(\s*(?:the\s+)?(?:final|eventual|lifetime|all[- ]time|end[- ]state)\b/,
      // "total reactions the post ended up with"
      /\b(features?|feats?|inputs?|in(?=:)|predictors?|popularity)\b[^.]{0,120}\b(ended|ends|end) up (with|at|getting|receiving)\b/,
      // "sessions in the 24h window around the send (+-12h)"
      /\b(features?|feats?|inputs?|in(?=:)|predictors?|counted|computed|aggregated)\b[^.]{0,140}(\b(window|period|hours?|h|days?|minutes?|mins?)\b\s*(around|surrounding|either side of|on both sides of|cent(red|ered) on|spanning) (the |that |each |a )?(?:(?:moment|time|point|instant)s?\s+(?:when\s+)?(?:the\s+|a\s+|each\s+)?)?(send|impression|click|event|transaction|payment|auth\w*|request|search|query|post|booking|purchase|notification|push|suggestion)\b|\(\s*(\+-|±|\+\/-)\s*\d+\s*(h|hrs?|hours?|d|days?|min\w*)\s*\))/,
      /\b(read|taken|pulled|looked up|joined)\b[^.]{0,20}\b(from|off)\b[^.]{0,10}\b(the )?(current|today'?s|latest|live)\b[^.]{0,30}\b(table|snapshot|state|values?|counts?|stats)\b[^.]{0,40}\b(when we build|at (training|build) time|for (training|every row|all rows|past))/,
      // "recompute card txn count & distinct merchants for the whole calendar day in the nightly batch"
      /\b(recompute\w*|re-?comput\w*|backfill\w*|aggregat\w*|count\w*)\b[^.;]{0,60}\bfor the (whole|full|entire) (calendar )?(day|week|month)\b/,
      // "clicks/impressions over the whole day the impression happened in", "over the calendar day of the auth"
      // Not a snapshot taken that day: "computed on the graph snapshot from the day of the impression".
      /\b(over|across|for|during|(?<!\bsnapshot(?:s|\s+taken)?\s)from)\s+the\s+(whole\s+|full\s+|entire\s+)?(calendar\s+)?day\s+(of\s+the|the|that\s+the)\s+(impression|row|event|request|send|transaction|txn|auth\w*|payment|search|click|session|booking)\b/,
      // "booking count over the calendar month the session falls in": the rest of the month comes after it
      /\b(over|across|for|during)\s+the\s+(whole\s+|full\s+|entire\s+)?calendar\s+(week|month)\s+(of\s+the|the|that\s+the)\s+(impression|row|event|request|send|transaction|txn|auth\w*|payment|search|click|session|booking)\b/,
      // "listing CTR/CVR over the full 2-yr log": rates over a log that runs past each example
      /\b(ctr|cvr|rates?|counts?|stats|popularity)\b(?:\/\w+)?\s+(over|across|from|on)\s+(the\s+)?(whole|full|entire|complete)\s+(\d+[- ]?(yr|year|month|mo)s?\s+|[\w-]+\s+)?(logs?|history|dataset|data)\b(?![^.;]{0,40}\b(eval|test|held[- ]?out|holdout)\b)/,
      // "backfill author quality + integrity score from today's tables across the whole window"
      /\bbackfill\w*\b[^.;]{0,60}\b(from|using|with|off)\s+(today'?s|current|the current|latest|the latest|live)\s+(tables?|values?|snapshots?|state|scores?)\b/,
      // "sessions today, minutes in app today -- from the in-app logs for the same day as the send"
      /\b(features?|feats?|inputs?|in(?=:)|predictors?|sessions?|counts?)\b[^.;]{0,120}\b(for|from|on|over) the same (local |calendar )?day as the (send|push|notification|impression|request|search|query|session|transaction|txn|payment|click|event|auth\w*)\b/,
      // "query-video CTR and avg watch time, aggregated over all 5 weeks" (test on week 5)
      /\b(features?|feats?|ctr|rates?|counts?|stats|averages?|avg|watch time)\b[^.;]{0,60}\b(aggregated|computed|counted|averaged|calculated)\s+(over|across)\s+(all|the (whole|full|entire))\s+\d+\s+(weeks?|days?|months?)\b/,
      // "for training just do a nightly group-by card+date over the lake and join it on"
      /\bgroup[- ]?by\b[^.;]{0,20}\b(?:date|day)\b[^.;]{0,40}\bjoin\w*\b/,
      // "historical CTR aggregated over the same 28 days the training impressions come from"
      /\b(?:aggregated|computed|counted|averaged|calculated)\s+(?:over|across|from)\s+the\s+same\s+(?:\d+\s*)?(?:days?|weeks?|months?|window|period)\b[^.;]{0,40}\b(?:training|train|examples|impressions)\b/,
    ],
    // "...; later add a booking head" is a plan, not a feature from later; "fake accounts abuse the feature" is the product.
    // "today's count, which for past impressions includes sales made after the user saw it": the leak explained.
    // "when we re-score later, early engagement and reports": a later pass, fed what has come in by then.
    unless: /\b(as of(?! (?:the )?training[- ](?:data|set) (?:export|build|dump|pull)| (?:today|now|right now|the present|(?:the )?(?:current|latest) (?:snapshot|state|tables?|data|values?|totals?|counts?))\b)|relabel\w*|re-label\w*|re-?scor\w*|point[- ]in[- ]time|(?<!(?:decisions?|verdicts?|outcomes?|dispositions?) )so far|out of (?:the )?(?:[\w-]+ )?(?:inputs?|features?|feats|model)|at the time of|at prediction time|snapshot(?:ted|s)? (?:at|as of)|at (?:the )?(?:impression|request|send|serving|scoring|query|search|click|auth\w*|transaction|payment|upload) time|(?:up to|until|till) (?:the |each |that |its )?(?:impression|request|send|serving|scoring|query|search|click|auth\w*|transaction|payment|upload|session|view)(?:'s)? (?:time|moment|timestamp)|before the|prior to|leak\w*|exclu(?:de|ding|sion)\w*(?!\s+(?:the\s+)?(?:paused|deleted|private|incognito|bot|spam|test|internal)\b)|never|not|target|no (?:[\w-]+ )?(?:features?|feats?|inputs?|signals?|predictors?) (?:may|can|should|must|will|is allowed to|gets? to|uses?|sees?|knows?|reads?)|later,? (we )?(add|adding|switch|move|try|introduce|extend|swap|replace)|(?:added|get added|gets added|filled in|backfilled) later|(abuse|abuses|abused|abusing|misuse|misuses|spam|spams) the feature|includ(?:e|es|ing)\b[^.;]{0,40}\b(?:made|placed|sold|bought|booked|added|recorded|logged|happen\w*|occurr\w*)\s+after)\b/,
  },
  {
    // The same mistake read item by item in a feature list: an outcome of the very example, or a
    // value from after it, named as an input.
    id: 'outcome-as-input',
    ...LEAKAGE,
    needs: /dwell|velocity|source|repl(?:y|ies)|answer|response|resolution|once|all[- ]time|final|eventual|after|following|within|whether|logged|\bif\b|appeal|review|dispute|chargeback|full|whole|entire|purchas|booking|click|sale|save|watch|cart|incl|day of|next|subsequent|resulting|follow|downstream|post[- ]|report|complain|flag|hits|own|actual|annotat|rater|reviewer|labell?er|judge|attribution|total|lifetime|attendance|check(?:ed)?[- ]?in|show[- ]?up|turnout|same (?:session|search|query|impression|visit)|(?:that|same) (?:local |calendar )?day|(?:was|were|got|is)[ _](?:purchas|bought|book|click|convert|saved|report|charged|return)|_(?:booked|bought|purchas|click|convert|saved|report|opened|watched|charged|return|checked_in|check_?in|attended|attributed|to_|after_)|dwell|attributed|ranker|gbdt|gbm|lambdamart|classifier|clf|flag|survey|questionnaire|ever|later|disposition|finding|verdict|analyst|bounc|accidental|\bon the \w+ (?:date|day)\b|\bonce\b|training[- ](?:data|set)/,
    patterns: [
      // "results scored as returned, incl. the pin the crop came from": the query's own source among the answers;
      // "recall@20 on crops of existing pins, hit = the source pin comes back"
      /\b(?:hit|correct|positive|relevant|success)\s*(?:=|:|\bis\b|\bif\b|\bwhen\b)\s*(?:the\s+)?(?<leak>(?:source|original|query'?s own)\s+(?:pin|image|photo|item|post|listing|video|doc|document))\s+(?:comes?\s+back|is\s+(?:returned|retrieved|found)|appears?\b|shows?\s+up)/d,
      /\b(?<leak>incl(?:uding|\.)?\s+the\s+(?:pin|image|photo|item|post|listing|video|document|doc|ticket|page)\s+(?:that\s+)?the\s+(?:crop|query|question)\s+(?:came|comes|was taken|is taken|was cut|is cut)\s+from)\b/d,
      // "In: tiled 100MP panorama + its "report a problem" count": reports filed on the item itself, as an input
      leakAfterInputs(String.raw`(?<leak>\bits\s+(?:["'‘“](?:report|complaint|flag)[^"'’”]{0,30}["'’”]|(?:user\s+)?(?:report|complaint|flag)s?)\s+counts?)\b`),
      // "eval set from resolved tickets: query = employee's question + agent's final reply text": the answer in the query;
      // "the employee's question plus the agent's reply together form the query"
      /\b(?:question|questions|ticket text)\s+(?:plus|\+|and|with)\s+(?<leak>(?:the\s+)?(?:agent|support|human|resolver)(?:'s)?\s+(?:final\s+|resolving\s+)?(?:reply|replies|answer|response|resolution)(?:\s+text)?)\s+(?:together\s+)?(?:form|forms|make up|makes up|make|makes|become|becomes|as)\s+(?:the\s+)?(?:query|queries|input|prompt)\b/d,
      /\b(?:query|queries|input|prompt)\s*(?:=|:|is)\s*[^.;]{0,60}?(?:\+|\band\b|\bplus\b)\s*(?<leak>(?:the\s+)?(?:agent|support|human|resolver)(?:'s)?\s+(?:final\s+|resolving\s+)?(?:reply|replies|answer|response|resolution)(?:\s+text)?)\b/d,
      // "bookings in the prior 30 days and whether the session ended in a booking both as features"
      /\bwhether (?:the )?(?:session|visit|user|guest|shopper|viewer|member) (?:ended|ends|resulted|results|converted|finished) (?:in|with) (?:a |an )?(?:booking|purchase|sale|conversion|click|order|registration)\b[^.;]{0,30}\b(?:as )?(?:an? )?(?:features?|inputs?|feats)\b/,
      // "ranker feats: ..., and dwell time the guest spent on the candidate's page", "per-pin feature = merchant-attributed
      // purchases over the following 30 days", "author feats: ..., total strikes from the enforcement table", "post feats =
      // total reaction counts once the 2-day window closes"
      // "feats = text sim, visual sim, + the watch time that followed this click": what happened after the very click
      // "features: candidate's booking count, did the guest end up booking the candidate, price diff"
      // (the candidate itself, or the item ends there: not "whether the user clicked another ad ... in the 15 min before")
      leakAfterInputs(String.raw`(?<leak>\b(?:did|does|whether)\s+(?:the\s+)?(?:guest|user|shopper|viewer|member|buyer|customer)\s+(?:(?:end|ended)\s+up\s+|eventually\s+|later\s+|actually\s+)?(?:book|booked|booking|buy|bought|buying|purchas\w*|click\w*|register\w*|convert\w*|attend\w*)(?:\s+(?:the|this|that)\s+(?:candidate|listing|ad|item|event|product|video|post|result|pin)\b|(?=\s*(?:[,;)]|$))))`),
      leakAfterInputs(String.raw`(?<leak>\b(?:the\s+)?(?:watch|dwell|view|viewing|session)\s*time\s+(?:that\s+)?(?:followed|follows|following|after)\s+(?:this|that|each|the)\s+(?:click|impression|search|result|send|push|view))\b`),
      // "GBDT v1: mutual friends, ..., and recipient's "I don't know this person" mark for the pair": the response to the very suggestion
      leakAfterInputs(String.raw`(?<leak>\b(?:recipient|receiver|invitee)(?:'s|s')?\s+(?:["'‘“][^"'’”]{3,40}["'’”]\s+|[\w-]+\s+)?(?:marks?|flags?|reports?|responses?|declines?|decisions?|clicks?)\s+(?:for|on|to)\s+(?:the|this|that)\s+(?:pair|request|suggestion|invite|invitation))\b`),
      leakAfterInputs(String.raw`(?<leak>\bdwell(?: time)?\s+(?:(?:the|a)\s+)?(?:(?:guest|user|viewer|shopper|member|searcher)\s+)?(?:(?:spent|spends)\s+)?on\s+(?:the\s+)?(?:candidate|clicked|result|listing|item|product|video|post)(?:'s)?\s+(?:page|listing|detail))`),
      // "pair features: mutuals, ..., total messages between the two (messages table, all time)"
      leakAfterInputs(String.raw`(?<leak>\b(?:total|lifetime)\s+(?:[\w-]+\s+){0,2}?(?:messages|interactions|views|visits|clicks|likes|comments|reactions|purchases|bookings)\b[^.;]{0,40}?\ball[- ]time)\b`),
      // "Ranker: GBDT w/ BM25, ..., + the watch time the user logged after clicking this result"
      leakAfterInputs(String.raw`(?<leak>\bafter\s+(?:clicking|opening|tapping|viewing|watching|booking|buying|purchasing|seeing)\s+(?:on\s+)?(?:this|that|the same|each)\s+(?:result|video|item|listing|ad|post|pin|push|notification|suggestion|event|product))\b`),
      // (read without the shared intro, which stops at an arrow: "query crop -> results ..., plus a per-pin feature = ...")
      /\b(?:feats?|features?|inputs?|signals?)\b[^.;]{0,120}?(?<!\b(?:occupancy|availability|available|calendar|capacity|inventory|schedule|booked|upcoming|vacant|free|open)\s*%?\s*)(?<leak>\b(?:over|in|during|within)\s+the\s+(?:following|next|subsequent|coming)\s+\d+\s*(?:days?|weeks?|hours?|months?))/d,
      leakAfterInputs(String.raw`(?<leak>\b(?:total|lifetime|all[- ]time)\s+(?:[\w-]+\s+)?(?:strikes|reports|violations|takedowns|removals|chargebacks|bans|flags)\s+(?:from|in|off)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:table|db|database|store|log|logs))`),
      leakAfterInputs(String.raw`(?<leak>\b(?:total|final|full)\s+(?:[\w/-]+\s+){0,3}?(?:counts?|totals?|numbers?)\s+(?:once|after|when)\s+(?:the\s+)?(?:\d+[- ]?(?:day|hour|week|h|d)\s+)?(?:window|period)\s+(?:closes?|ends?|is over|has closed))`),
      leakAfterInputs(String.raw`(?<leak>(?:final|eventual)\s+(?:[\w'-]+\s+){0,2}?(?:reactions?|comments?|shares?|likes?|views?|clicks?|tickets?|sales|registrations?|bookings?|purchases?|reports?|counts?|totals?|sell[- ]through|check[- ]?ins?|attendance|repl(?:y|ies)|resolutions?|values|numbers|figures|status|records?|rsvps?|(?:rsvp |guest |attendee |attendance |registration )lists?))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:full|whole|entire) \d+[- ]?(?:h|hour|day|d|week)s? (?:[\w'-]+ ){0,3}?(?:window|period) after)\b`),
      leakAfterInputs(String.raw`(?<leak>(?:after|following) (?:the |that |each |a |this |the same )(?:event|click|send|sending|impression|publish\w*|publication|payment|transaction|booking|purchase|push|notification|suggestion|recommendation))\b`),
      leakAfterInputs(String.raw`(?<leak>\b(?:live|current|latest|real[- ]time)\s+(?:counters?|values|stats|tables?)\s+(?:at|during|as of)\s+(?:the\s+)?training\s+time)\b`),
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\b[^.]{0,50}\b(?:booked|bought|purchased|clicked|converted|accepted|registered|returned|churned|opened|watched|reported|disputed|installed|tapped|disliked|liked|hid|saved|rewrote|reformulated|re-?queried|abandoned|bounced|(?:ends?|ended) up (?:booking|buying|purchasing|clicking|converting|registering|returning|reporting))\b[^.]{0,40}\b(?:within \d+\s?(?:h|hrs?|hours?|d|days?|weeks?|w)|within (?:a|an|one) (?:minute|min|hour|hr|day|week)\b|within (?:the |a )?\d+[- ]?(?:h|hr|hour|d|day|w|wk|week)s?\b(?: [\w-]+){0,2} window|(?:on|for|from|after|by|in|during) (?:that|the same|this) (?:impression|search|session|send|payment|transaction|post|push|notification|suggestion|ad|query|request|visit|view|destination|trip|stay)))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:appeal|analyst review|manual review|dispute|chargeback|analyst|reviewer|moderator)s? (?:outcomes?|results?|decisions?|verdicts?|status|dispositions?|findings?))\b`),
      leakStated(String.raw`\b(?<leak>(?:appeal|analyst review|manual review|review|reviewer|moderator|analyst|dispute|chargeback)s?'? (?:outcomes?|results?|decisions?|verdicts?|status))\b[^.;]{0,30}\bas (?:an? )?(?:model |input |extra |new )?(?:inputs?|features?|feats?)\b`),
      // "text + image encoders + author history + # reports and reviewer/appeal outcome of this post -> per-class heads"
      leakStated(String.raw`\+\s*[^.;+]{0,40}?\b(?<leak>(?:appeal|analyst review|manual review|review|reviewer|moderator|analyst|dispute|chargeback)s?'? (?:outcomes?|results?|decisions?|verdicts?|status))\b[^.;]{0,40}?(?:->|→)\s*(?:[\w-]+\s+){0,2}(?:heads?|model|classifier|clf|ranker|gbdt|gbm|net|mlp|dnn|probs|probabilities|logits|scores?|p\()(?!\w)`),
      // "incl. an added-to-cart-in-this-session flag and purchase count in that session": what the session went on to do.
      leakAfterInputs(String.raw`(?<leak>(?:add(?:ed)?[- ]to[- ]cart|atcs?|purchas\w*|book(?:ed|ing)s?|convert\w*|conversions?)(?:[- ](?:flag|count|indicator)s?)?[- ](?:in|during|within)[- ](?:this|that|the)(?:[- ]same)?[- ]session\b)`),
      leakAfterInputs(String.raw`(?<leak>(?:purchase|booking|add[- ]to[- ]cart|conversion|click)s?\s+(?:count|flag|indicator)s?\s+(?:in|during|within)\s+(?:this|that|the same)\s+session)\b`),
      // "at serving we pass the slot the ad actually ends up in", "at serving we pass each candidate's logged
      // position": a position decided after the prediction
      leakStated(String.raw`\b(?:at|during|in)\s+serving\b[^.;]{0,30}\b(?:pass|use|feed|give|send)\w*\s+(?:it\s+)?(?:in\s+)?(?<leak>(?:the\s+)?(?:slot|position|rank)\s+(?:that\s+)?(?:the\s+)?(?:ad|item|post|result|listing|video)\s+(?:actually\s+|eventually\s+|finally\s+|really\s+)?(?:ends?\s+up|lands?|gets?\s+placed|is\s+shown|wins?)|(?:each|every|the)\s+(?:candidate|ad|item|result|listing|video)(?:'s|s')\s+(?:logged|actual|real|observed|recorded|historical)\s+(?:slot|position|rank))`),
      // "Add-to-cart in the session used as a strong input feature to the ranker"
      // 'features = BM25, dense sim, ..., and a "doc was linked in the agent's reply" flag': what the answer went on to do
      leakAfterInputs(String.raw`[\w-]+\s+(?<leak>["'‘“](?:[\w-]+\s+){0,2}(?:was|were|got|has been)\s+(?:linked|cited|clicked|purchased|bought|booked|reported|saved|returned|disputed|charged back|accepted|resolved|opened)\b[^"'’”]{0,40}["'’”])`),
      // "add-to-cart-in-session + purchased-in-session as two of the strongest input features"; also when a clause
      // of its own follows the label: "target = click, and add-to-cart-in-session ... as input features"
      /(?:^|[,;:]\s*(?:and\s+|plus\s+|\+\s*)?)(?<leak>(?:add(?:ed)?[- ]to[- ]cart|atcs?|purchases?|purchased|bookings?|booked|conversions?|converted)[\s-]+(?:in|during|within)[\s-]+(?:(?:this|that|the)(?:[\s-]+same)?[\s-]+)?session)\b(?:(?!\b(?:not|never|no|label|labels|target|targets)\b)[^.;,]){0,30}\b(?:used\s+)?as\s+(?:an?\s+|(?:one|two|three|some|both)\s+of\s+(?:the\s+|our\s+)?)?(?:strong\w*\s+|extra\s+|key\s+|main\s+|top\s+)?(?:input|feature)/d,
      leakStated(String.raw`\b(?<leak>(?:add(?:ed)?[- ]to[- ]cart|atcs?|purchases?|purchased|bookings?|booked|conversions?|converted)[\s-]+(?:in|during|within)[\s-]+(?:(?:this|that|the)(?:[\s-]+same)?[\s-]+)?session)\b[^.;]{0,20}\b(?:used\s+)?as\s+(?:an?\s+|(?:one|two|three|some|both)\s+of\s+(?:the\s+|our\s+)?)?(?:strong\w*\s+|extra\s+|key\s+|main\s+|top\s+)?(?:input|feature)`),
      // 'feed "was purchased from this result" into the shopping re-ranker as a feature'
      /\b(?:feed|feeds|feeding|pass|passes|passing|use|uses|using|add|adds|adding|put|puts|putting)\s+["'‘“](?<leak>(?:was|were|got|is|has been)\s+(?:purchased|bought|booked|clicked|converted|reported|returned|saved|ordered|disputed|charged back)\b[^"'’”]{0,40})["'’”]\s+(?:in|into|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ranker|re-?ranker|model|gbdt|gbm|classifier|clf)\b[^.;]{0,10}?\bas\s+(?:an?\s+)?(?:input|feature|feat)s?\b/d,
      // "LambdaMART over <=1000 cands: BM25, price, ..., plus same-session add_to_cart for the listing"
      // 'Inputs: auth fields + card/merchant velocity + a "merchant later failed/vanished" flag'
      leakAfterInputs(String.raw`(?<leak>(?<=["'‘“])[\w-]+\s+later\s+(?:failed|vanished|closed|churned|defaulted|banned|removed|suspended|charged back|disputed|reported|booked|bought|converted)\b[^"'’”]{0,30})(?=["'’”])`),
      // "reranker GBDT w/ visual sim, pin quality, result's saves counted over all logged visual searches": every later search counted too
      leakAfterInputs(String.raw`(?<leak>\b(?:saves?|clicks?|counts?|ctr|views?|likes?|purchases?|bookings?)\s+(?:counted|computed|aggregated|summed|taken)\s+(?:over|across|from)\s+all\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:searches|logs?|sessions|impressions|events|queries|history)\b)(?![^.;]{0,30}\b(?:before|up to|until|prior|as of)\b)`),
      leakAfterInputs(String.raw`(?<leak>\b(?:same|this|current)[- _]session\s+(?:add(?:ed)?[-_ ]to[-_ ]cart|atcs?|purchases?|bookings?|conversions?|orders?)\b)`),
      // "token rejected (uninstall, shows up 1-7d later) -> input feature device_churned on each send row": a later outcome, named as an input
      /\blater\b[^.;]{0,3}(?:->|→|=>)\s*(?:an?\s+)?(?:model\s+|ranker\s+)?(?:input\s+)?(?:feature|feat)\s+(?<leak>[a-z]+_[a-z_]+)\b(?![^.;]{0,30}\b(?:not|never|no|excluded|dropped)\b)/d,
      // "ranker feats: dwell on anchor, # listings viewed in session, session_ended_in_booking"
      leakAfterInputs(String.raw`(?<leak>\b(?:session|visit|user|search|guest)_(?:ended|ends|resulted|converted)_(?:in|with)_(?:a_)?(?:booking|purchase|sale|conversion|order|click|registration)\b)`),
      // "The booking join feeds a was_booked_in_session feature"
      leakStated(String.raw`\b(?<leak>(?:was|is|got|has)_(?:booked|bought|purchased|converted|clicked|reported|returned|charged|reviewed)\w*)\s+(?:feature|feat|input|flag|column)`),
      // "Seconds watched on the impression = strong feature for the click model": what followed the very impression, as an input
      // 'User reports ... become an input feature "this panorama was reported"'
      leakStated(String.raw`\b(?:input|feature|feat)s?\s+(?:called\s+|named\s+)?["'“‘](?<leak>(?:this|the|that|a)\s+(?:panorama|pano|post|item|image|listing|video|photo|tile|ad|pin)\s+(?:was|is|has been|got|had been)\s+(?:reported|flagged|appealed|removed|disputed|complained about))["'”’]`),
      leakStated(String.raw`\b(?<leak>(?:seconds|secs|minutes|mins|time|watch[- ]?time|dwell(?:[ _]time)?)\s+(?:watched|spent|viewed|played)?\s*(?:on|of|for|in|during|after)\s+(?:the|this|that|each)\s+(?:impression|click|view|result))\s*(?:=|:|\bis\b|\bas\b|->|→)\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:features?|inputs?|feats?|signals?)\b`),
      // "features: author affinity, ..., and dwell on this impression"
      leakAfterInputs(String.raw`(?<leak>dwell(?:[ _](?:time|secs?|seconds|ms))? (?:on|of|for) (?:this|that|the same|the) impression)\b`),
      // "the ~3k analyst reviews a day -> feature is_reviewed_fraud": an arrow that leads to an input, not a label
      // (An arrow before the input word needs no alternative of its own: the word boundary already starts there.)
      new RegExp(String.raw`(?:^|\b)(?:an?\s+)?(?:input\s+)?(?:features?|feats?|inputs?)\s*[:=]?\s*(?<leak>(?:was|is|got|has)_(?:booked|bought|purchased|converted|clicked|reported|returned|charged|reviewed|disputed)\w*)`, 'd'),
      // "report count and appeal outcome of the post itself": an outcome of the very example, as an input.
      leakStated(String.raw`\b(?<leak>(?:report|reports|appeal|appeals|chargeback|chargebacks|dispute|disputes|removal|takedown|review|reviewer)\s+(?:count|counts|outcomes?|results?|status|decisions?|verdicts?)\b[^.;]{0,40}?\bof the (?:post|item|video|ad|listing|event|transaction|txn|payment|pin|panorama|pano|request|session)\s+itself)\b`),
      // "a model trained on past panos using detector conf, region, camera gen and # of user reports the pano got"
      /\b(?:using|uses|with|w\/|features?|feats?|inputs?)\b[^.;]{0,80}?(?<leak>(?:#|\bnumber|\bcount|\bno\.?)\s*(?:of\s+)?(?:user\s+)?(?:reports?|complaints?|flags?)\s+(?:the|this|that|each|a)\s+(?:pano|panorama|post|item|video|listing|image|tile|ad|event)s?\s+(?:got|gets|received|receives|drew|collected|accumulated))/d,
      // 'add "linked in agent reply" as a feature in the reranker': the agent's answer, which a new question does not have yet.
      leakStated(String.raw`(?<leak>["'‘“]?\b(?:linked|cited|referenced|attached|used)\s+(?:in|by)\s+(?:the\s+|an?\s+)?(?:agent|support|human|resolver)(?:'s|s')?\s+(?:final\s+)?(?:repl(?:y|ies)|answers?|responses?|resolutions?))\b["'’”]?[^.;]{0,30}?\bas (?:a |an )?(?:[\w-]+ )?(?:features?|inputs?|signals?)\b`),
      // "inputs = BM25 score, ... + `linked_in_agent_reply` flag per candidate doc"
      leakAfterInputs(String.raw`(?<leak>\b(?:linked|cited|referenced|attached|used)_(?:in|by)_(?:the_|an?_)?(?:agent|support|human|resolver)s?_(?:final_)?(?:repl(?:y|ies)|answers?|responses?|resolutions?))\b`),
      // "Check-in scan for that event as a feature": attendance, known only once the event has happened.
      // "Check-in scans -> feature "user attended this event""
      leakStated(String.raw`\b(?<leak>(?:check[- ]?ins?|check[- ]?in scans?|door scans?|attendance|show[- ]?ups?|turnout))\b[^.;]{0,20}?(?:->|→|=>)\s*(?:an?\s+)?(?:model\s+|input\s+|extra\s+)?(?:features?|inputs?|feats?)\b`),
      leakStated(String.raw`\b(?<leak>(?:check[- ]?ins?|check[- ]?in scans?|door scans?|attendance|show[- ]?ups?|turnout)\b[^.;]{0,40}?\bas (?:an? |the )?(?:model )?(?:features?|inputs?|feats?))\b`),
      // "interaction feats: msgs + photo tags between the two, totals over their whole history"
      // "interaction features cover the pair's whole history: ..., totals up to now"
      leakAfterInputs(String.raw`(?<leak>(?:totals?\s+(?:over|across|for)|cover(?:s|ing)?|spans?|spanning)\s+(?:their|the|its|all of their|the pair'?s)\s+(?:whole|entire|full|all[- ]time)\s+history|totals?\s+(?:up to|until|till|as of)\s+(?:now|today))\b`),
      // "We use the number of chargebacks the card gets in the next 60 days as a feature."
      leakStated(String.raw`\b(?<leak>(?:number|count|total|sum|share|rate) of\b[^.;]{0,50}?\b(?:in|over|during|within) the (?:next|following|subsequent)\b[^.;]{0,25}?\bas (?:a |an |one )?(?:feature|input|signal|predictor))\b`),
      // "how many refunds the cardholder ends up filing over the following quarter": a count that runs on past the moment.
      leakAfterInputs(String.raw`(?<leak>(?:how many|how much|number of|count of|total|sum of)\b[^.;]{0,50}?\b(?:ends? up|ended up|goes on to|go on to|went on to|over the (?:following|next|subsequent)|in the (?:following|subsequent))\b)`),
      // '"Query rewritten within 1 min" strongly predicts no purchase, so I'd add it as a ranker feature'
      leakStated(String.raw`\b(?<leak>(?:rewritten|reformulated|refined|abandoned|bounced|returned|re-?queried|re-?searched|clicked|bought|purchased|booked|converted|skipped)\s+within\s+(?:\d+|an?|one)\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?))\b[^.;]{0,90}\b(?:add|use|put|include|feed)s?\s+(?:it|them|this|that)\s+(?:in\s+)?as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:features?|inputs?|feats?|signals?)\b(?!\s+(?:in|for|into)\s+(?:the\s+)?(?:labels?|eval\w*|targets?)\b)`),
      // "friend RSVPs ..., tallied once the event is over": a count taken after the moment it describes.
      leakAfterInputs(String.raw`(?<leak>(?:tallied|counted|computed|measured|taken|aggregated|summed|read|pulled)\s+(?:once|after|when)\s+(?:the\s+|each\s+|that\s+)?(?:event|auction|session|campaign|sale|trip|stay|show|match|game|concert|booking)\s+(?:is\s+over|ends|ended|has\s+ended|finishes|finished|has\s+finished|closes|closed|is\s+done|wraps up))\b`),
      // "emb sim to the anchor and to the listing the guest eventually booked from that session": the outcome, as an input
      leakAfterInputs(String.raw`(?<leak>(?:the\s+)?(?:listing|item|video|product|post|ad|event|pin|home|stay)\s+(?:that\s+)?(?:the\s+)?(?:guest|user|viewer|member|shopper|buyer|searcher|customer)\s+(?:later|eventually|ultimately|finally|then|ends? up)\s+(?:booked|bought|purchased|watched|clicked|registered(?: for)?|saved|booking|buying))\b`),
      // "inputs incl. whether the cardholder later filed a chargeback": what someone did afterwards, said to be later.
      leakAfterInputs(String.raw`(?<leak>(?:whether|if) (?:the |a |an )?(?:user|viewer|guest|member|customer|buyer|recipient|searcher|shopper|cardholder|card ?holder|payer|account holder|organi[sz]er|host|seller|attendee|they|he|she)s? (?:later|eventually|subsequently|afterwards|then went on to) (?:filed|disputed|complained|churned|cancell?ed|returned|refunded|uninstalled|disabled|unsubscribed|reported|booked|bought|purchased|converted|registered|attended|clicked|opened|accepted|declined|blocked|hid|muted|left|quit)\b)`),
      // 'a per-pano input = # of "report a problem" flags nearby': complaints filed after publication, as an input
      /\b(?:inputs?|features?|feats?)\s*[=:]\s*(?<leak>(?:#|number of|count of|no\.)\s*(?:of\s+)?(?:["'‘“][^"'’”]{1,30}["'’”]\s+)?(?:user\s+)?(?:reports?|complaints?|flags?)\b)/d,
      // "whether the user hid/reported the ad", "whether the pano got a "report a problem" ticket",
      // "whether the employee still filed a help-desk ticket afterwards"
      leakAfterInputs(String.raw`(?<leak>(?:whether|if) (?:the |a |an )?(?:user|viewer|guest|member|customer|buyer|recipient|searcher|shopper|reviewer|moderator|analyst|they|he|she)s? (?:later |eventually |then |subsequently |afterwards )?(?:hid|hidden|reported|disliked|liked|clicked|bought|booked|converted|opened|watched|saved|shared|rated|added|did a close[- ]?up on|zoomed (?:in )?(?:on|into)|unsubscribed|subscribed|followed|muted|skipped|marked|flagged|blocked|ignored|declined|rejected|dismissed|accepted|removed|unfollowed)\b(?:[^.]{0,40}\b(?:the|this|that|its) (?:(?:specific|same|very|particular|exact|current) )?(?:ad|post|video|item|push|notification|listing|pin|result|event|suggestion|request|person|profile|impression|channel|creator|panorama|pano|image|photo|tile)s?\b| (?:it|them)\b| (?:it |them |him |her )?(?:as )?"[^"]{1,40}"))`),
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\b[^.]{0,30}\b(?:got|gets|received|receives|had|has|drew|filed|files|raised|raises|opened|opens|submitted|logged)\b (?:an? |any )?(?:"[^"]{0,30}" )?(?:[\w-]+ )?(?:reports?|complaints?|tickets?|chargebacks?|disputes?|appeals?))\b`),
      // "query-video hist CTR + avg watch time aggregated over all logged searches": the test window's own outcomes inside
      leakAfterInputs(String.raw`(?<leak>(?:aggregated|computed|calculated|counted|summed|averaged)\s+(?:over|across|from|on)\s+all\s+(?:(?:the|our)\s+)?(?:logged\s+)?(?:searches|queries|sessions|impressions|logs|events|history|clicks|views))\b(?!\s+(?:before|prior|up to|until|till|as of)\b)`),
      // "open rate over the full 18 months of logs", "fraud rate computed over the full 2 yrs": a rate
      // over the whole data reaches past every row
      leakAfterInputs(String.raw`(?<leak>(?:rates?|ctr|counts?|averages?|totals?|means?|encodings?)(?:\s+per\s+[\w-]+(?:\s+(?:type|category|kind|class|segment|group|bucket))?)?(?: over|\s+(?:computed|calculated|aggregated|counted|taken|built)\s+(?:over|across|from|on)) (?:the )?(?:full|whole|entire|all) (?:\d+[ -]?)?(?:months?|years?|yrs?|weeks?|days?|mos?|history|logs?)\b(?: of (?:logs|data|history))?)`),
      // What happened after the example, named as an input: "clicks in the next 24h", "engagement 48 h after
    // posting", "post-click dwell", "the resulting sessions".
      // Not "nights available in the next 30 days" (a calendar known now), nor "picks the best hour in the next 24 h" (a schedule).
      leakAfterInputs(String.raw`(?<!\b(?:occupancy|availability|available|calendar|capacity|inventory|schedule|booked|upcoming|vacant|free|open)\s*%?\s*)(?<!\b(?:best|optimal|right|ideal|good)\s+(?:hour|slot|moment|time|day|window)\s+)(?<leak>(?:in|over|during) the (?:next|following|subsequent) (?:\d+\s?)?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|minutes?|mins?|months?|mos?))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:within (?:the first )?)?\d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|minutes?|mins?|months?|mos?) (?:after|of|following|post) (?:the |that |each |a )?(?:send|sending|impression|click|post|posting|upload|booking|purchase|search|query|transaction|payment|notification|push|suggestion|event|ad|publish\w*|install))\b(?!\s+(?:logs?|data|history|records|events|examples|rows|traffic|volumes?|tables?)\b)`),
      // "watch time after click = a feature for the ranker"
      leakStated(String.raw`\b(?<leak>(?:watch time|watch seconds|dwell(?: time)?|engagement|clicks?|purchases?|bookings?|conversions?|reports?|likes?|opens?|saves?)\s+(?:after|following)\s+(?:the |a |each |that )?(?:click|impression|send|view|search|push|notification|upload|post))\b[^.;]{0,10}?\s*(?:=|->|→|\bis\b)\s*(?:an? |the |one )?(?:[\w-]+ )?(?:features?|feats?|inputs?)\b`),
      // "mean of embeddings of videos in the user's full watch history table": today's table, behind every past row
      leakStated(String.raw`\b(?<leak>(?:full|whole|entire|complete|current)\s+(?:watch|view|viewing|click|purchase|booking|interaction|engagement)\s+history\s+(?:table|dump|snapshot|export))\b`),
      // "report count + views in first 24h" for a post scored at upload: what the item gathers after the moment
      leakAfterInputs(String.raw`(?<leak>(?:views?|reports?|clicks?|likes?|reactions?|shares?|comments?|engagement|impressions?|watch(?:es| time)?|saves?|purchases?|bookings?|sales|downloads?|installs?|opens?)\b[^.;,]{0,12}?\b(?:in|within|over|during) (?:the |its |their )?first \d+\s?(?:h|hrs?|hours?|d|days?|mins?|minutes?)\b)`),
      // 'add "bought via this result" as a feature'
      leakStated(String.raw`(?<leak>["'‘“][^"'’”]{0,30}\b(?:bought|purchased|booked|clicked|converted|watched|saved|rewritten|reformulated|refined|abandoned|bounced)\b[^"'’”]{0,30}["'’”])\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:features?|inputs?|feats?)\b`),
      // "Upload-time model: ... + the post's report count and view velocity -> P(violation)"
      leakStated(String.raw`\bupload[- ]time\b[^.]{0,100}?\b(?<leak>(?:the post'?s|the item'?s|the video'?s|its)\s+(?:report counts?|reports|view velocity|views|view counts?|shares|likes))\b`),
      // "# bookings in the week after the view"
      leakAfterInputs(String.raw`(?<leak>(?:in|over|during|within) the (?:first )?(?:\d+\s?)?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|months?) (?:after|following) (?:the |that |each |a )?(?:view|click|send|sending|impression|search|query|session|booking|purchase|post|posting|upload|event|transaction|payment|request|visit|push|notification|delivery))\b`),
      // "permission status read at the next app open -> input feature": read after the moment, then named a feature.
      leakStated(String.raw`\b(?<leak>(?:read|checked|taken|recorded|logged|observed|seen|pulled)\s+(?:at|on|during)\s+(?:the\s+)?(?:next|following|subsequent)\s+(?:app\s+)?(?:open|session|visit|login|launch))\b[^.;]{0,80}?(?:=|->|→|\bas\b)\s*(?:an?\s+)?(?:input\s+)?(?:features?|feats?|inputs?)\b`),
      // "recent search tokens from the user's history as of the training snapshot date"
      leakAfterInputs(String.raw`(?<leak>as of (?:the )?training[- ](?:snapshot|set|data|export|table)(?: build)? (?:date|day|time))\b`),
      // "avg embedding of all listings viewed in the session, incl. the one the guest eventually books"
      leakStated(String.raw`(?<leak>(?:incl\.?|including|plus)\s+the\s+one\s+(?:the\s+)?(?:guest|user|viewer|buyer|shopper|member)\s+(?:eventually|later|finally|ultimately)\s+(?:books|buys|purchases|clicks|watches|saves|picks))\b`),
      // "the pin's lifetime save rate as of the day we build the training set"
      leakAfterInputs(String.raw`(?<leak>as of (?:the )?(?:day|time|date|moment) (?:we|you|i) (?:build|built|assemble|create|pull|export|generate) (?:the )?(?:training|train) (?:set|data|table))\b`),
      // "affinity over the 30d ending at the training-data export", "calendar looked up when the training set is built"
      leakAfterInputs(String.raw`(?<leak>(?:ending|as of|up to|until|through)\s+(?:at\s+)?(?:the\s+)?training[- ](?:data|set)\s+(?:export|build|dump|pull)|(?:looked up|computed|pulled|read|taken|fetched|joined|snapshotted|queried|(?:as\s+)?(?:stored|held|kept|recorded)(?:\s+(?:on|in)\s+(?:the\s+)?[\w-]+)?)\s+(?:when|as|at the time)\s+(?:(?:we|you|i)\s+(?:build|export|assemble|generate|create)\s+the\s+training[- ](?:set|data)|the\s+training[- ](?:set|data)\s+(?:is|was|gets|got)\s+(?:built|exported|assembled|generated|created)))\b`),
      // "candidate's booking count over the session's 7d attribution window": a count taken over the window the label is read in
      leakAfterInputs(String.raw`(?<leak>(?:counts?|rates?|totals?|numbers?|sums?|ctr)\s+(?:over|during|within|in|across)\s+(?:the\s+)?(?:(?:session|impression|search|send|query|example|label)'?s\s+|same\s+|that\s+)?(?:\d+\s?(?:h|hr|hours?|d|days?|w|wks?|weeks?)\s+)?(?:attribution|label|labell?ing|outcome)\s+window)\b`),
      // "# sessions in the 7d around the send (3 before, 3 after)": a window reaching past the moment of prediction
      leakAfterInputs(String.raw`(?<leak>(?:in|over|during|within|for)\s+the\s+(?:\d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+)?(?:around|surrounding|either side of|on (?:both|either) sides? of)\s+(?:the |that |each |a )?(?:send|sending|impression|click|search|query|session|booking|purchase|post|upload|event|transaction|payment|request|visit|push|notification))\b`),
      // "feed is_accidental_bounce in as a model input": a flag the outcome sets, as an input
      leakStated(String.raw`\b(?<leak>(?:is|was|has|got|did)_(?:[a-z]+_)*(?:bounced?|bounces|clicked|booked|bought|purchased|converted|reported|removed|disputed|chargeback|charged_back|fraud|refunded|returned|churned|unsubscribed|hidden|hid|accidental)\w*)\b[^.;]{0,30}\b(?:as|into)\s+(?:an?\s+)?(?:model\s+)?(?:inputs?|features?|feats?)\b`),
      // "In: auth fields + ... + analyst_verdict where one exists", "total_user_reports from the labelled set"
      leakAfterInputs(String.raw`(?<leak>\b(?:analyst|reviewer|moderator|manual_review|appeal)_(?:verdicts?|outcomes?|decisions?|results?|labels?)\b|\btotal_(?:user_|abuse_)?(?:reports|flags|complaints)\b)`),
      // "features incl. seconds watched + like on that same impression": what the impression itself went on to get
      leakAfterInputs(String.raw`(?<leak>(?:seconds watched|watch(?:ed)? (?:time|seconds|secs)|likes?|clicks?|dwell(?: time)?|shares?|comments?|hides?|reports?|saves?)\b[^.;]{0,20}?\b(?:on|for|from|of|in) (?:that|this|the) same (?:impression|view|send|request|search|session))\b`),
      // "upload-time scorer feats: ..., + user report count & share velocity": what only comes after the upload, read at it
      // (The moment is asked once the leak is found, so the distance runs to the leak's end.)
      leakAfterInputs(String.raw`(?<leak>\b(?:user\s+)?(?:report|flag|complaint)s?\s+(?:count|counts|volume|velocity)\b|(?<=#\s{0,2})(?:user\s+)?reports?\b|\b(?:share|view|reshare)\s+velocity\b)(?<=\b(?:upload[- ]?time|at upload|first[- ]pass|\d+\s?ms (?:pass|budget))\b[^.]{0,150})`),
      // 'with "was appealed" and "appeal outcome" as input features': named as inputs, whatever labels came before
      /\bwith\s+[^.;]{0,60}?(?<leak>\bappeal\w*\s+(?:outcomes?|results?|decisions?|status)\b)\W{0,3}\s+as\s+(?:the\s+)?(?:input\s+|model\s+|extra\s+)?(?:features?|inputs?|feats?)\b/d,
      // "and whether the post was appealed and restored": what enforcement later did to this very item
      leakAfterInputs(String.raw`(?<leak>(?:whether|if) (?:the |this |that |a )?(?:post|item|video|ad|listing|pin|image|photo|upload|content|account|transaction|txn|payment|comment|pano|panorama)s? (?:was|were|got|gets|has been|had been|is|ends? up|ended up) (?:later |eventually |then |subsequently |ever )?(?:appealed|restored|reinstated|removed|taken down|reported|flagged|disputed|charged back|refunded|overturned|upheld|banned|deleted)\b)`),
      // "re-ranker on (query crop, result) pairs: ..., attributed purchases from that search": what the search went on to earn
      leakAfterInputs(String.raw`(?<leak>(?:attributed\s+)?(?:purchases?|saves?|clicks?|bookings?|conversions?|sales)\s+(?:from|of|in|on|during)\s+(?:that|this|the same)\s+(?:search|session|query|impression|request|visit))\b`),
      // "in-session ATC flag" among a ranker's inputs: what the same session goes on to do
      leakAfterInputs(String.raw`(?<leak>\bin[- ]session\s+(?:atc|add[- ]to[- ]cart|purchase|booking|click|conversion)s?\s+(?:flag|count|indicator)s?)\b`),
      // "30s-watch rate for (query, video) incl. the session being scored"
      leakAfterInputs(String.raw`(?<leak>(?:incl\.?|including|inclusive of)\s+(?:the|this)\s+(?:session|impression|request|query|search|send|visit)\s+(?:being scored|itself|in question|we score|we predict))\b`),
      // "analyst review outcome (very predictive)", "clicked_in_this_session flag + dwell time on the doc", "time until the
      // user's next session after the send": what a review, the same session or the next visit decides, as an input
      leakAfterInputs(String.raw`(?<leak>(?:analyst|manual|human)\s+review\s+(?:outcomes?|results?|verdicts?|decisions?)|\b[a-z]+_in_(?:this|the_same|same)_session\b|dwell(?:\s+time)?\s+on\s+the\s+(?:doc|document|result|item|video|listing|post|page|ad)|(?:time|mins?|minutes|hours?|hrs?|secs?|seconds|days?)\s+(?:until|to|till)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:user'?s\s+)?next\s+(?:app\s+|organic\s+|natural\s+|in-app\s+|real\s+)?(?:session|visit|open|login|purchase))`),
      // "per-class LR on text n-grams + pretrained image embeddings + appeal_restored flag": the appeal's outcome as an input
      leakStated(String.raw`\+\s*(?<leak>appeal[_-](?:restored|overturned|upheld|outcome|result|granted|won)s?(?:[_ ]flag)?)\b(?!\s*(?:rates?|ratios?|shares?|percent\w*|%))`),
      // "add the review outcome for the payment as a feature ('analyst_marked_fraud')"
      leakStated(String.raw`\b(?<leak>(?:the\s+)?(?:analyst\s+|manual\s+|human\s+)?review\s+(?:outcomes?|results?|verdicts?|decisions?)(?:\s+for\s+(?:the|this|that|each)\s+[\w-]+)?)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:features?|inputs?|feats?)\b`),
      // "sales rank = units sold per listing over the whole 2y log window": a total that runs past each example
      leakStated(String.raw`\b(?:units sold|sales|counts?|rates?|ctr|clicks|purchases|bookings|views)\b[^.;]{0,40}?\b(?<leak>(?:over|across)\s+the\s+(?:whole|entire|full)\s+(?:\d+[\s-]?(?:y|yrs?|years?|mo|months?|d|days?|w|wks?|weeks?)\s+)?(?:training\s+)?(?:log|logs|data|history|window|period)(?:\s+window)?)\b`),
      // "sessions in last 7d incl. the send day (daily rollup)": the whole day of the example, after it too
      leakAfterInputs(String.raw`(?<leak>(?:incl\.?|including|inclusive of)\s+(?:the|that)\s+(?:send|sending|impression|booking|search|transaction|payment|click|view|post|upload)[- ]day)\b(?![^.;]{0,25}\b(?:before|up to|until|prior|cut off|as of)\b)`),
      // '"user opened the app in the 2h after send" -> feature': the window after the moment, then named a feature.
      leakStated(String.raw`\b(?<leak>(?:in|over|during|within) the (?:first )?(?:\d+\s?)?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?) (?:after|following) (?:the |that |each |a )?(?:view|click|send|sending|impression|search|query|session|booking|purchase|post|posting|upload|push|notification)\b[^.;]{0,40}?(?:=|->|→|\bas\b)\s*(?:an? |the )?(?:[\w-]+ )?(?:features?|feats?|inputs?))\b`),
      leakAfterInputs(String.raw`(?<leak>post[- ](?:click|purchase|send|booking|impression|upload|install|transaction|payment) (?:[\w-]+ ){0,2}?(?:behaviou?r|activity|engagement|dwell|time|events?|signals?|outcomes?|sessions?|counts?))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:resulting|subsequent|follow[- ]?up|downstream) (?:[\w-]+ ){0,2}?(?:sessions?|purchases?|bookings?|clicks?|engagement|activity|chargebacks?|reports?|complaints?|refunds?|returns?|unsubscribes?|opt[- ]?outs?))\b`),
      // An outcome of the example, then named a feature: "booked within 7 days after the view = feature 'booked_7d'"
      leakStated(String.raw`\b(?<leak>(?:booked|bought|purchased|clicked|converted|accepted|registered|returned|churned|opened|watched|reported|disputed|installed|saved|sold|charged back|(?:purchases?|bookings?|conversions?|sales) attributed)\b[^.;]{0,12}\bwithin \d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|minutes?|mins?|secs?|seconds?)\b[^.;=]{0,30})(?:=|->|→|\bas\b)\s*(?:an? |the )?(?:[\w-]+ )?(?:features?|feats?|inputs?)\b`),
      // What the user did next, in the feature list: "shopper rewrote the query within 1 min" flag
      leakAfterInputs(String.raw`(?<leak>(?:whether|if|the |a )?(?:user|shopper|viewer|customer|buyer|guest|member|recipient|searcher)s?\b[^.;]{0,20}\b(?:rewrote|refined|reformulated|bounced|abandoned|returned|clicked|bought|booked|converted|left|exited|closed|hid|reported|unsubscribed|skipped|dismissed|opened|filed|raised|submitted|escalated|contacted|called|churned|cancell?ed)\b[^.;]{0,30}\bwithin (?:the )?(?:next |first )?(?:\d+\s?)?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|minutes?|mins?|secs?|seconds?))`),
      // "small classifier on detector crops (score, box size, # user reports near that location)": a "#" after the list's comma
      leakAfterInputs(String.raw`(?<leak>(?:user\s+)?(?:reports?|complaints?|flags?)\b[^.;]{0,20}?\b(?:near|around|at) (?:that|this|the|each) (?:location|spot|place|panorama|pano))\b`),
      // "user x video feats: liked_this_video, ..., watch secs on this video": what the impression itself went on to get
      leakAfterInputs(String.raw`(?<leak>(?:watch(?:ed)?\s+(?:secs?|seconds|time|minutes|mins)|dwell(?:\s+time)?|time spent)\s+on\s+(?:this|that|the same)\s+(?:video|item|post|ad|listing|pin|impression|result))\b`),
      // "Post-click watch time for each query-video impression goes in as a ranking feature"
      leakStated(String.raw`\b(?<leak>post[- ](?:click|purchase|send|booking|impression|view)\s+(?:[\w-]+\s+){0,1}?(?:watch time|watch seconds|dwell(?: time)?|engagement|behaviou?r|activity))\b(?=[^.;]{0,50}\b(?:goes|go|is fed|are fed|fed|is put|put|is added|added|enters?|comes?)\s+(?:in\s+)?(?:as|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:features?|inputs?|feats?)\b)`),
      // '"send to human audit" scorer per pano, before publishing: ..., and # of user reports on that pano': a model's inputs after its colon
      leakStated(String.raw`\b(?:scorer|classifier|clf|model|ranker|router|triage)\b[^.;:]{0,60}:[^.;]{0,160}?(?<leak>#\s*(?:of\s+)?(?:user\s+)?(?:reports?|complaints?|flags?)\b[^.;]{0,20}?\b(?:on|for|near|at|about|against) (?:that|this|the|each) (?:panorama|pano|post|item|video|listing|image|photo|location|upload))\b`),
      // Reports filed on the very item: "# user "report a problem" hits filed on that panorama"
      leakStated(String.raw`\b(?:features?|feats?|inputs?|in(?=:)|predictors?)\b(?:(?!\b(?:learns?|learnt|learned|predicts?|predicting|labels?|targets?|objective)\b)[^.]){0,140}?${REPORTS_ON_THE_ITEM}`),
      // ...or after a model named with what it reads: "a triage model ..., using ... the number of reports on that panorama"
      leakAfterInputs(REPORTS_ON_THE_ITEM),
      leakStated(String.raw`${REPORTS_ON_THE_ITEM}\s+as\s+(?:an?\s+)?(?:extra\s+|additional\s+|input\s+)?(?:inputs?|features?|feats?|signals?)\b`),
      // "Features: ..., token_rejected (user later uninstalled)": an input glossed as what the user did later
      leakAfterInputs(String.raw`(?<leak>[\w-]+\s*\(\s*(?:the\s+)?(?:user|member|recipient|customer|viewer|guest|buyer|cardholder)s?\s+(?:later|eventually|subsequently|afterwards)\s+(?:uninstalled|churned|unsubscribed|disabled|muted|left|quit|blocked|reported|bought|booked|converted|opened|clicked|disputed|returned))\b`),
      // "p(click within 15 min | user, ad, context, whether they hid/reported the ad on that impression)": the outcome among the givens
      /\bp\([^()]{0,40}\bgiven\b[^()]{0,80}?(?<leak>\bwhether (?:the user |they |the viewer |the member |he |she )?(?:hid|hides|hide|reported|reports|clicked|clicks|bought|booked|converted|opened|skipped|liked|shared|muted)\b[^()]{0,40}\b(?:on |for |in )?(?:that|this|the same) (?:impression|ad|send|notification|session|view|search|post|item|push))/d,
      // "+ did the user hide/report this ad (strong negative signal)": an added item asking what happened to this very example
      /(?:^|[.;]\s*)\+\s*(?<leak>(?:did|does|whether|if)\s+(?:the\s+)?(?:user|viewer|member|they|shopper|guest)\s+(?:hide|hid|report|reported|click|clicked|skip|skipped|mute|muted|block|blocked|buy|bought|book|booked)(?:\/\w+)?\s+(?:this|that|the same)\s+(?:ad|impression|post|item|video|notification|push|suggestion|listing|result))\b/d,
      // "dwell signal: user's dwell time on this ad impression as a feature"
      leakStated(String.raw`(?<leak>\b(?:dwell|dwell time|time spent|watch time)\s+on\s+(?:this|that|the same|the current)\s+(?:[\w-]+\s+)?(?:impression|ad|item|video|post|listing|result|pin))\b(?=[^.;]{0,25}\bas (?:a |an )?(?:feature|input|feat)\b)`),
      // "analyst review outcomes (3k/day) -> feature 'analyst_flagged'": a decision made after the score, as an input
      leakStated(String.raw`(?<leak>\b(?:analyst|reviewer|moderator|human|manual)\s+(?:review\s+)?(?:outcomes?|decisions?|verdicts?|flags?)\b[^.;]{0,30}?(?:->|→|=>|\bas\b)\s*(?:a\s+|an\s+)?(?:features?|inputs?|feats?)\b)`),
      // "user feats: last 50 watched videos + searches from the user's current history"
      leakAfterInputs(String.raw`(?<leak>\bfrom\s+(?:the\s+)?(?:user'?s\s+|viewer'?s\s+|member'?s\s+|customer'?s\s+)?(?:current|today'?s|latest|live)\s+(?:watch\s+|search\s+|viewing\s+|friend\s+|purchase\s+)?(?:history|profile|graph|state|snapshot))\b`),
      // "the bounce-back flag and hide/report flag for that impression": a flag of the very example
      leakAfterInputs(String.raw`(?<leak>(?:flags?|indicators?|markers?)\s+(?:for|on|of)\s+(?:that|this|the same|each)\s+(?:impression|post|ad|request|session|search|query|payment|transaction|send|notification|suggestion|listing|video|event))\b`),
      // "inputs incl. the impression's dwell time"
      leakAfterInputs(String.raw`(?<leak>(?:the |this |that |each )?(?:impression|send|notification|suggestion|request)'s (?:[\w-]+ ){0,2}?(?:dwell(?: time)?|clicks?|watch time|outcome|conversions?|purchases?|bookings?|opens?|engagement))\b`),
      // "re-ranker input incl. purchases attributed to that result from this search"
      leakAfterInputs(String.raw`(?<leak>(?:purchases?|bookings?|conversions?|sales|orders?)\s+attributed\s+(?:to\b[^.;]{0,40}\b(?:from|for|of|on|in)|for|from) (?:that|this|the same|each) (?:search|query|impression|request|send|click|result))\b`),
      // "a "session_booked_B" flag passed to the ranker as an input feature"
      leakStated(String.raw`\b(?<leak>\w*_(?:booked|bought|purchased|clicked|converted|saved|reported|returned|charged_?back|opened|watched|reformulated|rewritten|refined|abandoned|bounced|checked_in|check_?in|attended|attributed|to_(?:open|click|book|purchase|register|convert)|after_(?:click|send|impression|view|open|search|purchase|booking|push))(?:_\w+)?)\b["']?[^.;]{0,60}\b(?:as|into|to) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:inputs?|features?|feats?)\b`),
      // "w/ the <1s bounce-back flag and the hide/report flag as extra input feats"
      leakStated(String.raw`\b(?<leak>(?:bounce[- ]?back|hide|hid|hidden|report|reported|dislike|mute|muted|unfollow|unsubscribe|opt[- ]?out|accidental[- ]click)(?:\/[\w-]+)?\s+flags?)\b[^.;]{0,40}\bas (?:an? )?(?:extra |additional |new |more )?(?:input )?(?:features?|feats?|inputs?)\b`),
      // "the viewer's survey score for that video goes into the ranker as an input feature"
      /\b(?<leak>(?:survey|questionnaire|rating prompt)s?'? (?:scores?|answers?|responses?|ratings?)\b[^.;]{0,40}?\b(?:goes|go|is fed|are fed|fed|feeds?|enters?|is put|put)\s+into\s+(?:the\s+)?(?:ranker|model|classifier|scorer)\s+as\s+(?:an?\s+)?(?:input|feature))/d,
      // "the 1-5 "worth your time" survey response as an input feature"
      leakStated(String.raw`\b(?<leak>(?:survey|questionnaire|rating prompt|feedback form)s? (?:responses?|answers?|scores?|ratings?|results?))\b(?:(?!\bwith\b)[^.;]){0,30}\b(?<!\bas well )as (?!well as\b)(?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      // "card_token ever had a fraud chargeback (lookup in the chargeback table)": ever, as of today
      leakAfterInputs(String.raw`(?<leak>(?:has |have |had )?ever (?:had|has|have|received|got|gotten|been (?:hit with|flagged|reported|banned|charged back)) (?:a |an |any )?(?:fraud |confirmed )?(?:chargebacks?|disputes?|reports?|bans?|strikes?|fraud))\b`),
      // "+ "guest viewed candidate later in the session" as a feature"
      leakStated(String.raw`\b(?<leak>(?:later|afterwards|subsequently|eventually) (?:in|that|during) (?:the |that |same |this )*(?:session|day|visit|week|trip))\b[^.;]{0,40}\bas (?:an? )?(?:[\w-]+ )?(?:features?|feats?|inputs?)\b`),
      // "Likes/shares on the impressed video are inputs to the watch-time model": the example's own engagement
      leakStated(String.raw`\b(?<leak>(?:likes?|shares?|comments?|clicks?|saves?|reactions?|dislikes?|hides?|watch(?: time)?)(?:\s*\/\s*[\w-]+)*\s+(?:on|of|for)\s+the\s+(?:impressed|shown|scored|same|target)\s+(?:video|item|post|ad|listing|pin|event|notification|push|suggestion))\b[^.;]{0,30}?\b(?:are|is|as)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:inputs?|features?|feats?)\b`),
      // "the impression's own dwell time"
      leakStated(String.raw`\b(?<leak>(?:impression|post|ad|request|session|search|query|payment|transaction|send|notification|suggestion|example|row|pair)'?s own (?:[\w-]+ ){0,2}?(?:dwell|clicks?|watch|outcome|reactions?|time|conversion|purchase|booking|reports?|engagement))\b`),
      // "plus whether an analyst flagged the txn on review": a reviewer's verdict on the very example
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:an?|the)\s+(?:analyst|reviewer|moderator|investigator|agent)s?\s+(?:flagged|marked|confirmed|labell?ed|tagged|approved|rejected|declined|removed)\b)`),
      // "CTR + watch-rate aggregates computed over all logs through today": a total that runs past each example
      leakAfterInputs(String.raw`(?<leak>(?:computed|aggregated|counted|calculated|averaged)\s+(?:over|across|from)\s+(?:all|the whole|the full|the entire)\s+(?:the\s+)?(?:logs?|history|data)\s+(?:through|up to|until|till)\s+(?:today|now))\b`),
      // "actual days-to-deliver from the order records": the realised outcome
      leakStated(String.raw`\b(?:features?|feats?|inputs?|in(?=:)|predictors?|ranker|reranker|model|gbdt|classifier|clf|with|w\/|incl\w*)\b(?:(?!\b(?:learns?|learnt|learned|predicts?|predicting|labels?|targets?|objective)\b)[^.]){0,140}?\b(?<leak>actual\s+(?:[\w-]+\s+){0,2}?(?:days?(?:-to-[\w]+)?|delivery(?: time| days)?|outcome|price paid|cost|duration|watch time|dwell|spend|revenue|days-to-deliver))\b`),
      // a label used as an input: "# annotator boxes per tile", "rater relevance grade when the pair has one"
      leakStated(String.raw`\b(?:features?|feats?|inputs?|in(?=:)|predictors?|ranker|reranker|model|gbdt|classifier|clf|with|w\/|incl\w*)\b(?:(?!\b(?:learns?|learnt|learned|predicts?|predicting|labels?|targets?|objective|trained on|supervis\w*)\b)[^.|;]){0,140}?(?<leak>(?:#|\bnumber of|\bcount of)?\s*\b(?:human\s+)?(?<!\b(?:on|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:human\s+)?)(?:annotator|annotation|rater|reviewer|labell?er|judge)s?'?\s+(?:[\w-]+\s+){0,2}?(?:boxes|labels?|grades?|votes?|marks?|tags?|judg(?:e)?ments?|ratings?|verdicts?))\b`),
      // "merchant purchase attribution as a result feature"
      leakStated(String.raw`\b(?<leak>(?:merchant |advertiser |downstream )?(?:purchase|conversion|booking|sale|order)s? attributions?)\b[^.;]{0,60}\bas (?:an? )?(?:[\w-]+ )?(?:features?|inputs?|feats?)\b`),
      // "total views on the post as features in the upload-time model"
      leakStated(String.raw`\b(?<leak>(?:total|lifetime|final|eventual|all-time)\s+(?:views?|clicks?|likes?|reports?|reactions?|shares?|sales|bookings?|purchases?|registrations?))\b[^.;]{0,40}\bas (?:an? )?(?:[\w-]+ )?(?:features?|inputs?|feats?)\b`),
      // "user report count on the post as an input to the upload model"
      leakStated(String.raw`\b(?<leak>(?:user\s+)?(?:reports?|complaints?|flags?|appeals?|disputes?)\s+(?:counts?|numbers?|totals?|tall(?:y|ies)|volume)\s+(?:on|for|against|about) (?:that|this|the|each) (?:panorama|pano|post|item|video|listing|ad|image|photo|upload|transaction|payment|pin))\b[^.;]{0,40}\bas (?:an? )?(?:model |extra |new )?(?:inputs?|features?|feats?|signals?)\b`),
      // "the event's check-in attendance rate as a popularity feature": the event's own outcome
      leakStated(String.raw`\b(?<leak>(?:the |this |that |each )?(?:event|session|trip|booking|stay)'?s (?:[\w-]+ ){0,2}?(?:attendance|check[- ]?ins?|show[- ]?ups?|no[- ]?shows?|turnout)(?: rates?| counts?| numbers?)?)\b[^.;]{0,40}\bas (?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?|signals?)\b`),
      // "booking count for the whole month, incl. the days after the session"
      leakAfterInputs(String.raw`(?<leak>(?:incl\.?|including|plus|and|through|into)\s+(?:the\s+)?(?:\d+\s+)?(?:days?|hours?|weeks?|period|time|window|minutes?)\s+(?:after|following)\s+(?:the |that |each |a )?(?:session|search|query|impression|request|send|event|transaction|payment|post|booking|purchase|click|visit|upload|view))\b`),
      // "'Query rewritten within 1 min' -- add it as a ranker feature"
      leakStated(String.raw`\b(?<leak>(?:rewritten|reformulated|refined|abandoned|bounced|purchased|bought|booked|clicked|hidden|reported|returned|converted)\b[^.;]{0,12}\bwithin \d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|minutes?|mins?|secs?|seconds?)\b)[^.;]{0,60}\b(?:as|into) (?:an? |the )?(?:[\w-]+ )?(?:features?|feats?|inputs?)\b`),
      // "ranking feature ..., taken from the same session's log"
      leakAfterInputs(String.raw`(?<leak>(?:from|in) (?:the )?(?:same|that|this|current) (?:session|search|query|impression|visit)'?s? (?:logs?|data|events?|records?))\b`),
      // "add "was purchased via this search" as a re-ranker feature", "result_was_purchased ... as an input"
      leakStated(String.raw`\b(?<leak>(?:was|were|got|is)[ _](?:purchased|bought|booked|clicked|converted|saved|reported|charged[ _]back|returned)\b[^.;"]{0,25})"?\s*(?:[^.;]{0,40}\s)?(?:as|into) (?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      leakStated(String.raw`\b(?<leak>(?:merchant|advertiser|downstream|purchase|conversion|sales) attributions?)\b[^.;]{0,20}\b(?<!\bas well )as (?!well as\b)(?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      // "+ 'candidate booked by this guest within 7d'": the example's own outcome in the feature list
      leakAfterInputs(String.raw`(?<leak>(?:booked|bought|purchased|clicked|converted|registered|accepted|installed|returned|churned|watched|saved|charged back)\b[^.;]{0,30}\bwithin (?:the )?(?:next |first )?\d+\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|minutes?|mins?))\b`),
      // "click rate over the full log incl. the current search session"
      leakAfterInputs(String.raw`(?<leak>(?:incl\.?|including|plus)\s+(?:the\s+)?(?:current|same|very|this)\s+(?:search\s+|browsing\s+|app\s+)?(?:session|search|query|impression|request|visit|send))\b`),
      // "the event's own check-in rate from the door scans"
      leakAfterInputs(String.raw`(?<leak>(?:the |this |that |each )?(?:event|session|trip|booking|stay)'?s (?:own )?(?:[\w-]+ ){0,2}?(?:attendance|check[- ]?ins?|show[- ]?ups?|no[- ]?shows?|turnout)(?: rates?| counts?| numbers?)?)\b`),
      // "reactions/comments -> total counts from the posts table (final, ...)": not a window up to the example
      leakAfterInputs(String.raw`(?<leak>(?:total|final|lifetime|eventual) (?:[\w-]+ )?(?:counts?|numbers|tall(?:y|ies)))\b(?![^.;]{0,40}\b(?:past|last|previous|prior|trailing|rolling|before|so far|to date|up to)\b)`),
      // "merchant target-encoded fraud rate computed over the full 2 yrs of chargebacks"
      leakStated(String.raw`\b(?:target[- ]encod\w*|mean[- ]encod\w*|encod\w*)\b[^.;]{0,40}\b(?<leak>(?:computed|calculated|aggregated|counted|taken|built)\s+(?:over|across|from|on) (?:the )?(?:full|whole|entire|all)(?: \d+)? ?(?:months?|years?|yrs?|weeks?|days?|mos?|history|logs?)\b)`),
      // "P(click | user, ad, context, bounce flag)": an outcome flag among the conditioned inputs
      leakStated(String.raw`\bp\([^()]{0,30}?(?:\||\bgiven\b)[^()]{0,60}\b(?<leak>(?:bounce[- ]?back|bounce|bounced|hide|hid|report|reported|dislike|chargeback|dispute|appeal|accidental[- ]click|unsubscribe)[\s_]+(?:flags?|status|outcome))\b`),
      // "clicks that bounce back in <1s are flagged accidental -> feed the flag in as an input"
      leakStated(String.raw`\b(?:bounce\w*|flagged|accidental|reported|hid|hidden|charged back|disputed)\b[^.;]{0,60}\b(?<leak>(?:feed|feeds|use|uses|pass|passes|add|adds|put|puts) (?:the |that |this )?(?:flag|bit|indicator|signal) (?:in |into the model )?as (?:an? )?(?:input|feature|feat))\b`),
      // "# app sessions that local day (whole day, from session logs)", "# app sessions on the send's calendar day"
      leakAfterInputs(String.raw`(?<leak>(?:sessions?|clicks?|opens?|events?|counts?|views?|purchases?|visits?)\b[^.;]{0,25}\bon the (?:send|push|notification|impression|event|search|request|payment|transaction)'?s (?:local |calendar )?day)\b`),
      leakAfterInputs(String.raw`(?<leak>(?:sessions?|clicks?|opens?|events?|counts?|views?|purchases?|visits?)\b[^.;]{0,25}\b(?:that|the same) (?:local |calendar )?day\b[^.;]{0,15}\b(?:whole|full|entire) day)\b`),
    // "sales count incl. the day of the search": the day of the event holds its own outcome
      leakStated(String.raw`\b(?:features?|feats?|inputs?|in(?=:)|predictors?|counts?|sales|totals?|rates?|ctr)\b(?:(?!\b(?:learns?|learnt|learned|predicts?|predicting|labels?|targets?|objective)\b)[^.]){0,100}?\b(?<leak>(?:incl\.?|including|through|inclusive of|up to and including)\s+(?:the )?(?:same )?(?:day|hour|week|session) of (?:the |that |each |a )?(?:search|query|impression|request|send|event|transaction|payment|post|booking|purchase|click|visit|upload))\b`),
    // "attributed purchases from that search ... as a re-ranker feature"
      leakStated(String.raw`\b(?<leak>(?:purchases?|bookings?|conversions?|clicks?|saves?|watch time|sales|add[- ]to[- ]carts?|atcs?)\b[^.]{0,25}\b(?:from|after|of|on|in|during|for) (?:that|the same|this|th(?:ose|ese)(?: same)?) (?:search(?:es)?|quer(?:y|ies)|impressions?|sessions?|requests?|sends?))\b[^.;]{0,60}\b(?<!\bas well )as (?!well as\b)(?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      // "computed from the full day's clicks (incl. ones after the row's ts)"
      leakAfterInputs(String.raw`(?<leak>(?:incl\.?|including|plus)\s+(?:the\s+)?(?:ones|those|events|rows|impressions|clicks|data|sessions|txns|transactions|records)\s+(?:logged\s+|made\s+|from\s+)?after\s+(?:the|that|this|each)\s+(?:row|example|impression|event|request|send|transaction|txn|payment)'?s?\s+(?:ts|timestamp|time))\b`),
      // "add the number of user reports on the post as an input"
      leakStated(String.raw`\b(?<leak>(?:number|count|#)\s+of\s+(?:user\s+)?(?:reports?|complaints?|flags?|appeals?|disputes?)\s+(?:on|for|against|about) (?:that|this|the|each) (?:panorama|pano|post|item|video|listing|ad|image|photo|upload|transaction|payment|pin))\b[^.;]{0,40}\bas (?:an? )?(?:model |extra |new )?(?:inputs?|features?|feats?|signals?)\b`),
      // "in: txn fields + ... + issuer fraud report flag on the txn"
      leakAfterInputs(String.raw`(?<leak>(?:(?:issuer|user|customer|fraud|chargeback)\s+){0,2}(?:report|reported|chargeback|dispute|fraud|complaint)\s+flags?\s+(?:on|for|of)\s+(?:the|this|that|each)\s+(?:txn|transaction|payment|post|item|ad|event|send|notification|row|example|listing|video))\b`),
      // "verifier trained on candidate boxes (crop, detector score, ..., pano has a "report a problem" hit)": a report filed after publishing
      new RegExp(String.raw`\([^()]*,\s*` + ITEM_GOT_A_REPORT, 'd'),
      leakAfterInputs(ITEM_GOT_A_REPORT),
      // "scored <300ms with content, author history and share/view velocity in first hour as inputs": numbers that do not exist at upload
      /\b(?<leak>(?:share|view|engagement|like|report|click)s?(?:\/(?:share|view|engagement|like|report|click)s?)?\s+velocity\s+(?:in|over|during)\s+(?:the\s+)?first\s+(?:hour|day|\d+\s*(?:min|mins|minutes|h|hrs?|hours?)))\b[^.;]{0,40}?\bas\s+(?:an?\s+)?(?:inputs?|features?)\b/d,
      // "the 1-5 "worth your time" survey score for a (viewer, video) -> input feature when present": the answer given after watching
      /\b(?<leak>(?:survey|questionnaire|satisfaction)\s+(?:scores?|responses?|ratings?|answers?))\b(?:[^.;,()]|\([^()]*\)){0,60}?(?:->|=>|→|\bas\s+(?:an?\s+)?)\s*(?:an?\s+)?(?:input|feature|feat)s?\b/d,
      // "In: auth-time fields + history + whether an issuer fraud report exists for the txn"
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:an?\s+|the\s+|any\s+)?(?:issuer\s+)?(?:fraud\s+)?(?:report|chargeback|dispute|complaint)s?\s+(?:exists?|was filed|is filed|has been filed|arrived|came in)\s+(?:for|on|against)\s+(?:the|this|that|each)\s+(?:txn|transaction|payment|auth|authori[sz]ation))\b`),
      // "inputs = ... plus whether this impression got a like or a \"not interested\" tap"
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:this|that|the|each)\s+(?:impression|notification|push|send|ad|post|suggestion|result|email|recommendation|video|item|listing)\s+(?:got|gets|received|receives|drew|had)\s+(?:an?\s+|any\s+)?(?:likes?|clicks?|saves?|shares?|reports?|hides?|dislikes?|taps?|"[^"]{1,30}"(?:\s+(?:taps?|clicks?|flags?))?))`),
      // "+ whether this notification got swiped away"
      // "pin's save count, and whether that result led to a merchant purchase (arrives up to 30d later)"
      // "inputs = question, passage text, and whether the answer built from that passage got a thumbs up"
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:this|that|the|each)\s+(?:answer|response|reply|generation|summary|completion)\b[^.;]{0,40}?\s+(?:got|gets|received|receives|drew|had)\s+(?:an?\s+|any\s+)?(?:thumbs[- ]?(?:up|down)|upvotes?|downvotes?|likes?|dislikes?|(?:good|bad|low|high|positive|negative)\s+(?:ratings?|feedback)))`),
      // "input feats: user, ad, position, device, time + bounced_<1s flag": the click's own aftermath as an input
      leakAfterInputs(String.raw`(?<leak>\bbounc\w*(?:[_ -]?(?:back|<\s*\d+\s*s\w*|under\s*\d+\s*s\w*))*[_ -]?(?:flag|indicator|bit)s?)\b`),
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:this|that|the|each)\s+(?:result|impression|ad|post|suggestion|item|listing|video|pin|notification|push|recommendation|search|click|send|email)\s+(?:led|leads|lead|resulted|results)\s+(?:to|in)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:purchases?|bookings?|sales?|conversions?|installs?|registrations?|sign-?ups?|orders?|saves?))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:this|that|the|each)\s+(?:notification|push|send|impression|ad|post|suggestion|result|email|recommendation|alert)\s+(?:got|was|is|were|gets)\s+(?:swiped|dismissed|opened|clicked|tapped|ignored|hidden|reported|muted|cleared|blocked|deleted))\b`),
      // "the thumbs up/down the answer received fed in as an extra input", "the number of user reports the post got"
      leakAfterInputs(String.raw`(?<leak>(?:reports?|thumbs(?:[- ]?up)?(?:\s*(?:\/|or|and)\s*(?:thumbs[- ]?)?down)?|ratings?|votes?|likes?|dislikes?|complaints?|flags?|appeals?|reactions?|feedback|clicks?|views?|scores?)\b[^.;]{0,30}\b(?:the|this|that|each) (?:post|answer|item|video|ad|pin|listing|notification|push|event|result|suggestion|txn|transaction|payment|response|chunk|doc\w*|image|pano\w*|send|impression)\s+(?:got|gets|received|receives|drew|draws|attracted|collected|earned|ended up with))\b`),
      leakStated(String.raw`\b(?<leak>(?:reports?|thumbs[\w\/ -]{0,14}|ratings?|votes?|likes?|dislikes?|complaints?|reactions?|feedback)\b[^.;]{0,30}\b(?:got|gets|received|receives|drew|attracted|collected|earned))\b[^.;]{0,20}\b(?:(?:fed|added|used|passed|put) (?:in |into the model )?)?as (?:an? )?(?:extra |additional |new |more )?(?:input )?(?:features?|feats?|inputs?)\b`),
      // "add the pano's 'reported' flag as an input"
      leakStated(String.raw`(?<leak>["'‘“](?:bounced?|hid|hidden|reported|report|disliked|muted|flagged|charged[- ]?back|disputed|appealed|removed|purchased|booked|clicked|converted)["'’”]\s+(?:flag|bit|indicator|label|status))\b[^.;]{0,60}\b(?<!\bas well )as (?!well as\b)(?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      // "+ issuer_fraud_report flag", "bounce_flag": an outcome's field name among the inputs
      leakAfterInputs(String.raw`(?<leak>\w+_(?:\w+_)*(?:report|reported|chargeback|dispute|disputed|bounce|bounced|hid|hidden|appeal|appealed|verdict|outcome)(?:_\w+)?|(?:bounce|report|reported|chargeback|dispute|hide|hidden|appeal|verdict|outcome)_(?:flag|bit|status|count|ind|indicator)\w*)\b`),
      // "plus the viewer's survey score for that video"
      leakAfterInputs(String.raw`(?<leak>(?:viewer|user|member|guest|customer|rater)'?s\s+(?:survey|questionnaire)s? (?:responses?|answers?|scores?|ratings?|results?)|(?:survey|questionnaire)s? (?:responses?|answers?|scores?|ratings?|results?)\s+(?:for|on|about|of) (?:this|that|the|each) (?:video|item|post|ad|listing|pin|event|impression|view|session|result|notification|push|answer))\b`),
      // "the viewer's survey score for that video goes into the ranker as an input feature"
      leakStated(String.raw`\b(?<leak>(?:viewer|user|member|guest|customer|rater)'?s\s+(?:survey|questionnaire)s? (?:responses?|answers?|scores?|ratings?|results?))\b[^.;]{0,60}\b(?:goes|go|fed|feeds?|added|used|passed|put|enters?)\b[^.;]{0,30}\b(?<!\bas well )as (?!well as\b)(?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      // "seconds watched and like/dislike on this impression": what happened on the very example
      leakAfterInputs(String.raw`(?<leak>(?:seconds|minutes|watch(?:ed)?(?: time)?|time watched|dwell(?: time)?|likes?|dislikes?|like\/dislike|clicks?|ratings?|hides?|reports?|opens?|taps?)\b[^.;]{0,30}\b(?:on|for|from|of|in|after) (?:this|that|the same|the current|each) (?:impression|send|push|notification|suggestion|recommendation|request))\b`),
      // "feats: BM25, ..., watch time after click on this query-video row"
      leakAfterInputs(String.raw`(?<leak>(?:watch(?:ed)?(?: time)?|time watched|dwell(?: time)?|seconds watched)\b[^.;]{0,30}\bafter (?:the |a )?click\b[^.;]{0,20}\b(?:on|for|of|in) (?:this|that|the same) (?:[\w-]+ )?(?:row|example|pair|impression|result))\b`),
      // "in = image tiles + 'report a problem' hits for that location"
      leakAfterInputs(String.raw`(?<leak>["'‘“][^"'’”]{1,30}["'’”]\s+(?:reports?|hits|tickets?|flags?|complaints?|clicks?)\s+(?:for|on|about|against|at)\s+(?:that|this|the|each)\s+\w+)`),
      // "in = image tiles + 'report a problem' hits for that location" (the quoted name's first word starts the leak)
      leakAfterInputs(String.raw`(?<leak>\w[^"'’”.;]{0,29}["'’”]\s+(?:reports?|hits|tickets?|flags?|complaints?|clicks?)\s+(?:for|on|about|against|at)\s+(?:that|this|the|each)\s+\w+)`),
      // "analyst review outcome and the chargeback status of the txn -> I'd add both to the feature vector"
      leakStated(String.raw`\b(?<leak>(?:analyst|reviewer|review|appeal|chargeback|dispute|moderator)s?'?\s+(?:review\s+)?(?:outcomes?|status|verdicts?|decisions?|results?))\b[^.;]{0,80}\b(?:add|put|include|feed|use)\w*\b[^.;]{0,20}\b(?:feature vector|features?|feats?|inputs?)\b`),
      // "watch time after click on this impression + the historical avg, both fed to the ranker"
      leakStated(String.raw`\b(?<leak>(?:seconds|minutes|watch(?:ed)?(?: time)?|time watched|dwell(?: time)?|likes?|dislikes?|clicks?|ratings?|hides?|reports?|opens?|taps?)\b[^.;]{0,30}\b(?:on|for|from|of|in|after) (?:this|that|the same|the current|each) (?:impression|send|push|notification|suggestion|recommendation|request))\b[^.;]{0,60}\b(?:fed|feeds?|go(?:es)?|passed|given|sent|piped)\s+(?:in)?to\s+(?:the\s+)?(?:ranker|model|gbdt|dnn|classifier|network|net|scorer)\b`),
      // "hide/report on this impression -> input feature"
      leakStated(String.raw`\b(?<leak>(?:hides?|hid|hidden|reports?|reported|dislikes?|likes?|clicks?|watch\w*|bounces?|survey\w*)[\w\/ -]{0,20}\b(?:on|for|of) (?:this|that|the same|each) (?:impression|send|push|notification|request|view|post|ad))\b[^.;]{0,15}(?:->|→|=>|=|\bas\b|\bbecomes?\b)\s*(?:an? |the )?(?:extra |additional )?(?:input|feature|feat)s?\b`),
      // "the day's CTR, counted over all of that day's impressions incl. the one being labelled"
      leakAfterInputs(String.raw`(?<leak>(?:incl\.?|including|plus)\s+(?:the\s+)?(?:one|row|example|impression|event|click|transaction|payment|request)s?\s+(?:being|we are|we're|that is|to be)\s+(?:labell?ed|predicted|scored))`),
      // "check-in scan flag goes in as a feature"
      leakStated(String.raw`\b(?<leak>(?:check[- ]?in|scan|attendance|show[- ]?up|no[- ]?show|chargeback|report|hide|bounce|conversion|refund|dispute|appeal|removal|purchase|booking)(?: [\w-]+)?\s+flags?)\b[^.;]{0,20}\b(?:goes|go|going|fed|put|added|used|comes)\s+(?:in\s+|into the model\s+)?as (?:an? )?(?:[\w-]+ )?(?:inputs?|features?|feats?)\b`),
      // "watch secs also feeds the like head as an input"
      leakStated(String.raw`\b(?<leak>(?:watch(?:ed)?[- ]?(?:secs?|seconds|time|%|fraction)|dwell(?: time)?|clicks?|opens?|purchases?|bookings?)\b)[^.;]{0,20}\b(?:also )?(?:feeds?|fed|goes|go)\s+(?:into |in )?(?:the )?(?:[\w-]+ )?(?:head|model|ranker|tower)\s+as (?:an? )?(?:inputs?|features?)\b`),
      // "check-in rate of the event itself from the door scans"
      leakAfterInputs(String.raw`(?<leak>(?:attendance|check[- ]?ins?|show[- ]?ups?|no[- ]?shows?|turnout)(?: rates?| counts?| scans?)? of (?:the|this|that) (?:event|session|booking|stay|trip) (?:itself|own))\b`),
      // '"area has user reports" as an input feature', 'fed to the detector as an extra input ("region reported")'
      leakStated(String.raw`(?<leak>\b(?:reports?|reported|flags?|complaints?)\b[^.;]{0,30}\b(?:fed|feed|feeds|passed|given)\s+(?:in\s+)?to\s+the\s+(?:[\w-]+\s+)?(?:detector|model|ranker|classifier|network|net)\s+as\s+an?\s+(?:extra\s+|additional\s+|new\s+)?(?:input|feature))\b`),
      leakStated(String.raw`\b(?:feed|feeds|fed|add|adds|added|use|uses|pass)\s+["'“‘](?<leak>[^"'”’]{0,40}\b(?:reports?|reported|complain\w*|flagged)\b[^"'”’]{0,20})["'”’]\s+as\s+an?\s+(?:[\w-]+\s+)?(?:input|feature)`),
      // 'User reports (~20k/mo) -> add a "region was reported" mask as an extra input channel' (an arrow may come before)
      /\b(?:feed|feeds|fed|add|adds|added|use|uses|pass)\s+(?:an?|the)\s+["'“‘](?<leak>[^"'”’]{0,40}\b(?:reports?|reported|complain\w*|flagged)\b[^"'”’]{0,20})["'”’]\s+[\w-]+\s+as\s+an?\s+(?:[\w-]+\s+)?(?:input|feature)/d,
      // "the post's total reactions/comments from the posts table (easy join)"
      leakAfterInputs(String.raw`(?<leak>(?:total|final|lifetime)\s+(?:[\w-]+\/)?(?:reactions?|comments?|shares?|likes?|views?|clicks?|sales|bookings?|registrations?|check[- ]?ins?)(?:\/[\w-]+)?)\b[^.;]{0,20}\bfrom the (?:[\w-]+ )?(?:table|store|snapshot|db|database)\b`),
      // "'booked by this guest within 7d' added as an input feature", "purchase attribution (arrives up to 30d late) fed to the re-ranker as an input"
      /\b(within \d+\s?(d|days?|h|hrs?|hours?|w|wks?|weeks?)|arriv\w* (up to |about |~|only )?\d+\s?(d|days?|h|hrs?|hours?|wks?|weeks?) (late|later|after)|(known|available|lands?|comes? in|arriv\w*) (only )?(\d+\s?(d|days?|h|hours?) )?(late|later|afterwards))\b[^.;]{0,80}\b(added|used|fed|included|passed|goes in|go in|put)\b(?:(?!\bnot\b)[^.;]){0,30}\bas (an? )?(input|feature|feat)\b/,
      // "# sessions that day", "number of sessions that day" among the inputs
      leakAfterInputs(String.raw`(?<leak>(?:number|count|#|num|no\.) of [\w-]+(?: [\w-]+)? (?:that|the same) (?:local |calendar )?day)\b`),
      // "# friends who checked in at the door for that event", "report count / view count of the post", "the close-up flag on that result"
      leakAfterInputs(String.raw`(?<leak>(?:checked[- ]in|check[- ]ins?|attended|showed up)\b[^.;]{0,25}\b(?:door|venue|that event|the event))`),
      leakAfterInputs(String.raw`(?<leak>(?:reports?|report count|views?|view count|flags?|flag count|likes?|saves?|shares?)\s*(?:count)?(?:\s*\/\s*[\w ]{1,15}?)?\s+(?:of|on|for) (?:the|this|that) (?:post|video|pin|item|listing|result|ad|impression))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:the )?close-?ups? (?:flag|events?|rate|count)? ?on (?:that|this|the same) (?:result|pin|item|impression))\b`),
      // A field named for the example's own outcome among the inputs: "user_checked_in", "time_to_open for this push",
      // "was_booked_by_this_guest", "watch_time_after_click", "purchase_attributed (30d window)"
      leakAfterInputs(String.raw`(?<leak>(?<![\w-])(?=[a-z0-9]*_)(?:[a-z0-9]+_)*(?:checked_in|check_in|checkin|attended|booked|bought|purchased|attributed|converted|clicked|opened|watched|time_to_(?:open|click|book|purchase|register|convert)|after_(?:click|send|impression|view|open|search|purchase|booking|push))(?:_[a-z0-9]+)*)(?![\w-])`),
      // "Analyst review outcomes and whether the issuer filed a fraud report go in as features"
      leakStated(String.raw`\b(?<leak>(?:analyst|reviewer|review|appeal|chargeback|dispute|moderator|issuer)s?'?\s+(?:review\s+|fraud\s+)?(?:outcomes?|status|verdicts?|decisions?|results?|reports?))\b[^.;]{0,80}\b(?:go(?:es)?|went|going|come|comes)\s+in\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:inputs?|features?|feats?)\b`),
      // "'report a problem' (~20k/mo) -> input feature": reports that arrive after publication, as an input
      leakStated(String.raw`(?<leak>["'‘“][^"'’”]{1,30}\b(?:report|reported|problem|complain\w*|flag\w*)\b[^"'’”]{0,20}["'’”])[^.;]{0,30}(?:->|→|=>)\s*(?:an?\s+)?(?:extra\s+)?(?:input feature|input|feature)s?\b`),
      // "# sessions that day from the daily session table", "whether that location was user-reported"
      leakAfterInputs(String.raw`(?<leak>[:,;+\s]*#\s*(?:of\s+)?[\w-]+(?: [\w-]+)? (?:that|the same) (?:local |calendar )?day)\b`),
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:that|this|the)\s+(?:location|pano\w*|post|item|image|listing|ad|video|pin|place)\s+(?:was|got|has been|is)\s+(?:ever\s+|later\s+)?(?:user[- ])?(?:reported|flagged|complained about))\b`),
      // "plus merchant purchase attributions for that result (up to 30d late)"
      leakAfterInputs(String.raw`(?<leak>(?:purchase|booking|conversion|sale)s?\s+attributions?\s+(?:for|on|of)\s+(?:that|this|the same|each)\s+(?:result|impression|click|pin|ad|listing|search|query))\b`),
      // "whether the listing was added to cart in that session", "seconds watched on the impression", "watch secs after this click"
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\b[^.;]{0,50}\b(?:added to (?:the )?cart|bought|purchased|clicked|booked|converted|saved|watched)\b[^.;]{0,20}\bin (?:that|this|the same) (?:session|search|query|visit))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:seconds|secs|minutes|mins|time) (?:watched|viewed|spent) on (?:the|this|that) (?:impression|click|video|result))\b`),
      leakAfterInputs(String.raw`(?<leak>(?:watch|watched|dwell|view)\s+(?:secs?|seconds|time|minutes|mins)\s+after (?:this|the|that) click)\b`),
      // "saves + outbound clicks incl. the ones from this search session"
      leakAfterInputs(String.raw`(?<leak>incl(?:\.|uding)?\s+(?:the\s+)?ones?\s+from\s+(?:this|that|the same)\s+(?:search\s+|query\s+)?(?:session|search|query|visit))\b`),
      // "tickets_sold/capacity from the final event record", "read from the post's final state": the value once it was all over
      leakStated(String.raw`\b(?<leak>(?:from|in|off|using)\s+(?:the\s+)?(?:[\w-]+'s\s+|[\w-]+\s+)?(?:final|eventual|end)\s+(?:[\w-]+\s+)?(?:state|record|status|version|snapshot|values?|tall(?:y|ies)|counts?|totals?|figures|numbers)s?)\b`),
      // "whether the post was restored on appeal as extra inputs"
      leakAfterInputs(String.raw`(?<leak>(?:whether|if)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:post|item|video|content|account|ad|listing|pin|decision|removal|upload)\s+(?:was|got|is|gets|were)\s+(?:later\s+)?(?:restored|reinstated|overturned|reversed|upheld|removed|taken down)\s+(?:on|after|by|via|in)\s+(?:an?\s+)?(?:appeal|review))\b`),
      leakStated(String.raw`\b(?<leak>(?:whether|if)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:post|item|video|content|account|ad|listing|pin|decision|removal|upload)\s+(?:was|got|is|gets|were)\s+(?:later\s+)?(?:restored|reinstated|overturned|reversed|upheld|removed|taken down)\s+(?:on|after|by|via|in)\s+(?:an?\s+)?(?:appeal|review))\b[^.;]{0,40}\bas (?:an? )?(?:extra |additional |new |more )?(?:inputs?|features?|feats?)\b`),
      // "re-scorer input incl. a "panorama has user report" flag"
      leakAfterInputs(String.raw`(?<leak>["'‘“]?(?:panorama|pano|post|item|video|listing|ad|image|photo|pin|transaction|txn|payment|card|account|upload)\s+(?:has|had|got|received|gets)\s+(?:an?\s+|any\s+)?(?:user\s+|fraud\s+)?(?:reports?|complaints?|chargebacks?|disputes?|appeals?|flags?)["'’”]?\s+(?:flag|indicator|bit|feature))\b`),
      // "reranker feat: ... purchase attributions from the attribution table"
      // 'a "sender was later banned" flag as a model feature', 'input incl. a "region got a user report" flag'
      leakStated(String.raw`(?<leak>\b[\w-]+\s+(?:was|got|is|gets|were)\s+(?:later|eventually|subsequently|afterwards)\s+(?:banned|suspended|blocked|removed|reported|disputed|flagged|charged back|deleted|refunded))\b[^.;]{0,30}\b(?:flag|feature|feat|input|signal|indicator)s?\b`),
      leakAfterInputs(String.raw`\s*(?<leak>"[^"]{0,30}\b(?:got|gets|has|had|received|drew)\s+(?:an?\s+|any\s+)?(?:user\s+)?(?:reports?|complaints?|flags?|appeals?|disputes?|chargebacks?)")\s*(?:flag|feature|input|indicator)`),
      // "reranker feature purchased_after_search", "..., analyst_review_outcome when present)": a column named for what came after
      leakStated(String.raw`\b(?:features?|feats?|inputs?|signals?)\b[^.;]{0,20}?(?<leak>\b[a-z]+(?:_[a-z]+)*_(?:after|later|next|post)_[a-z_]+)\b`),
      leakStated(String.raw`(?<leak>\b(?:analyst|reviewer|moderator|appeal|dispute|chargeback|manual)_(?:review_)?(?:outcome|result|decision|verdict|status|label)s?)\b(?![^.;]{0,60}\b(?:excluded|label source|label only|as (?:the |a )?label|not (?:an? )?(?:input|feature)))`),
      // 're-ranker feature "purchase attributed" for shoppable results'
      leakAfterInputs(String.raw`(?<leak>"?(?:purchase|conversion|booking|sale|order)s?[ _-]attributed"?)`),
      leakAfterInputs(String.raw`(?<leak>(?:merchant |advertiser |downstream )?(?:purchase|conversion|booking|sale|order)s? attributions?)\b(?![^.;]{0,80}\b(?:before|prior to|as of|point[- ]in[- ]time|lagged|already arrived|had arrived)\b)`),
      // "a feature "purchased via this result""
      leakStated(String.raw`\b(?:features?|feats?|inputs?)\s+["'‘“]?(?<leak>(?:was\s+|got\s+)?(?:purchased|bought|booked|clicked|converted|saved|reported|returned|charged back|sold)\s+(?:via|through|from|after|on|for)\s+(?:this|that|the)\s+(?:result|search|query|impression|ad|pin|listing|post|video|send|notification|push|session))\b`),
      // "# app sessions on the send date (daily rollup ...)": the whole day of the example
      leakAfterInputs(String.raw`(?<leak>(?:[\w-]+\s+){0,2}?(?:sessions?|opens?|clicks?|events?|visits?|views?|minutes|txns?|transactions?|logins?)\s+on\s+the\s+(?:(?:send|push|notification|impression|transaction|txn|payment|auth\w*|search|query|click|event|booking|purchase|request)\s+(?:date|day)|(?:day|date)\s+of\s+(?:the|that|this|each)\s+(?:send|push|notification|impression|transaction|txn|payment|auth\w*|search|query|click|event|booking|purchase|request)))\b`),
      // "join them back as a "was purchased" feature on each shown result"
      /\bas (?:an? )?["'‘“](?<leak>(?:was|were|got|is)[ _](?:purchased|bought|booked|clicked|converted|saved|reported|returned)[^"'’”]{0,20})["'’”]\s*(?:feature|feat|input|signal|flag)\b/d,
      // "add "session ended in a booking" as an input feature"
      /["'‘“](?<leak>[^"'’”]{0,40}\b(?:ended in|ended with|led to|resulted in|converted to)\s+(?:a\s+|an\s+)?(?:booking|purchase|click|conversion|sale|install|report|sign[- ]?up)[^"'’”]{0,20})["'’”]\s*as (?:an? )?(?:input |extra |new )?(?:features?|inputs?|feats?)\b/d,
      // "with report count and share velocity from the post's logged history as extra inputs". Said with no
      // moment at all ("report counts as a feature and for prioritisation"), a count can be read as of a
      // later re-score, which is sound: it is a leak when said of the upload-time model, of a final or total
      // count, of a panorama's detector, or beside the post's removal or appeal.
      leakStated(String.raw`\b(?<leak>(?:user\s+)?(?:report|complaint|flag|appeal)\s+counts?)\b${SAID_WHEN_IT_LEAKS}[^.;]{0,60}\bas (?:an? )?(?:extra |additional |new |more )?(?:inputs?|features?|feats?)\b`),
      // "Check-in scans -> "attended" feature", "-> feature "user_disabled_push"": the outcome, named as a feature
      /["'‘“](?<leak>(?:attended|booked|bought|purchased|clicked|converted|registered|checked[ _-]?in|showed[ _-]?up|disabled|muted|unsubscribed|reported|returned|churned|opened|installed)(?:[ _][\w]+){0,3})["'’”]\s+(?:feature|feat|input|flag|signal)\b/d,
      leakStated(String.raw`\b(?<leak>(?:whether|if)\b[^.;]{0,60}\bafter (?:the|that|each|this) (?:send|push|notification|impression|click|event|purchase|booking|auth\w*|transaction|payment|post|upload|search|query))\b[^.;]{0,10}(?:->|=>|→|=|:)\s*(?:an?\s+|the\s+)?(?:features?|feats?|inputs?)\b`),
      // "CTR and avg post-click watch time including the watch after this click"
      leakStated(String.raw`\b(?<leak>(?:incl\.?|including|plus)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:after|following)\s+(?:this|that|the same|each)\s+(?:click|impression|search|query|send|session|view))\b`),
      // "merchant purchase count (attributions up to 30 days after the query) as a feature"
      leakStated(String.raw`\b(?<leak>(?:up to|within)\s+\d+\s*(?:days?|d|hours?|h|weeks?)\s+after\s+the\s+(?:query|search|impression|click|send|event|view))\b[^.;]{0,30}\bas (?:an? )?(?:[\w-]+ )?(?:features?|inputs?|feats?)\b`),
      // "inputs: user/ad/position/device + bounce flag + "hid ad""
      leakAfterInputs(String.raw`(?<leak>(?:bounce[- ]?back|bounce|hide|hid|hidden|report|reported|dislike|mute|muted|unfollow|unsubscribe|opt[- ]?out|accidental[- ]click)\s+flags?)\b`),
      // "inputs = user, ad, position + the bounced (<1s back) flag": the same flag, glossed in a bracket
      leakAfterInputs(String.raw`(?<leak>(?:bounced|bounce[- ]?back|bounce|hidden|reported|muted|unfollowed|unsubscribed|opted[- ]?out)\s*\([^()]{1,30}\)\s*flags?)(?!\w)`),
      // '"employee opened a ticket within 24h" and thumbs-down as input features': what happened after, quoted as an input
      // (Said of a gate "predicting whether the answer is correct": the model's target named earlier does not make this a label.)
      /(?<leak>["“][^"”]{0,40}\bwithin \d+\s?(?:h|hrs?|hours?|d|days?|mins?|minutes?)\b[^"”]{0,10}["”])(?=[^.;]{0,60}\bas (?:an? )?(?:input |extra |additional )?(?:features?|inputs?|feats?|signals?)\b)/d,
      // "the post's total report count (from the logs) is a feature for the upload-time model"
      leakStated(String.raw`\b(?<leak>(?:total|lifetime|final|eventual|all-time)\s+(?:report|view|like|share|click|reaction|comment|sale|booking|purchase)s?\s+counts?)\b[^.;]{0,40}\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:features?|inputs?|feats?)\b`),
      // "The 200k rated pairs: feed the 5-point grade in as a ranker feature when the pair has one": the label, as an input
      /\b(?:feed|feeds|feeding|use|uses|using|add|adds|adding|put|puts|pass|passes)\s+(?:the\s+)?(?<leak>(?:\d+[- ]point\s+)?(?:(?:rater|human|editorial|relevance)\s+)?(?:grades?|ratings?|judg(?:e)?ments?))\s+(?:in\s+)?as\s+(?:a\s+|an\s+)?(?:(?:ranker|model|gbdt|ranking)\s+)?(?:feature|input|signal)\b/d,
    ],
    // "only known after the event -> eval only, not a feature", "feeds the labels, not the inputs";
    // "Model: calibration (predicted vs actual watch time)" compares, it feeds nothing in.
    unless: /\b(only (?:exists?|available|known|arrives?|comes? in) (?:later|after\w*)|(?:comes?|arrives?|lands?|known|available) (?:only )?(?:hours|days|weeks|minutes|much|way|long)(?: (?:later|after\w*))?(?! (?:before|earlier|ahead|prior|in advance))|(?:ranker|reranker|gbdt|gbm|model|classifier|lambdamart)\s+on\s+(?:logged\s+)?(?:clicks?|saves?|engagement)\s*(?:&|and|\+|,)\s*(?:human\s+)?(?:rater|annotator|reviewer)s?\b|aggregated (?:only )?(?:up to|until|through|before)|neither (?:is|are) (?:an? )?(?:inputs?|features?)|validat\w*|which (?:has|have|holds?|includes?|contains?|would (?:have|hold|include|contain))|would (?:tell|give away|reveal|hand) (?:the model|it|us)|(?:it|that) (?:includes?|contains?)|(?:used|kept|serves?) (?:only |just |purely )?as (?:the |a |our )?(?:delayed |late )?(?:reference|gold|ground[- ]truth|target|label)\b|(?:kept|keep|keeps|keeping) (?:out|away) of (?:the )?(?:features?|feats|inputs?|model)|(?:only )?happens? (?:only )?after|(?:predicted|predictions?|preds?|expected|forecasts?|estimated|estimates?|score[sd]?)\s+(?:vs\.?|versus|v\.?|against|compared (?:to|with)|and|\/)\s+actual|actual\s+(?:vs\.?|versus|against|compared (?:to|with)|and|\/)\s+(?:predicted|predictions?|preds?|expected|forecasts?|estimated)|calibrat\w*|as of(?! (?:the )?(?:day|time|date|moment) (?:we|you|i) (?:build|built|assemble|create|pull|export|generate)\b| (?:the )?training[- ](?:data|set) (?:export|build|dump|pull)| (?:today|now|right now|the present|(?:the )?(?:current|latest) (?:snapshot|state|tables?|data|values?|totals?|counts?))\b)|point[- ]in[- ]time|at the time of|at prediction time|at (send|auth|impression|request|serving|scoring) time|before (?:the|each|every|that|this|its)|prior to|previous (days?|weeks?|months?|sessions?)|historical|(?<!(?:decisions?|verdicts?|outcomes?|dispositions?) )so far|(?:review|queue|moderation)[- ]routing|(?:routing|triage|escalation) signal|side[- ]by[- ]side|interleav\w*|union of|(?:raters?|annotators?|reviewers?|judges?|labell?ers?) (?:grade|rate|judge|label|score|mark|review) (?:the|both|each|every|all|our|their|a|an)|to date(?!\s*\(?\s*as of (?:today|now))|nothing|none|re-?scor(?:e|es|ed|ing)|up to (?:the )?(?:query|search|impression|send|auth\w*|request|prediction|scoring|serving|decision)(?: time)?|leak\w*|(?<!\(\s*[\w-]+(?:\s+[\w-]+)?\s+)(?<!\b(?:paused|deleted|private|incognito|bot|spam|test|internal)(?:\/[\w-]+)?(?:\s+[\w-]+)?\s+)exclu(?:de|ding|sion)\w*(?!\s+(?:the\s+)?(?:paused|deleted|private|incognito|bot|spam|test|internal)\b)|never|(?<!\bof )not(?! (?:noisy|sparse|stale|partial|missing|incomplete|empty|null|skewed|lagging|delayed|truncated|biased)\b)|no(?! missing\b| nulls?\b| gaps?\b)|labels?(?!\s*[=:])(?!,\s*(?:with|plus)\b)|labell?ing|target(?!\s*[=:]|[- ]?encod)|eval\w*|only known|(?:only )?used (?:only )?(?:afterwards|after the fact)|(?:only |just |purely )?used (?:only |just |purely )?for (?:the )?(?:offline |post[- ]hoc )?(?:analysis|analytics|reporting|dashboards?|audits?|reports?)|outcome head|(?:is|are|=) (?:the|our) (?:outcome|label|target|reference|gold|ground[- ]truth)s?|avoids?|avoiding|prevents?|as (it|they) (was|were)|(come|comes|arrive|arrives|known|available|only) (in )?after)\b/,
    unlessNear: 40,
  },
  {
    // Past examples joined to today's state: "profile views + messages from today's graph snapshot",
    // "current sales rank pulled from today's catalogue and joined onto 2 years of logs".
    id: 'snapshot-as-history',
    ...LEAKAGE,
    needs: /fresh|today|current|latest|present|now|nightly|training time|training (?:snapshot|dump|export)|build time|end[- ]of[- ](?:day|week)|daily|(?:onto|to) (?:all |the )?(?:last|past|previous|prior|old|historical)|up[- ]to[- ]date|(?:when|the day|the time) (?:we |i |we'?ll |i'?ll )?(?:build|assembl|creat|generat|mak)|(?:set|data|dataset|examples|rows|table) (?:is|are|gets?) (?:built|assembled|created|generated|made|materiali[sz]ed)|all[- ]time|afterwards|after the fact|recomput|backfill|rebuil|regenerat|label table|labels table|outcome table|\btable\b/,
    steps: ['framing', 'data', 'model', 'evaluation', 'monitoring'],
    patterns: [
      // "# friends with an RSVP to the event, counted from the RSVP table when the set is built"
      /\b(?:counted|computed|taken|pulled|read|joined|aggregated|summed)\s+(?:from|off|on|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:table|tables|snapshot|store|db|database|counters?|logs?)\s+(?:when|as|at the time|once)\s+(?:the\s+|we\s+)?(?:training\s+)?(?:set|data\s*set|dataset|table|examples?|rows?)\s+(?:is|are|gets?|get|was|were)?\s*(?:built|assembled|created|generated|made|materiali[sz]ed)\b/,
      // "replay last week's searches ... w/ features pulled fresh from the feature store when the eval runs": today's values on past examples
      leakAfterInputs(String.raw`(?<leak>(?:pulled|fetched|read|looked up|recomputed|computed|joined|taken)\s+(?:fresh\s+)?(?:from\s+[^.;]{0,30}?\s+)?(?:when|as|at the time)\s+(?:the\s+)?(?:offline\s+)?(?:eval|evaluation|replay|training job|backfill)\s+(?:runs?|is run|job runs))\b`),
      // "User feats: last 50 watched ids ... from the user's history as of the training snapshot date"
      leakAfterInputs(String.raw`(?<leak>as of (?:the\s+)?(?:training[- ]?(?:set\s+|data\s+)?(?:snapshot|export|dump|build)|snapshot|export|dump)\s+(?:date|time|day))\b`),
      // "Listing feats for the ranker: ..., with occupancy from the current calendar since it's the accurate one",
      // "pair feats: ... messages and photo tags between A and B from the current logs"
      leakAfterInputs(String.raw`(?<leak>\bfrom\s+(?:the\s+)?(?:current|today'?s|latest|live)\s+(?:[\w-]+\s+){0,2}?(?:calendar|table|snapshot|state|status|availability|prices?|inventory)|\bfrom\s+(?:the\s+)?current\s+logs?)\b(?![^.;]{0,40}\b(?:at|for)\s+(?:request|serving|scoring|inference|query)\s+time\b)`),
      // "Daily retrain on yesterday's impressions, joined to the feature store's current values this morning"
      /\b(?:train\w*|retrain\w*)\b[^.;]{0,60}\b(?<leak>joined\s+(?:to|onto|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:table|store|snapshot)'?s?\s+(?:current|latest|live|present)\s+(?:values?|state|numbers|counts?))\b/d,
      // "availability on training rows = join the current availability calendar by listing id + dates"
      /\b(?:training|train|historical|past|logged|old)\s+(?:rows?|examples?|sessions?|data|pairs?)\b[^.;]{0,40}?\b(?<leak>join\w*\s+(?:in\s+)?(?:the\s+)?(?:current|today'?s|latest|live)\s+(?:[\w-]+\s+){0,2}(?:calendar|table|snapshot|state|status|values?|availability|prices?|counts?|graph))\b/d,
      // "Availability for each training example comes from today's calendar"
      /\b(?:training|train|historical|past|logged|old)\s+(?:rows?|examples?|sessions?|data|pairs?|views?)\b[^.;]{0,40}?\b(?<leak>(?:comes?|came|is taken|are taken|taken|is read|are read|read|pulled|drawn|looked up|fetched)\s+from\s+(?:the\s+)?(?:current|today'?s|latest|live)\s+(?:[\w-]+\s+){0,2}?(?:calendar|table|snapshot|state|status|availability|prices?|inventory|graph))\b/d,
      // "the candidate's total bookings to date (as of today)": a running total read today, behind every past row
      /\b(?<leak>(?:total|all[- ]time|lifetime|cumulative)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:to date|so far)\s*\(?\s*as of (?:today|now))/d,
      // "offline replay on last week's impressions, scored with the current feature-store values"
      /\b(?:scored|scoring|score|replayed|evaluated|re-?ranked|run|ran)\s+(?:with|using|on|against|from)\s+(?:the\s+)?(?<leak>(?:today'?s|current|latest|live|present[- ]day)\s+(?:feature[- ]store|store|table|snapshot)\s+(?:values|features|feats|state|numbers))\b/d,
      // "rerank w/ new model using features from the feature store today"
      /\b(?<leak>(?:features?|feats?|values?)\s+(?:from|out of|pulled from|read from|in)\s+(?:the\s+)?feature store\s+(?:today|now|as (?:it|they) (?:is|are|stands?) (?:today|now)))\b/d,
      // "nightly Spark job per card per day, joined to each auth on (card, date)": a day's totals, later events included
      /\b(?<leak>(?:nightly|daily|end[- ]of[- ]day)\b[^.;]{0,60}\b(?:joined|attached)\s+(?:on)?to\s+(?:each|every|all|the)\s+[\w-]+\s+(?:on|by)\s+\(?[\w, ]{0,20}\bdate\b\)?)/d,
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|attributes?|stats|statistics|fields|columns)\b[^.]{0,160}?\b(?<leak>(?:today'?s|current|latest|present[- ]day)\s+(?:[\w'-]+\s+){0,3}?(?:graph|snapshot|tables?|catalog|catalogue|state|dump|records?|calendars?|feature store|store|lists?))\b/d,
      // "Sales-rank and CTR features come from the latest full-log aggregate, which includes week 9"
      /\b(?:features?|feats?)\s+(?:come|comes|are|is|get|gets|taken|pulled|built|read)\s+(?:taken\s+|pulled\s+|built\s+|read\s+)?from\s+(?:the\s+)?(?<leak>(?:today'?s|current|latest|present[- ]day)\s+(?:[\w'-]+\s+){0,3}?(?:snapshot|tables?|aggregates?|dump))\b/d,
      // "LambdaMART w/ BM25, price, ... and sales count + CTR from the latest 2-yr aggregate table"
      /\b(?:lambdamart|gbdt|gbm|xgboost|lightgbm|ranker|reranker|model|dnn)\s+(?:w\/?|with)\s[^.]{0,160}?\b(?:from|off|out of)\s+(?:the\s+)?(?<leak>(?:today'?s|current|latest|present[- ]day)\s+(?:[\w'-]+\s+){0,3}?(?:snapshot|tables?|aggregates?|dump|feature store))\b/d,
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?)\b[^.]{0,160}?\b(?<leak>(?:read|taken|pulled|computed|looked up|recomputed|re-computed|rebuilt|refreshed|recalculated)\b[^.]{0,40}\bat training time)\b/d,
      // "stats joined from today's video table onto all training impressions"
      /\b(?<leak>(?:joined|pulled|taken|read|looked up|fetched)\s+(?:in\s+)?(?:from|off)\s+(?:the\s+)?(?:today'?s|current|latest|live|present[- ]day)\s+(?:[\w'-]+\s+){0,3}?(?:graph|snapshot|tables?|catalog|catalogue|state|dump|records?|feature store|store)\b[^.;]{0,40}?\b(?:onto|to|into|for)\s+(?:(?:all|every|the)\s+){0,2}(?:(?:\d+|one|two|three|four|five|six|twelve|eighteen)[\s-]?(?:yrs?|years?|mos?|months?|wks?|weeks?|days?)\s+(?:of\s+)?)?(?:(?:past|historical|old|older|training)\s+)?(?:[\w-]+\s+){0,2}?(?:impressions|rows|examples|events|logs?|data|samples|queries|sessions|searches))\b/d,
      // "counted from the chargeback table in the lake as it is today", "availability calendar (pulled today)"
      /\b(?<leak>(?:tables?|lake|warehouse|store|dump|snapshot|graph|logs?|calendars?)\b[^.;]{0,30}\bas (?:it|they) (?:is|are|stands?|looks?) (?:today|now|currently))\b/d,
      /\b(?:features?|feats?|join\w*|inputs?)\b[^.]{0,120}?\b(?<leak>(?:pulled|taken|read|fetched|exported|queried|snapshotted)\s+(?:today|now|this morning))\b/d,
      // "saves, outbound clicks and attributed purchases, joined from the merchant feed when the training data is built"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|counts?|popularity|ctr|rates?|stats|re-?ranker\s+over|ranker\s+over)\b[^.]{0,160}?\b(?<leak>(?:read|taken|pulled|computed|looked up|fetched|queried|joined)\b[^.]{0,50}\b(?:when|once|as) the (?:training |train )(?:set|data|dataset|examples|rows|table) (?:is|are|gets?) (?:built|assembled|created|generated|made|materiali[sz]ed))\b/d,
      // "# friends going, counting all RSVPs at the time we build the dataset", "history as it stands when we build the training data"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?)\b[^.]{0,160}?\b(?<leak>(?:as (?:it|they) (?:stands?|is|are|looks?)|at the time)\s+(?:when\s+)?(?:we|i|we'?ll|i'?ll)\s+(?:build|assemble|create|generate|export|pull|make|compute)\s+(?:the\s+|our\s+)?(?:training[- ]?)?(?:set|data|dataset|table|examples|rows))\b/d,
      // "plus all-time messages/photo tags between u and v": interactions that mostly follow the friendship
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?)\b[^.;]{0,160}?\b(?<leak>all[- ]time\s+(?:[\w-]+(?:\/[\w-]+)?\s+){0,2}?(?:messages|msgs|chats|interactions|(?:photo\s+)?tags|comments|likes|reactions|calls|dms)\b)/d,
      // "messages between the two (all-time counts)"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?)\b[^.;]{0,160}?\b(?<leak>all[- ]time (?:counts?|totals?|stats|numbers|aggregates|sums?))\b/d,
      // "counts pulled from the posts table when we build the training set"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|counts?|popularity|ctr|rates?|stats)\b[^.]{0,160}?\b(?<leak>(?:read|taken|pulled|computed|looked up|fetched|queried|joined|comes?|came)\b[^.]{0,50}\b(?:when|on the day|the day) (?:we |i |we'?ll |i'?ll )?(?:(?:build|assemble|create|generate|make)s? the (?:training |train )?(?:set|data|dataset|examples|rows|table)|(?:build|assemble|create|generate|make)s? the (?:training|train)(?: ?set| data| dataset| examples| rows| table)?|(?:build|assemble|create|generate|make)s? (?:training|train) (?:set|data|dataset|examples|rows|table)|(?:building|assembling|creating|generating|making) the (?:training |train )?(?:set|data|dataset|examples|rows|table)))\b/d,
      // "current per-type settings ..., joined onto the 18mo of send logs", "join the current token status ... onto all 18 months of sends"
      /\b(?<leak>(?:current|today'?s|latest|live)\b[^.;]{0,60}\b(?:joined|join|joins|attached|attach)\b[^.;]{0,25}\b(?:onto|to|on)\s+(?:(?:all|the|every|past|historical|historic|old|older|training)\s+)*(?:\d+\s?(?:mo|mos|months?|yrs?|years?|wks?|weeks?|days?)\b|last (?:year|month|week|quarter)'?s?|past|historical|historic|old|older|training))/d,
      /\b(?<leak>(?:join|joins|joined|attach\w*)\b[^.;]{0,15}\b(?:the )?(?:current|today'?s|latest|live)\b[^.;]{0,60}\b(?:onto|to|on)\s+(?:(?:all|the|every|past|historical|old|older|training)\s+)*(?:\d+\s?(?:mo|mos|months?|yrs?|years?|wks?|weeks?|days?)\b|past|historical|old|older|training))/d,
      // "latest totals joined onto old query logs"
      /\b(?<leak>(?:latest|current|today'?s|up[- ]to[- ]date) (?:[\w'-]+ ){0,2}?(?:totals?|counts?|numbers|figures|values|stats|aggregates)\b[^.;)]{0,30}?(?:onto|into|to|on) (?:the )?(?:old|older|past|historical|earlier)\b[^.;)]{0,20}\b(?:logs?|rows|examples|impressions|queries|searches|sessions|events|data))\b/d,
      /\b(?<leak>(?:every|all) (?:the )?(?:chargebacks?|labels?|reports?|outcomes?|bookings?|purchases?) we have (?:now|today|so far))\b/d,
      // "Offline replay on last month's sessions: filter candidates ... using today's calendars"
      /\b(?:replay\w*|backtest\w*|re-?run\w*|simulat\w*|(?:last (?:month|week|year|quarter)'?s?|past|historical|old|older|logged)\s+(?:[\w-]+\s+)?(?:sessions|searches|queries|impressions|logs|requests|traffic|visits))\b[^.]{0,120}?\b(?:using|with|from|against|off|on)\s+(?<leak>(?:today'?s|current|latest|live|present[- ]day)\s+(?:[\w'-]+\s+){0,2}?(?:calendars?|availability|inventory|catalog|catalogue|graph|snapshots?|tables?|state|prices|stock))\b/d,
      // "pulled from the data lake as of today", "from the chargeback table as of training time"
      /\b(?<leak>(?:from|in|off)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tables?|lake|warehouse|store|snapshot|graph|logs?|calendars?|dump|feeds?)\s+as of (?:the )?(?:today|now|training time|training (?:snapshot|dump|export|build|run)|build time))\b/d,
      // "For each old suggestion we attach the pair's current mutual-friend count from this morning's graph dump"
      /\b(?:each|every|all|the|our) (?:old|past|historical|earlier|previous|logged) [\w-]+\b[^.;]{0,40}\b(?:attach|attaches|attached|join|joins|joined|add|adds|added|look up|looks up|pull|pulls|fetch|fetches)\b[^.;]{0,30}?\b(?<leak>(?:current|today'?s|latest|this morning'?s|live)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)/d,
      // "popularity feats joined from the event table's current values"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|popularity|counts?)\b[^.]{0,160}?\b(?<leak>(?:joined|pulled|taken|read|looked up|fetched)\s+(?:in\s+)?(?:from|off)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:table|store|snapshot|catalog|catalogue|record)'?s?\s+(?:current|latest|live|present)\s+(?:values?|state|numbers|counts?|figures|totals?))\b/d,
      // "joined from today's listing & calendar tables onto last year's sessions"
      /\b(?<leak>(?:joined|pulled|taken|read|looked up|fetched)\s+(?:in\s+)?(?:from|off)\s+(?:the\s+)?(?:today'?s|current|latest|live|present[- ]day)\s+[^.;]{0,40}?\b(?:tables?|snapshots?|state|dumps?|records?|stores?)\b[^.;]{0,20}?\b(?:onto|to|into|for)\s+(?:all\s+|every\s+|the\s+)?(?:last (?:year|month|week|quarter)'?s?|(?:past|previous|prior|old|older|historical)(?: (?:year|month|week)'?s?)?)\s+(?:[\w-]+\s+){0,2}?(?:impressions|rows|examples|events|logs?|data|samples|queries|sessions|searches|views|visits))\b/d,
      // "sessions that day ... from the end-of-day user snapshot for the send date"
      // (not "the daily listing snapshot for the search date", which may be taken before the search)
      /\b(?<leak>(?:end[- ]of[- ](?:day|week)\s+(?:[\w-]+\s+){0,2}?(?:snapshot|rollup|roll-up|table|aggregates?|totals?|stats)|daily\s+(?:[\w-]+\s+){0,2}?(?:rollup|roll-up|aggregates?|totals?|stats))\s+(?:for|of|on)\s+(?:the\s+|that\s+)?(?:same\s+)?(?:send|impression|search|request|session|event|transaction|booking|click|auth\w*)(?:'s)?\s+(?:date|day))\b/d,
      // "mutual-friend count ... pulled from the current graph snapshot"
      /\b(?<leak>(?:re-?pulled|pulled|taken|read|looked up|fetched|computed|joined)\s+(?:in\s+)?(?:from|off|on)\s+(?:the\s+|their\s+|the user'?s\s+)?(?:today'?s|current|latest|live|present[- ]day)\s+(?:[\w'-]+\s+){0,2}?(?:graph|snapshot|tables?|calendars?|state|dump|feature store|lake|warehouse|dwh|history|profile|counters?))\b/d,
      // "video like rate & avg watch % from current totals"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|stats)\b[^.]{0,160}?\b(?<leak>from (?:the )?(?:current|latest|today'?s|live|present[- ]day) (?:[\w-]+ )?(?:totals?|counts?|values|numbers|stats|aggregates|figures|tallies))\b/d,
      // "card has any fraud chargeback in the label table, joined onto all 2 yrs of auths"
      /\b(?<leak>(?:in|from)\s+the\s+(?:[\w-]+\s+)?(?:label|labels|chargeback|fraud|outcome)\s+table\b[^.;]{0,30}\b(?:joined|join\w*|attached)\b[^.;]{0,20}\b(?:onto|to)\s+(?:all|every|each)\b)/d,
      // "ticket counts pulled from the events table and joined onto last month's impressions": the table holds today's values
      /\b(?<leak>(?:pulled|taken|read|looked up|fetched|exported)\s+(?:from|off)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:table|db|database|store|catalog|catalogue)\b[^.;]{0,30}\b(?:joined|attached)\s+(?:onto|to)\s+(?:all\s+|the\s+)?(?:last (?:year|month|week|quarter)'?s?|past|previous|prior|old|older|historical)\s+(?:[\w-]+\s+)?(?:impressions|sessions|logs|rows|examples|events|searches|sends|requests|data)\b)/d,
      // "LambdaMART on ..., sales rank from the current catalogue snapshot, trained on 2 yrs of logs"
      /\b(?:lambdamart|gbdt|gbm|ranker|re-?ranker|model|classifier)\b[^.]{0,160}?\b(?<leak>from (?:the )?(?:current|today'?s|latest|live) (?:[\w-]+ ){0,2}?(?:snapshot|table|catalog|catalogue|dump|state))\b[^.]{0,60}\btrain\w*\b/d,
      // "bookings, # views: current values from the listings table, joined to every session in the training window"
      /\b(?<leak>(?:current|today'?s|latest|live)\s+(?:[\w-]+\s+){0,2}?(?:values?|counts?|totals?|stats|numbers|snapshot|state)\b[^.;]{0,40}\b(?:joined|attached|join|attach)\w*\s+(?:on)?to\s+(?:every|each|all)\b[^.;]{0,40}\b(?:training|past|historical|logged|old)\b)/d,
      // "computed from the lake today and joined onto all 2y of training auths"
      /\b(?<leak>(?:from|in|off) (?:the )?(?:[\w-]+ )?(?:lake|warehouse|tables?|store|dwh|db|database) today\b[^.;]{0,30}\b(?:joined|attached)\s+(?:onto|to)\b)/d,
      // "# msgs exchanged between the two (all-time)"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?)\b[^.]{0,160}?(?<leak>\(all[- ]time\))/d,
      // "view count + avg watch % (today's values from the video stats table)"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|stats)\b[^.]{0,160}?\b(?<leak>(?:today'?s|current|latest) (?:values?|counts?|numbers|stats|totals?) (?:from|in|of) (?:the )?(?:[\w-]+ ){0,3}?(?:table|snapshot|store|db|database))\b/d,
      // "retrain weekly on the last 60 days of logs, joining the current listing table for price"
      /\b(?<leak>(?:train|retrain)\w*\b[^.;]{0,40}\b(?:last|past)\s+\d+\s*(?:d|days?|weeks?|months?)\b[^.;]{0,30}\bjoin\w*\s+(?:the\s+)?(?:current|today'?s|latest|live)\s+[\w-]+\s+(?:table|snapshot|store))\b/d,
      // "last 50 videos from the watch history table at training-set build time"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|stats)\b[^.]{0,160}?\b(?<leak>(?:from|read|taken|pulled|computed|looked up|fetched|joined|queried)\b[^.;]{0,60}\bat (?:the )?(?:training[- ]?(?:set|data)?[- ])?build time)\b/d,
      // "joined by card token from the current reports table for every training txn"
      /\b(?<leak>(?:joined|pulled|taken|read|looked up|fetched)\b[^.;]{0,25}\b(?:from|off)\s+(?:the\s+)?(?:today'?s|current|latest|live|present[- ]day)\s+(?:[\w'-]+\s+){0,3}?(?:graph|snapshot|tables?|catalog|catalogue|state|dump|records?|feature store|store)\b[^.;]{0,30}?\b(?:onto|to|into|for)\s+(?:all|every|each)\s+(?:(?:training|past|historical|old|logged)\s+)(?:[\w-]+\s*){0,2})/d,
      // "chargebacks on this card for txns made before the auth (join on the original txn date in today's chargeback
      // table)": keyed by when the payment happened, so chargebacks that arrived later are read into the past
      /\b(?<leak>join\w*\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?(?:original|initial)\s+(?:txn|transaction|payment|auth\w*|event|purchase|post|order)\s+(?:dates?|times?|timestamps?)\b[^.;]{0,30}?\b(?:in|from|of|against)\s+(?:today'?s|current|latest|live)\s+(?:[\w-]+\s+)?(?:tables?|snapshots?|stores?))/d,
      // "count chargebacks whose disputed txn is before the auth timestamp, backfilled from today's chargeback table"
      /\bbackfill\w*\s+(?<leak>(?:from|off|using|with)\s+(?:the\s+)?(?:today'?s|current|latest|live)\s+(?:[\w-]+\s+){1,2}?(?:tables?|snapshots?|state|data|lake))\b/d,
      // "# prior fraud chargebacks, counted by the *transaction* date of the disputed payment": labels that
      // arrived later, dated back to the payment they dispute
      /\b(?<leak>(?:counted|keyed|joined|bucketed|dated|indexed|attributed)\s+(?:by|on|to)\s+(?:the\s+)?\*?(?:original\s+)?(?:transaction|txn|payment|purchase|order)\*?\s+(?:date|time|timestamp))\b/d,
      // "Result popularity = the pin's total saves as of today": a feature defined as today's running total
      /(?:=|:)\s*(?:the\s+)?(?:[\w-]+'s\s+)?\b(?<leak>(?:total|all[- ]time|lifetime|cumulative)\s+(?:[\w-]+\s+){0,2}?(?:saves|views|clicks|counts?|sales|bookings|purchases|likes|reactions|plays|watches|registrations|reports|orders)\s+as of today)\b/d,
      // "training rows from last year's logs; feats: emb sim, ..., and the result pin's save count as of today"
      /^(?=[^.]*\b(?:training|historical|past|logs?|logged|last (?:year|month|week)'?s?)\b)[^.]*?\b(?:feats?|features?|inputs?)\b[^.]{0,160}?\b(?<leak>(?:[\w-]+\s+){0,2}?(?:counts?|rates?|totals?|rank|prices?|stats)\s+as of (?:today|now|right now))\b/d,
      // "re-ranker rows = (query crop, hit) w/ ..., purchase count per pin from the merchant attribution table at build time"
      /^(?=[^.]*\b(?:feats?|features?|inputs?|rows?|(?:re-?)?ranker|training)\b)[^.]*?\b(?<leak>(?:from|off|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:table|tables|store|snapshot|db|database|logs?)\s+at\s+(?:the\s+)?(?:training[- ]?set\s+|dataset\s+|data\s+)?(?:build|training|export)\s+time)\b/d,
      // "lifetime view count ... as of today, joined onto last month's impressions"
      /\b(?<leak>as of (?:today|now))\b[^.;]{0,40}\b(?:joined|attached|join\w*)\s+(?:on)?to\b/d,
      // "reaction/comment/share counts from the post table, ... for every impression of that post"
      /\b(?:features?|feats?|inputs?|in(?=:)|predictors?|signals?|stats)\b[^.]{0,80}?\b(?<leak>(?:counts?|totals?|numbers|stats)\s+from\s+(?:the\s+)?[\w-]+\s+table)\b[^.;]{0,60}\b(?:for|onto|to)\s+(?:every|each|all)\s+(?:[\w-]+\s+)?(?:impressions?|rows|examples|sessions|requests|sends)\b/d,
    ],
    unless: SNAPSHOT_CLEARED,
    unlessNear: 40,
  },
  {
    // Said in any step, serving too: "ranker reads feats from the feature store at request time; for training we
    // recompute them from the warehouse tables afterwards".
    id: 'recomputed-after-the-fact',
    ...LEAKAGE,
    needs: /recompute|rebuild|backfill|regenerat|re-?deriv/,
    patterns: [
      /\b(?<leak>(?:recompute\w*|rebuild\w*|backfill\w*|regenerat\w*|re-?deriv\w*)\b[^.;]{0,30}\b(?:from|off|using|out of) (?:the )?(?:[\w-]+ )?(?:warehouse|lake|tables?|dwh|hive|snapshot)\b[^.;]{0,20}\b(?:afterwards|later|after the fact|at training time|when (?:we )?train\w*))/d,
    ],
    unless: SNAPSHOT_CLEARED,
    unlessNear: 40,
  },
  {
    id: 'default-threshold',
    challenge: 'Misses and false alarms cost different amounts here, and positives are rare. Where would you put the threshold, and how would you choose it?',
    needs: /0?[.․]5\b|50 ?%|default/,
    description: 'A default 0.5 decision threshold, as if both errors cost the same and the classes were balanced',
    patterns: [
      /\b(threshold|cut[- ]?off)\b (of |at |= ?|is |set to )?(0?[.․]5|50 ?%)(?![\d%])/,
      /\b(at|with|using|use|above|over|below|under) (a |the )?(0?[.․]5|50 ?%) (confidence |decision |score |probability )?(threshold|cut[- ]?off)\b/,
      /\b(0?[.․]5|50 ?%) (confidence |decision |score |probability )?(threshold|cut[- ]?off)\b[^.]{0,30}\b(flag|flags|block|blocks|decline|declines|remove|removes|(?:auto[- ]?)?removed|blur|blurs|send|sends|alert|positive|classif\w*|decid\w*|decision|action)\b/,
      /\b(default|standard) (confidence |decision |score |probability )?(threshold|cut[- ]?off)\b(?!s)/,
      // "if the score is > 0.5, decline", "block when p > 0.5"
      /\b(score|prob\w*|p|predict\w*|output)\s+(is\s+)?(>|>=|≥|above|over|greater than|exceeds?)\s*(0?[.․]5|50 ?%)(?![\d%])[^.]{0,30}\b(flag|block|decline|remove|blur|send|alert|reject|ban|deny)\w*/,
      /\b(flag|block|decline|remove|blur|send|alert|reject|ban|deny)\w*\b[^.]{0,20}\b(if|when|whenever)\b[^.]{0,20}\b(score|prob\w*|p|predict\w*|output)\s+(is\s+)?(>|>=|≥|above|over|greater than|exceeds?)\s*(0?[.․]5|50 ?%)(?![\d%])/,
      // "I'd just route everything above 0.5 to reviewers"
      /\b(route|send|flag|block|remove|auto[- ]?remove|blur|decline|queue|escalate)\w*\s+(everything|anything|all|any\s+(?:post|item|txn|transaction|content|image|tile|face|pano|payment)s?)\s+(above|over|>|>=|≥)\s*(0?[.․]5|50 ?%)(?![\d%])/,
      // "Auto-remove anything with p>0.5 in any class"
      /\b(route|send|flag|block|remove|auto[- ]?remove|blur|decline|queue|escalate|reject|ban)\w*\s+(everything|anything|all|any\s+(?:post|item|txn|transaction|content|image|tile|face|pano|payment)s?)\s+(?:with|where|whose|that has|that scores?)\s+(?:an?\s+|the\s+)?(?:score|prob\w*|p|confidence)?\s*(>|>=|≥|above|over|greater than|of)\s*(0?[.․]5|50 ?%)(?![\d%])/,
    ],
    unless: /\b((tune|tuned|tuning|sweep\w*|calibrat\w*|adjust\w*|move|moved) (it|them|the threshold|thresholds?|on|per|for|from|using|later|afterwards)|(start\w*|begin\w*|initial\w*) (at|with|from)? ?(a |the )?(0?[.․]5|50 ?%|default)|pick\w* (it|the threshold) (from|on|by)|chosen (from|on|by)|per[- ](class|type|segment|language)(?![^.;]{0,5}\b(?:one|a single|single)\b)|precision (at|@)|recall (at|@)|cost|costs|budget|capacity|expected (loss|value)|(?:would|'d) (?:be|mean) (?:~|about |around |over )?\d[\d.,]*\s*(?:k|m|b|million|billion)?\+?\s*(?:\/|per |a )\s?(?:day|d|hour|h|week))\b/,
    trigger: /^(threshold|cutoff|cut|default|standard)$/,
  },
  {
    id: 'heavy-model-everything',
    ...WHOLE_CATALOGUE,
    needs: /every|all|entire|whole|full|each|per|library|catalog|corpus|inventory|exact|brute|exhaustive|\d\s?(?:m|b|bn|million|billion)\b/,
    patterns: [
      /\b(score|scores|scoring|rank|ranks|ranking|run|runs|running|apply|applies|pass|feed|compare|comparing|evaluate)\b[^.]{0,50}\b(every|all|entire|whole|full)\b[^.]{0,25}\b(items?|videos?|ads?|listings?|catalog|catalogue|corpus|documents?|products?|posts?|events?|users?|images?|inventory|pool|people|members?|accounts?)\b[^.]{0,80}\b(per (request|query|user|visit|page load|load|page view|session|impression|call|open)|each (request|query|time|load)|every (request|query|time|load)|(request|query|serving) time|online|real[- ]time|on the fly|live|for (the|this) (viewer|user|member|guest|shopper|visitor))\b/,
      /\b(per (request|query|visit|page load)|each (request|query)|every (request|query)|(request|query) time|on the fly|in real[- ]time|on (each |every )?request|on (the )?(module|page|app|screen|feed|carousel|tab|widget) (open|load|view|visit)s?|(when|whenever|once) (the )?(module|page|app|screen|feed|carousel|tab|widget) (opens|loads|is opened|is loaded))\b[^.]{0,60}\b(score|scores|scoring|rank|ranks|ranking|run|runs|running)\b[^.]{0,40}\b(every|all|entire|whole|full)\b[^.]{0,25}\b(items?|videos?|ads?|listings?|catalog|catalogue|corpus|documents?|products?|posts?|events?|users?|images?|inventory|people|members?|accounts?)\b/,
      /\b(score|scores|scoring|rank|ranks|ranking|run|runs)\b[^.]{0,40}\bevery one of (the )?(~|about |around )?\d+([.․]\d+)?\s?(m|b|bn|million|billion)\b/,
      // "LambdaMART w/ rich features scoring every in-stock listing in the query's category"
      /\b(?:lambdamart|gbdt|gbm|(?:re-?)?ranker|cross-?encoder|dnn|heavy model)\b[^.;]{0,40}\b(?:scor\w+|rank\w*)\s+(?:every|all|each)\s+(?:[\w-]+\s+)?(?:items?|listings?|products?|videos?|ads?|docs?|documents?|posts?|events?)\s+(?:in|from|of|within)\s+(?:the\s+)?(?:query'?s|matching|whole|entire|same)\s+(?:category|vertical|department|catalog(?:ue)?)\b/,
      // "the LambdaMART GBDT on CPU scores every in-stock listing that matches the query (can be millions of the 400M)"
      /\b(?:lambdamart|gbdt|gbm|(?:re-?)?ranker|cross-?encoder|dnn|heavy model|model)\b[^.;]{0,40}\b(?:scor\w+|rank\w*)\s+(?:every|all|each)\s+(?:[\w-]+\s+)?(?:items?|listings?|products?|videos?|ads|docs?|documents?|posts?|events?|pins?)\s+(?:that\s+)?(?:match(?:es)?|matching)\s+(?:the\s+)?(?:query|search|keywords?|terms?)\b[^.;]{0,40}\b(?:millions|\d+([.․]\d+)?\s?(?:m|million|b|bn|billion))\b/,
      // "run the cross-attention reranker over the 3B pins"
      /\b(score|scores|scoring|rank|ranks|ranking|run|runs|running)\b[^.]{0,40}\b(over|on|against|across)\s+(the\s+)?(~|about |around )?\d+([.․]\d+)?\s?(m|b|bn|million|billion)\s+(items?|videos?|ads|listings?|documents|products|posts|events|users|images|pins|members|accounts)\b/,
      // "score all 400M listings with the GBDT ranker", "scores the viewer against the whole ~5B catalogue"
      /\b(score|scores|scoring|rank|ranks|ranking|run|runs|running)\b[^.]{0,40}\b(all|every|entire|whole|full)\b[^.]{0,8}(~|about |around )?\d+([.․]\d+)?\s?(m|b|bn|million|billion)\b[^.]{0,20}\b(items?|videos?|ads|listings?|catalog|catalogue|corpus|documents|products|posts|events|users|images|pins|inventory|people|members|accounts|actives|daus?|maus?)\b/,
      /\b(score|scores|scoring|rank|ranks|ranking|ranker|scorer|model|net|network|encoder)\b[^.]{0,40}\b(against|over|across)\b (the )?(whole|entire|full)\b(?: eligible| active| live)?[^.]{0,8}(~|about |around )?(\d+([.․]\d+)?\s?(m|b|bn|million|billion) )?(catalog|catalogue|corpus|inventory|index)\b/,
      // "Heavy ranker scores the catalog filtered by language/country (~1B videos) at request time": a filter is no retrieval stage
      /\b(heavy|big|large|deep|expensive|multi[- ]?task|cross[- ]?encoders?|transformers?|llm|bert)\s+(ranker|model|scorer|network|net)\s+(scores?|ranks?|runs? (over|on))\s+the\s+(catalog|catalogue|corpus|inventory|library)\b(?!\s+(?:of\s+)?(?:candidates|retrieved|shortlist))/,
      // "heavy multi-task NN scores all of them directly ... no need for a second stage"
      /\b(heavy|big|bigger|biggest|large|full|deep|expensive|multi[- ]?task|cross[- ]?encoders?|transformers?|multimodal|llm|bert)\b[^.]{0,50}\b(scor|rank|run)\w*\b[^.]{0,10}\b(all|every|each)( one)?( of)? (them|these|those|the (candidates|items|posts|videos|ads|listings|events|products|docs|documents|results))\b[^.]{0,60}\b(directly|at once|in (one|a single) (pass|go|shot|batch|call)|(no|without|skip\w*)( need for)?( a| the)? (second|2nd|two|2|first|retrieval|candidate|pre[- ]?rank\w*|cheap\w*|light\w*)[- ]?(stage|pass|ranker|step|filter))/,
      // "run the big multimodal model on every post at upload"
      /\b(run|runs|running|apply|applies|applying|use|uses|using|put|puts)\b (the |a |our )?(big|bigger|biggest|heavy|heaviest|large|largest|full|expensive|multimodal|deep)\b[^.]{0,40}\bon (every|each|all)\b( single)? (post|upload|item|video|image|request|query|search|listing|ad|pin|photo|frame|document|message)s?\b/,
      // "exact cosine vs all 3B pin embeddings": a brute-force scan of the whole index per query
      /\b(exact|brute[- ]force|exhaustive)\b (cosine|knn|k-nn|nearest[- ]neighbou?rs?|similarity|search|scan|dot[- ]products?|distances?)\b[^.;]{0,30}\b(vs|against|over|across|with|on|to) (all|every|the (whole|entire|full))\b/,
      // "the cross-encoder scores the library for each query"
      /\b(scor|rank)\w*\b (the )?(whole |entire |full )?(library|catalog|catalogue|corpus|inventory|index)\b[^.]{0,30}\b(for each|per|for every|on each|on every|at each|for (?:this|the|that)) (query|request|search|visit|page load|user|viewer|member|guest|shopper)\b/,
      /\b(score|scores|scoring|rank|ranks|ranking|run|runs|running)\b[^.]{0,30}\ball\b[^.]{0,5}(~|about |around )?(\d+([.․]\d+)?k|\d{4,}|\d{1,3}(,\d{3})+|thousands|few thousand)\b(?:[^.]{0,30}\b(candidates|ads|posts|items|videos|events|listings)\b)?[^.]{0,40}\b(per|each|every) (request|query|call)\b/,
      // "a few thousand eligible ads; run the heavy ranker on all of them"
      /\b(\d+([.․]\d+)?k|\d{4,}|\d{1,3}(,\d{3})+|thousands|few thousand)\b[^.]{0,60}\b(heavy|heavier|big|bigger|large|deep|expensive|full|multi[- ]?task|cross[- ]?encoders?|transformers?)\b[^.]{0,25}\b(on|over|across|for)\s+(all|every|each)( one| single one)?( of)? (them|these|those)\b/,
      /\b(skip\w*|without|no|drop\w*)( the| a| any)? (pre[- ]?rank\w*|cheap\w* (model|ranker|stage)|light\w* (model|ranker|stage))\b[^.]{0,40}\b(heavy|big|full|deep|expensive)\b[^.]{0,20}\b(scor\w*|rank\w*|run\w*)\b[^.]{0,10}\b(all|every|each)\b/,
      // "Skip candidate gen: the heavy ranker scores a precomputed per-user slice of a few million videos per load"
      /\b(?:skip|skipping|no|drop|dropping|without)\s+(?:the\s+)?(?:candidate[- ]gen\w*|retrieval(?: stage)?|candidate generation)\b[^.]{0,30}\b(?:heavy|big|full|deep|expensive)\b[^.]{0,30}\b(?:scor|rank)\w*\b[^.]{0,60}\b(?:a few|several|\d+)\s?(?:million|m|billion|bn?)\b/,
      // "the heavy model then scores every eligible ad"
      /\b(heavy|big|bigger|full|deep|expensive|dnn|multi[- ]?task|ranker|model)\b[^.]{0,30}\b(scor|rank|run)\w*\b[^.]{0,10}\b(all|every|each)( the| of the)? eligible\b/,
      // "ranker scores all of them in one batched call, no pre-ranker"
      /\b(scor|rank|run)\w*\b[^.]{0,20}\b(all|every|each)( one)?( of)? (them|these|those|the (candidates|ads|items|posts|videos|listings|events|products|docs|documents))\b[^.]{0,40}\b(no|without|skip\w*|drop\w*)( the| a| any)? (pre[- ]?rankers?|pre[- ]?ranking|first[- ]stage|cheap (stage|pass|model|ranker)|light\w* (stage|pass|model|ranker))\b/,
      // "heavy model scores all ~3k directly, no pre-ranker"
      /\b(scor|rank|run)\w*\b[^.;]{0,20}\b(all|every|each)\b[^.;]{0,5}(~|about |around )?(\d+([.․]\d+)?k|\d{4,}|\d{1,3}(,\d{3})+|thousands|few thousand)\b[^.;]{0,40}\b(no|without|skip\w*|drop\w*)( the| a| any)? (pre[- ]?rankers?|pre[- ]?ranking|first[- ]stage|cheap (stage|pass|model|ranker)|light\w* (stage|pass|model|ranker))\b/,
      // "heavy ranker scores the 5B catalogue for each viewer"
      /\b(heavy|big|full|deep|expensive|dnn|ranker|model)\b[^.]{0,20}\b(scor|rank)\w*\b (the |all )?(whole |entire |full )?(~|about )?\d+([.․]\d+)?\s?(m|b|bn|million|billion) (catalog|catalogue|corpus|inventory|videos|items|listings|products|posts|pins|ads)\b[^.]{0,30}\b(for|per) (each |every )?(viewer|user|member|guest|shopper|request|query)s?\b/,
      // "GBDT on CPU over all 400M listings": the model named, no verb
      /\b(gbdt|gbm|lambdamart|ranker|reranker|re-ranker|dnn|model|net|network|transformer|cross[- ]?encoder|bert|llm|xgboost|lightgbm)\b[^.]{0,25}\b(on|over|across|against)\s+(all|every|the (whole|entire|full))\b[^.]{0,8}(~|about |around )?\d+([.․]\d+)?\s?(m|b|bn|million|billion)\b[^.]{0,20}\b(items?|videos?|ads|listings?|catalog|catalogue|corpus|documents|products|posts|events|users|images|pins|inventory|people|members|accounts)\b/,
      // "filter by predicted category, then LambdaMART scores every listing in it (can be millions)"
      /\b(?:scor|rank)\w*\s+(?:(?:over|on|across)\s+)?(?:every|all|each)\s+(?:the\s+)?(?:items?|listings?|products?|videos?|ads|posts?|events?|pins?|documents?|images?)\s+in\s+(?:it|that|this|the|each|its)(?:\s+(?:predicted|matched|chosen|detected|query'?s?))?(?:\s+(?:category|bucket|partition|vertical|segment|cluster))?\b[^.;]{0,30}\b(?:millions|\d+([.]\d+)?\s?(?:m|million|b|bn|billion))\b/,
      // "then the cross-encoder scores every video matching any query term": an OR over the terms is most of the library
      /\b(heavy|heavier|big|bigger|deep|expensive|full|multi[- ]?task|cross[- ]?encoders?|transformers?|bert|llm|ranker|reranker|re-ranker)\b[^.;]{0,20}\b(scor|rank|run)\w*\s+(every|all|each)\s+(?:[\w-]+\s+)?(videos?|items?|docs?|documents?|results?|listings?|products?|posts?|pins?|images?|ads)\s+(?:that\s+)?(?:matching|match(?:es)?|contain(?:s|ing)?|hit(?:s|ting)?)\s+any\b/,
      // "dot-product the member embedding against all 400M DAU per request on GPUs": a brute-force scan, no retrieval stage
      /\b(dot[- ]?products?|cosine|inner[- ]products?)\b[^.;]{0,40}\b(against|vs|with|over|across)\s+(all|every|the (whole|entire|full))\b[^.;]{0,10}(~|about |around )?\d+([.․]\d+)?\s?(m|b|bn|million|billion)\b[^.;]{0,30}\b(per|each|every|on each|on every) (request|query|call|visit|load|page load|search)\b/,
      // "GBDT-score every other member (1B)"
      /\b(?:gbdt|gbm|model|ranker|dnn|lambdamart)[- ](?:scor|rank)\w*\s+(?:every|all)\s+(?:other\s+)?(?:members?|users?|items?|listings?|videos?|ads|posts?|events?|products?|pins?|documents?)\b/,
      // "heavy multi-task NN on all 2000"
      /(?<!\bnot (?:the |a )?)\b(heavy|big|bigger|deep|expensive|multi[- ]?task|full)\b[^.;]{0,30}\b(on|over|across)\s+all\s+(~|about )?(\d+([.․]\d+)?k|\d{4,}|\d{1,3}(,\d{3})+|thousands)\b/,
      // "fetch user embedding -> heavy ranker over the 5B catalogue, sharded across the fleet"
      /\b(heavy|big|bigger|deep|expensive|full|multi[- ]?task|cross[- ]?encoders?|transformers?)\s+(?:[\w-]+\s+)?(ranker|reranker|re-ranker|scorer|model|net|network|dnn|classifier)\b[^.;]{0,15}\b(on|over|across|against)\s+(the\s+)?(~|about |around )?\d+([.․]\d+)?\s?(m|b|bn|million|billion)\s+(items?|videos?|ads|listings?|catalog|catalogue|corpus|documents|products|posts|events|pins|images|inventory)\b/,
      // "filter the 5B videos by language/policy, then the heavy ranker scores everything left on each load"
      // "... then heavy ranker over whatever is left"
      /\b(heavy|heavier|big|bigger|deep|expensive|full)\s+(ranker|reranker|re-ranker|scorer|model)\s+(?:(scores?|ranks?|scoring|ranking)\s+(everything|all|every one)|(?:(?:scores?|ranks?|runs?)\s+)?(?:over|on|across)\s+(?:whatever|everything|all(?: that)?))\s+(left|remaining|that(?:'s| is)? left|that remains?|(?:is|'s) left|remains)\b/,
      // "we run all of them through the heavy DNN within the 30 ms so no good ad is missed"
      /\b(run|runs|running|pass|passes|passing|push|pushes|pushing|send|sends|sending|feed|feeds|feeding|put|puts|putting)\s+(all|every|each)( one)?( of)?( the)?( eligible| candidate| retrieved)? (them|these|those|candidates|ads|items|posts|videos|listings|events|products|docs|documents|results)\s+(through|into|via)\s+(the |a |our )?(heavy|heavier|big|bigger|full|deep|expensive|dnn|multi[- ]?task|cross[- ]?encoders?|transformers?)\b/,
      // "targeting -> few 1000 eligible; score all of them with the heavy ranker"
      /\b(\d+([.․]\d+)?k|\d{4,}|\d{1,3}(,\d{3})+|thousands|few thousand)\b[^.]{0,60}\b(scor|rank|run)\w*\s+(all|every|each)( one)?( of)? (them|these|those)\s+(with|through|using|on|via)\s+(the |a |our )?(heavy|heavier|big|bigger|full|deep|expensive|dnn|multi[- ]?task|cross[- ]?encoders?|transformers?)\b/,
      // "cross-encoder scores query vs video text+frame embeddings for the whole index (sharded across GPUs)"
      /\b(cross[- ]?encoders?|heavy (?:ranker|model|scorer)|transformer (?:ranker|scorer)|bert (?:ranker|scorer)|llm (?:ranker|scorer))\s+(?:scor|rank)\w*\b[^.;]{0,60}\b(?:for|over|across|against|on)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:index|catalog|catalogue|corpus|library|inventory)\b/,
      // "a few thousand eligible ads -> heavy DNN scores all of them"
      /\b(\d+([.․]\d+)?k|\d{4,}|\d{1,3}(,\d{3})+|thousands|few thousand)\b[^.;]{0,60}\b(heavy|heavier|big|bigger|large|deep|expensive|full|multi[- ]?task|cross[- ]?encoders?|transformers?)\b[^.;]{0,25}\b(scor|rank|run)\w*\s+(all|every|each)( one)?( of)?( them| these| those)?\b/,
    ],
    // "score all 500 ads": a candidate set of a few hundred, which is what a ranker is for.
    // "so we never miss a good one" gives the reason for scoring everything; it refuses nothing.
    // "heavy MTL scores all 5B videos (sharded, precomputed video embeddings keep it cheap)": its own defence, not a cheap stage.
    unless: /\b(never(?! (?:miss|drop|lose|lost|skip)\w*)|not (\w+ ){0,2}(scor\w*|rank\w*|run\w*|feasible|possible|affordable|scal\w*|fit\w*|an option|realistic|practical|viable|doable|work\w*|apply\w*|use|pass\w*|every|all|the (whole|entire|full))|no (?:scor\w*|rank\w*|running|run)\b|no way (?:to|we|you|i|in|within|under)\b|no way(?= *(?:[.!;)]|$))|cannot(?! miss)|can not(?! miss)|too slow|too expensive|too (?:large|big|many) to (?:run|score|rank|pass)|blows?\s+(?:through\s+)?(?:the\s+|our\s+)?(?:~?\d+\s?ms\b|(?:[\w-]+\s+)?(?:budget|latency|p99|sla)\b)|(?:too|prohibitively) costly|prohibitive|infeasible|impossible|candidate generation|(?<!\b(?:lost|lose|loses|losing|missed|miss|dropped|drop) (?:in|at|by|during) (?:the )?)retriev\w*(?!\s+(?:is|=|:)\s+(?:just|only|merely|simply)\s+(?:an?\s+)?(?:keyword|text|term|boolean|lexical)\s+(?:filter|match))|ann(?! only (?:for|on) (?:the )?(?:non|rest|other|remaining))|approximate|(?<!(?:exact|brute[- ]force|exhaustive) )nearest|two[- ]stage|(?<!\b(?:retriev\w*|weak|weaker|lossy|no|without|skip\w*) (?:first |1st |retrieval |candidate )?)stages?|shortlist\w*|pre[- ]?filter\w*|(?<!\bthen (?:we )?)filter\w* (down |out )?(to|first|before|them|the (candidates|catalog|catalogue|pool))\b|(after|once|post) (the )?filter\w*|filtered(?! by (?:language|country|region|locale|market|lang)\b)|(?<!\b(?:per|for (?:every|each|all)) (?:active |logged[- ]in )?(?:user|viewer|member|guest|shopper|(?:popular |head |top |common |frequent )?(?:query|querie|search|searche))s?\b[^.]{0,100})(?:offline|batch(?!ed\b|\s+on\b|\s+(?:inference|scoring|calls?|requests?)\b)|precomput\w*(?! (?:[\w-]+ )?(?:features?|feats|inputs?|signals?|embeddings?|vectors?)\b)|nightly|cach\w*(?! (?:the )?(?:hot|popular|frequent|top|common|recent) (?:results?|feeds?|queries|pages?|lists?|responses?)))(?![^.]{0,60}\b(?:per|for (?:every|each|all)) (?:active |logged[- ]in )?(?:user|viewer|member|guest|shopper|(?:popular |head |top |common |frequent )?(?:query|querie|search|searche))s?\b)|lightweight|(?<!\bkeeps? (?:it|this|that|them|things) )cheap|cascad\w*|(?<!\b(?:no|without|skip\w*|drop\w*) )funnel\w*|wasteful|overkill|off the table|out of the question|(?:is|are|'s|'re) (?:simply |just |clearly )?out (?:at|given|with|for|because|since)|non-?starter|not (in|within|under|inside) (~)?\d+\s?ms|would (blow|break|exceed|miss(?! (?:good|the best|relevant|some|many|great|strong|useful|real|better) (?:matches|candidates|items|results|ones|connections|people|friends|ads|listings|videos|events|posts))|kill|bust|overrun)|all (~|about |around )?\d{1,3}(?![\d.,․]|\s*(k|m|b|bn|thousand|million|billion)\b))\b/,
  },
  {
    // The same mistake said of the architecture: "No separate retrieval stage, it only loses recall".
    id: 'no-retrieval-stage',
    ...WHOLE_CATALOGUE,
    needs: /stage|step|pass|layer|phase|funnel|retriev|candidate/,
    steps: ['framing', 'model', 'serving'],
    patterns: [
      /\b(no|without|skip|skipping|drop|dropping|no need for|do not need|does not need|will not need|need not|forgo|ditch|instead of)\b( a| the| any)?( separate| dedicated| extra| distinct| whole)?\s+((retrieval|candidate[- ]gen\w*|candidate[- ]generation|candidate|first)[- ]?(stage|step|pass|layer|phase)|pre[- ]?rank(?:er|ing)(?: stage| step)?|(two|2|multi)[- ]?(stage|step|tier)\b[^.]{0,10}\b(system|setup|architecture|funnel|design|cascade|pipeline)|funnel|cascade)\b/,
      /\b(retrieval|candidate[- ]gen\w*|two[- ]stage|multi[- ]stage|first[- ]stage)\b[^.]{0,30}\b(only|just)\s+(loses?|hurts?|costs?|drops?|caps?|limits?|throws? away)\b[^.]{0,15}\b(recall|quality|relevance|accuracy|good (items|results|candidates))\b/,
      /\b(retrieval|candidate[- ]gen\w*|two[- ]stage|multi[- ]stage|first[- ]stage)\b( stage| step)?\s+(is|are|would be|feels?|seems?)( just| really| probably)? (overkill|unnecessary|not needed|premature|over[- ]?engineering|over[- ]?engineered)\b/,
      // "a first stage adds complexity we don't need"
      /\b(first|retrieval|candidate|pre[- ]?rank\w*|two)[- ]?(stage|step|pass|ranker)\b[^.;]{0,15}\b(adds?|introduces?|brings?)\s+(\w+\s+)?complexity\s+(we|that we|which we|nobody)\s*(do not|don't|does not)?\s*(need|want)\b/,
    ],
    unless: /\b(would|could|otherwise|if|impossible|infeasible|too slow|too expensive|blows?\s+(?:through\s+)?(?:the\s+|our\s+)?(?:~?\d+\s?ms\b|(?:[\w-]+\s+)?(?:budget|latency|p99|sla)\b)|cannot|can not|never(?! (?:miss|drop|lose|lost|skip)\w*)|ann|approximate|nearest|index|faiss|hnsw|scann|bm25|inverted|small|tiny|offline|batch|precomput\w*)\b/,
    exempt: (c) => !servesACatalogue(c),
  },
  {
    // "score all 3B pins with the re-ranker ..., ANN approximations lose too much quality"
    id: 'retrieval-dismissed',
    ...WHOLE_CATALOGUE,
    needs: /ann|approximat|retriev|candidate/,
    steps: ['framing', 'model', 'serving'],
    patterns: [
      /\b(ann|approximate (nearest|search|retrieval)|approximations?|retrieval|candidate gen\w*)\b[^.;]{0,20}\b(loses?|lose|hurts?|costs?|drops?|throws? away|sacrifices?)\b( (way |far )?(too|so) much)?[^.;]{0,15}\b(quality|recall|relevance|accuracy)\b/,
    ],
    unless: /\b(would|could|otherwise|if|cannot|can not|never|small|tiny|offline|batch|precomput\w*|but|still|worth|acceptable|fine|ok|negligible|little|slightly|bit)\b/,
    exempt: (c) => !servesACatalogue(c),
  },
  {
    id: 'cold-start-wait',
    challenge: 'What does a brand-new user or item get from your system on day one, before any engagement exists?',
    needs: /wait|until|till|once|after|when|exclude|skip|ignore|hold|held|leave|left|show up|within|history first|next (?:nightly|daily|weekly|batch|scheduled|offline)|queue|over time|\bas (?:they|it) (?:pick|gather|collect|accumulat|earn|get|build)|on (?:their|its) own|organically|naturally|eventually/,
    steps: ['requirements', 'framing', 'data', 'model', 'serving', 'monitoring'],
    description: 'No plan for new users or items other than waiting until they have engagement',
    // "Initialise their embedding as the average of the embeddings of the nearest few listings" elsewhere in the
    // same step's answer (the check reads one step): a plan for day one, so a wait stated beside it is a lag,
    // not the only plan.
    clearedByAnswer: /\b(?:initiali[sz]e|init|bootstrap|warm[- ]start)\w*\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+)?(?:embeddings?|vectors?|representations?)\b[^.\n]{0,40}\b(?:average|avg|mean|content|attributes?|metadata|photos?|neighbou?rs?)\b/,
    patterns: [
      // "New listings build a sales history first on the long-tail pages, then the ranker's engagement features pick them up"
      /\b(?:new|fresh|cold|brand[- ]new)\s+(?:listings?|items?|videos?|events?|ads?|products?|posts?|pins?|users?|members?|creators?|sellers?|uploads?)\s+(?:(?:must|have to|need to|should)\s+)?(?:build|builds|earn|earns|accumulate|accumulates|gather|gathers|collect|collects)\s+(?:up\s+)?(?:a\s+|some\s+|their\s+)?(?:sales|click|engagement|booking|watch|view|purchase|interaction)?\s*(?:history|data|signals?|traction|clicks|engagement)\s+first\b/,
      // "show popular listings in the same city until new listings get enough interactions"
      /\buntil\s+(?:the\s+)?(?:new|fresh|cold|brand[- ]new)\s+(?:listings?|items?|videos?|events?|ads?|products?|posts?|pins?|users?|members?|creators?|sellers?|uploads?)\s+(?:get|gets|have|has|collect|collects|gather|gathers|earn|earns|accumulate|accumulates|build|builds)\s+(?:up\s+)?(?:enough|some|sufficient|a few)\s+(?:interactions?|engagement|clicks?|views?|data|history|signal|bookings|sales|ratings)\b/,
      // "a just-published event enters the list once it has collected some clicks/registrations"
      // "I'd let them into the two-tower candidate generator once they have engagement (say ~100 views)"
      /\b(?:let|letting|admit|admitting|allow|allowing|put|putting|add|adding)\s+(?:them|it|those|these|new\s+[\w-]+)\s+(?:in|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:list|feed|results|carousel|ranking|index|candidates?|generator|retrieval|pool|corpus)\s+(?:only\s+)?(?:once|after|when)\s+(?:it|they)\s+(?:has|have|get|gets|reach|reaches|hit|hits)\s+(?:some\s+|enough\s+|real\s+)?(?:engagement|clicks?|views?|history|interactions?|\d)/,
      /\b(?:enters?|joins?|gets? into|makes? it into|appears? in)\s+(?:the\s+)?(?:list|feed|results|carousel|ranking|index|candidates?)\s+(?:only\s+)?(?:once|after|when)\s+(?:it|they)\s+(?:has|have)?\s*(?:collected|gathered|earned|accumulated|got|gotten|built up)\s+(?:some|a few|enough|its first|their first|\d+)?\s*(?:clicks?|views?|registrations?|sales|bookings|engagement|interactions|impressions)\b/,
      // "new listings: ranker leans on CTR/sales history, so they sit low until they earn clicks"
      /\b(?:sit|sits|stay|stays|remain|remains)\s+(?:low|at the bottom|buried|down)\s+(?:in the ranking\s+)?(?:until|till)\s+(?:they|it)\s+(?:earn|earns|get|gets|collect|collects|gather|gathers|build|builds)\s+(?:up\s+)?(?:some\s+|enough\s+)?(?:clicks?|sales|views?|engagement|history|bookings|ratings|reviews)\b/,
      // "surface an event once it has a handful of clicks/registrations, then the CF model has enough signal"
      /\b(surface|show|recommend|serve|rank|include)\w*\s+(an?|the|each|new)\s+(events?|items?|listings?|videos?|posts?|ads?|products?|pins?|users?|members?)\s+(only\s+)?(once|after|when)\s+(it|they)\s+(has|have|gets?|collects?|earns?|gathers?)\s+(a handful|a few|some|enough|\d+)\b/,
      // A wait of a fixed length is a label window ("rows wait 7 days before use"), not a cold-start plan.
      /(?<!\b(?:not|never|cannot|no need to|no time to|rather than|instead of|than|without)\s+)(?<!\b(?:don'?t|do not|never|not|won'?t|will not|shouldn'?t)\s+(?:make|makes|let|lets|have|force|forcing)\s+(?:[\w'-]+\s+){0,4})(?<!\blog(?:ging)?\s+(?:and|&|then|\+)\s+)\b(wait|waits|waiting)\b(?!["'”’)])(?!\s+(?:~|about |around |at least )?\d+\s*(?:d|days?|h|hrs?|hours?|w|wks?|weeks?)\b)(?!\s+(?:before|to|until|till)\s+(?:finali[sz]\w*|clos\w*|settl\w*|freez\w*|lock\w*|label\w*|using (?:the )?labels?)\b)(?!\s+(?:for|until|till)\s+(?:the\s+|each\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:window|labels?)\b)[^.]{0,60}\b(until|till|for)\b[^.]{0,50}\b(engagement|interactions?|history|clicks|data|views|ratings|signals?|feedback|watch\w*|bookings|purchases|activity|traction|connections|friends)\b/,
      /\b(do not|will not|never|not|cannot|can not)\s+(show|recommend|serve|rank|surface|include|score|suggest|match)\w*\b[^.]{0,50}\b(until|till|before)\b[^.]{0,50}\b(engagement|interactions?|history|clicks|data|views|ratings|signals?|feedback|watch\w*|bookings|purchases|activity|traction|connections|friends)\b/,
      /\b(only|just)\s+(show|recommend|serve|rank|surface|include|suggest|let|allow|admit|add|put)\w*\b[^.]{0,50}\b(once|after|when)\b[^.]{0,40}\b(enough|some|have|has|accumulat\w*|collect\w*|gather\w*|built|build)\b/,
      /\b(exclude|excluded|skip|skipped|ignore|ignored|hold back|held back|leave out|left out)\b[^.]{0,30}\b(new|fresh|cold)\b[^.]{0,50}\b(until|till)\b/,
      /\b(new|fresh|cold)\b[^.]{0,120}\b(until|till)\b[^.]{0,30}\b(they'?ve|they have|it has|they get|got|gets|have|has|built up|build up|accumulat\w*|collect\w*|gather\w*|picks? up|picked up|racks? up|earns?|gains?)\b[^.]{0,60}\b(friends|interactions|history|engagement|impressions|views|clicks|bookings|ratings|data|traffic|sessions|registrations|purchases|sales|reviews|signal)\b/,
      // "New listings start low and earn their place once they have 20+ impressions"
      /\b(?:new|fresh)\b[^.]{0,80}\b(?:earn|earns|prove|proves|win|wins)\s+(?:their|its)\s+(?:place|way|spot|slot|position)\s+(?:once|when|after)\s+(?:they|it)\s+(?:have|has|get|gets|collect|collects|reach|reaches)\b/,
      // "new uploads enter the pool once they pass 1,000 views"
      // (a bare plural counts too: "new listings join the carousel once they have views")
      /\b(new|fresh)\b[^.]{0,60}\b(enter|join|eligible|included|added|admitted|allowed)\w*\b[^.]{0,50}\b(once|after|until|when)\b[^.]{0,30}\b(pass|reach|hit|have|has|get|gets|got|gotten|accumulat\w*|collect\w*|earn|pick\w* up|rack\w* up|gain|build\w* up|see)\w*\b(?:[^.]{0,20}(\d[\d,]*k?|enough|some|a few|a handful|a couple)\b)?[^.]{0,20}\b(views|clicks|sessions|bookings|interactions|impressions|ratings|reviews|purchases|engagement|watches|plays|installs|registrations|rsvps|saves|likes|reactions|orders|sales|listens|streams|downloads|connections|friends|followers|requests)\b/,
      // "new uploads only enter ranking after ~100 clicks so their engagement feats are reliable"
      /\b(new|fresh)\b[^.;]{0,60}\b(enter|join|eligible|included|added|admitted|allowed|gets? into|go(?:es)? into|makes? it into)\w*\b[^.;]{0,30}\b(once|after|until|when)\s+(~|about |around |at least |over )?\d[\d,.]*\+?k?\s+(views|clicks|sessions|bookings|interactions|impressions|ratings|reviews|purchases|watches|plays|installs|registrations|rsvps|saves|likes|reactions|orders|sales|connections|friends|followers|requests)\b/,
      // "new installs: the model will pick them up after a few days of data"
      /\b(new|fresh|cold)\b[^.]{0,80}\b(model|system|ranker|it)\b( will| would|'ll)?( just| simply)? (pick|learn|catch|figure|sort)\w*( them| it| those| these)?( up| out)?\b[^.]{0,20}\b(after|once|when|within|over)\b[^.]{0,30}\b(days?|weeks?|data|history|engagement|interactions|clicks|signals?|traffic)\b/,
      // "they'll collect signal on their own via BM25 matches eventually": left to wait, said of the new items before
      /\b(?:they|it)(?:'ll| will| would|'d)?\s+(?:collect|gather|get|earn|pick up|build up|accumulate)\s+(?:some\s+)?(?:signal|clicks|data|traction|engagement|impressions|history)\s+on\s+(?:their|its)\s+own\b/,
      // "a brand-new listing will show up in sessions within a week or two"
      /\b(new|fresh|cold)\b(?!\s+(?:attack|fraud|scam|abuse|threat|trend|pattern)s?\b)[^.]{0,80}\b(show|shows|turn|turns|pop|pops)\s+up\b[^.]{0,40}\b(within|after|in|over|once)\b[^.]{0,25}\b(days?|weeks?|months?|while)\b/,
      // "for the new countries we fine-tune once enough user reports have accumulated"
      /\b(new|fresh)\b[^.]{0,100}\b(once|until|after|when) enough\b[^.]{0,60}\b(have|has)?\s*(accumulated|piled up|built up|come in|arrived|trickled in|rolled in)\b/,
      // "new notif types ... send them by the team's priority tier until a month of opens builds up"
      /\b(new|fresh)\b[^.]{0,160}\buntil\s+(?:a|an|the|some|a few|\d+)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?(?:opens|clicks|views|data|history|engagement|interactions|signals?|sales|bookings|impressions|watches)\s+(?:builds?|piles?|accumulates?|comes?|rolls?|trickles?)\s+(?:up|in)\b/,
      // "fresh videos just enter candidates after they've earned engagement"
      /\b(new|fresh)\b[^.;]{0,80}\b(?:enter|join|get into|make it into|added to)\w*\b[^.;]{0,30}\b(?:once|after|when)\s+(?:they'?ve|they have|it has|they|it)\s+(?:earned|gathered|collected|built up|accumulated|got|gotten)\s+(?:some\s+)?(?:engagement|clicks|views|watches|traction|history)\b/,
      // "new listings get an embedding once they start appearing in sessions"
      /\b(new|fresh)\b[^.;]{0,100}\b(once|after|when|until)\s+(they|it)\s+(start|starts|begin|begins)\s+(appearing|to appear|showing up|to show up)\s+in\s+(sessions|logs|clicks|co-?clicks|traffic|searches|results|feeds?)\b/,
      // "new listings ... once they've built up clicks and sales they'll rise naturally"
      /\b(new|fresh)\b[^.]{0,120}\bonce\b[^.]{0,15}\b(they'?ve|they have|it has|they)\b[^.]{0,15}\b(built up|build up|built|build|accumulated|accumulate|collected|collect|gathered|gather|earned|earn|got|get|racked up|rack up|pick up|picked up)\b[^.]{0,30}\b(clicks|views|sales|purchases|bookings|impressions|engagement|interactions|registrations|ratings|reviews)\b/,
      // "new listings ... enter the model once they have enough clicks"
      /\b(new|fresh|cold|uploads?)\b[^.]{0,200}\b(once|until|till|after|when)\s+(they|it)( have|'ve| has|'s| get| gets| collect\w*| gather\w*| accumulat\w*| earn\w*| reach\w*| build\w* up| pick\w* up)\s+(got\s+)?(collected |gathered |accumulated |built up |earned |picked up |reached )?(?:~|about |around |at least |over )?(enough|some|a few|sufficient|a handful of|\d[\d,.]*[km]?\+?)\s+([\w-]+\s+)?(views|clicks|interactions|engagement|impressions|bookings|purchases|sales|ratings|reviews|data|history|signals?|co-?views|sessions|watches|plays|saves)\b/,
      // "new listings just stay out of the carousel until they pick up views"
      /\b(new|fresh|cold)\b[^.]{0,80}\b(stay|stays|remain|remains|kept|keep|keeps|sit|sits|held|hold|holds)\s+(out|off|hidden|invisible|excluded|back)\b[^.]{0,60}\b(until|till)\b/,
      // "fresh ones join the pool once they show traction"
      /\b(new|fresh|cold)\b[^.;]{0,80}\b(once|until|till|after|when) (they|it) (show|shows|showed|gain|gains|get|gets|build|builds|pick up|picks up) (some |enough |any )?(traction|momentum)\b/,
      // "new members get picked up in the next nightly run"
      // Not "new listings are added to the index in the next daily build": a day's lag in the index, not a wait for engagement.
      /\b(new|fresh)\b[^.;]{0,60}\b(picked up|pick(ed)? up|included|covered|added(?! to (?:the )?(?:[\w-]+ )?index)|scored)\b[^.;]{0,30}\b(in|at|by|with) (the )?next (nightly|daily|weekly|batch|scheduled|offline)\b/,
      // "New listings earn sales rank and reviews over time and move up then"
      /\bnew (?:listings?|items?|products?|videos?|ads?|events?|sellers?|pins?|posts?|creators?|hosts?|members?|users?)\b[^.;]{0,30}\b(?:earn|earns|build|builds|accumulate|accumulates|gather|gathers|collect|collects)\b[^.;]{0,40}\bover time\b/,
      // "new pins ... then they wait for the next full index rebuild (~1 day) to become findable"
      /\b(new|fresh)\b[^.;]{0,60}(?<!\b(?:not|never|cannot|rather than|instead of|than|without)\s+)\bwait\w*\s+(for|until|till)\s+(the\s+)?next\b[^.;]{0,30}\b(rebuild|run|batch|refresh|index\w*|retrain\w*|update|job|build)\b/,
      // "new content can wait a rebuild cycle"
      /\b(new|fresh)\b[^.;]{0,60}(?<!\b(?:not|never|cannot)\s+)\bcan (?:just |easily |happily |safely )?wait\b[^.;]{0,20}\b(rebuild|run|batch|refresh|cycle|retrain\w*|build|day|night)\b/,
      // "for the new countries, wait for user reports to accumulate"
      /\b(new|fresh)\b[^.]{0,60}(?<!\b(?:not|never|cannot)\s+)\bwait\w*\b[^.]{0,60}\b(accumulat\w*|pile up|build up|come in|roll in|trickle in)\b/,
      // "index a video once ... it has some click history"
      /\b(index|add|include|admit|surface|show|serve|rank)\w*\s+(a |the |new |each )?(video|item|listing|post|pin|event|ad|product|doc\w*|upload)s?\b[^.;]{0,80}\b(once|after|when)\b[^.;]{0,50}\b(it|they) (has|have|gets?|got|collects?|accumulates?)\s+(some|enough|a few|a bit of|any)\s+(click|view|engagement|interaction|watch|booking|purchase|impression)s?( history| data| signals?)?\b/,
      // "new pins: embed at upload, queue for the next full index rebuild (~1 day)"
      /\b(new|fresh)\b[^.;]{0,60}\bqueue\w*\s+(for|until)\s+(the\s+)?next\b[^.;]{0,30}\b(rebuild|run|batch|refresh|index\w*|build|job)\b/,
      // "new listings ... earn a spot once their click stats build up"
      /\b(new|fresh)\b[^.;]{0,100}\bonce (?:their|its) (?:click |view |sales |engagement |behaviou?ral )?(?:stats|history|data|signals?|counts?|numbers) (?:build|builds|pile|piles|accumulate|accumulates|come|comes|fill|fills) (?:up|in)\b/,
      // "new listings ... rank low at first and collect impressions organically until the behavioural feats kick in"
      /\b(new|fresh|cold)\b[^.;]{0,80}\b(rank|ranks|ranked|sit|sits|stay|stays|start|starts|land|lands)\s+(low|lower|at the bottom|near the bottom|far down)\b[^.;]{0,80}\b(until|till|organically|naturally|on their own)\b/,
      // "new listings ... they'll climb as they pick up clicks and sales over the first few weeks"
      /\b(new|fresh|cold)\b[^.;]{0,120}\b(climb|rise|move up|surface|improve|float up)\w*\b[^.;]{0,20}\b(as|once|when|after)\s+(they|it)\s+(pick|gather|collect|accumulat|earn|get|build|rack)\w*/,
      // "New listings (~45M under 30 days) will pick up impressions organically through BM25 over time"
      /\b(?:new|fresh)\s+(?:listings?|items?|products?|videos?|posts?|ads?|events?|pins?|sellers?|creators?)\b[^.;]{0,80}\b(?:will |'ll |would |should )?(?:pick up|picks up|gather|gathers|collect|collects|earn|earns|accumulate|accumulates)\s+(?:impressions|clicks|views|traffic|engagement|sales(?: rank)?|bookings|rank(?:ing)?|visibility|exposure)\s+(?:organically|naturally|on (?:their|its) own)\b/,
      // "new signups included; they get suggestions the next morning once their first edges are in the graph"
      /\b(?:new|fresh)\s+(?:signups?|sign-ups?|members?|users?|accounts?|joiners?)\b[^.]{0,80}\b(?:get|gets|see|sees|receive|receives)\s+(?:their\s+(?:first\s+)?)?(?:suggestions|recommendations|results|a feed|recs|pymk)\s+(?:the\s+)?next\s+(?:morning|day|night)\b/,
      // "10k new listings/day w/ no sessions: they get an embedding at the next retrain, once click sessions include them"
      /\b(new|fresh|cold)\b[^.]{0,100}\b(?:they|it)\s+(?:get|gets|receive|receives|will get|'ll get)\s+(?:an?\s+)?(?:embeddings?|vectors?|scores?|representations?)\s+(?:at|in|with|after)\s+(?:the\s+)?next\s+(?:retrain|training run|rebuild|refresh)\b/,
      // "new listings have no co-views ...; they'll get views from search on their own"
      /\b(new|fresh|cold)\b[^.]{0,120}\b(they|it)('ll| will| would)?\s+(get|gets|pick up|picks up|collect|collects|gather|gathers|earn|earns|find|finds|accumulate|accumulates)\s+(views|clicks|traffic|engagement|impressions|bookings|sales|sessions)\b[^.;]{0,30}\b(on their own|on its own|organically|naturally|anyway|eventually)\b/,
      // "new members w/ 0 friends just get nothing from FoF; they'll show up once they add someone"
      /\b(?:new|fresh|cold)\b[^.]{0,80}\b(?:get|gets|see|sees|receive|receives)\s+nothing\b[^.]{0,80}\b(?:once|until|till|after|when)\s+(?:they|it)\s+(?:add|adds|make|makes|connect|connects|follow|follows|get|gets|have|has|find|finds)\s+(?:someone|somebody|anyone|a friend|friends|a connection|connections|some friends|a few friends|their first)\b/,
      // "skip a content tower, they show up once they get views"
      /\b(?:new|fresh|cold)\b[^.]{0,200}\b(?:they|it)(?:'ll| will| would)?\s+(?:show|shows|turn|turns|pop|pops)\s+up\s+(?:once|when|after|as soon as)\s+(?:they|it)\s+(?:get|gets|have|has|collect\w*|earn\w*|gather\w*|pick\w* up|rack\w* up)\s+(?:some\s+|enough\s+|a few\s+|their first\s+)?(?:views|clicks|co-?views|sessions|bookings|impressions|engagement|interactions|sales|ratings|reviews|friends|connections)\b/,
      // "new listings join the index once they've showed up in enough sessions"
      /\b(new|fresh)\b[^.;]{0,60}\b(join|enter|added|eligible|included)\w*\b[^.;]{0,40}\bonce\s+(?:they'?ve|they have|it has|they)\s+(?:shown|showed|turned|popped)\s+up\b/,
    ],
    // "Waiting for those (or for engagement stats) would miss the 15-min target for news": the wait ruled out.
    unless: /\b((?:served|handled|covered|ranked|seeded)\s+(?:by|from|with)\s+(?:a\s+)?(?:different|separate|other|dedicated|alternative|special)\b|wait(?:ing)?\b[^.;]{0,60}\bwould\s+(?:miss|break|blow|violate|fail|hurt|kill|bury)\b|if (?:we|you|they) (?:just )?wait\b[^.;]{0,60}\b(?:never|nobody|no one|can'?t|cannot)\b|wait(?:ing)?\b[^.;]{0,60}\b(?:means?|would mean)\b[^.;]{0,30}\b(?:never|nobody|no one|can'?t|cannot)|(?:labels?|chargebacks?|disputes?|outcomes?)\b[^.;]{0,20}\b(?:matur\w*|settl\w*|arriv\w*|come in|land)|explor\w*|(?:tempting|tempted|easy|natural|obvious) (?:to |move is to |choice is to )?(?:just )?wait\b[^.;]{0,120}\bbut\b|(?:would|will|'d|'ll) bury (?:them|it|those|these|new)|(?:do not|don'?t|never|shouldn'?t|should not|would not|wouldn'?t|will not|won'?t) (?:make|let|have) (?:the )?(?:new )?[\w-]+ (?:\w+ )?wait|(?:can(?:no|'|’)?t|cannot|can not|should ?n[o'’]?t|must ?n[o'’]?t|won[’']?t|never) (?:just |afford to )?(?:wait|hold (?:them |it |these |those )?back)|(?:not|never) (?:be )?(?:held|kept) (?:back|out)|(?:has |have |had )?(?:lost|loses|lose|missed|misses) (?:its|their|the) (?:window|chance|moment)|right away from (?:its |their )?content|(?:rather than|instead of) (?:just |simply )?(?:wait(?:ing)?|hold(?:ing)? (?:it|them|\w+) back|keep(?:ing)? (?:it|them) (?:out|back)|hid(?:e|ing) (?:it|them))\b|(?:rank|ranked|score|scored|show|shown|surface|surfaced|recommend|recommended|serve|served)\w* (?:on|from) day (?:1|one)\b|(?:scored|ranked|embedded|represented|served|recommended|matched) (?:\w+ )?(?:from|on|by|using|via) (?:their |its |the )?content\b|boost\w*|(?<!\b(?:skip|skipping|skipped|no|without|drop|dropping|forget|forgo|ditch)\s+(?:a\s+|the\s+|any\s+)?)content[- ](?:based|predicted|derived|inferred|only|tower|embeddings?|vectors?)|(?<!\b(?:skip|skipping|skipped|no|without|drop|dropping|forget|forgo|ditch)\s+(?:the\s+|any\s+)?)content (?:features?|feats?)(?!\s*(?:\([^()]{0,80}\)\s*)?(?:(?:can|could|will|would|may) (?:come|wait|be added|follow)\s*)?(?:(?:in |for )?(?:a )?later(?: version)?|in v2|eventually|afterwards|down the line))|(advertiser|category|brand|creator|seller|merchant|host)[- ]level|metadata|(?<!\b(?:good|reliable|stable|usable|meaningful|decent|solid|proper|accurate|collaborative|learned|trained|behavioural|behavioral|id|cf|an|a|occurrence|cooccurrence|session|sessions|listing|item|user|node|w2v|word2vec|item2vec|node2vec|interaction|engagement|click|graph|view|co-view|coview|behaviour|behavior|own|[\w-]*2vec|(?:session|behaviou?r|click|co-?view|interaction|engagement)-based) )embeddings?(?! (?:are|is) (?:done|ready|computed|available|finished))(?!\s+(?:index|indices|indexes|table|store|space|lookup|matrix|refresh|rebuild))(?!\s+(?:would|will|'d|are|is)\s+(?:be\s+)?(?:just\s+|pure\s+)?(?:noise|noisy|garbage|random|meaningless|useless))|init\w*|(?:avg|average|mean) of|(?<!\b(?:clicks?|registrations?|views?|engagement|signals?|interactions?)[^.;]{0,20}\bfrom (?:the )?)popular\w*(?!\s+(?:is|are)\s+(?:our|the|a)\s+(?:strongest|best|main|top|key|biggest|most important)\s+(?:feature|signal|input))|bandits?|(?<!\b(?:(?:default|flat|global|fixed|constant|generic|uniform) (?:[\w-]+ )?|(?:start|starts|begin|begins|sit|sits) (?:at|from|with|on) (?:the|a) ))priors?|attributes?(?![^.;]{0,50}\b(?:can|could|will|would|may)\s+(?:wait|come later|be added later)\b|[^.;]{0,50}\b(?:in v2|(?:a |the )?later version|next version)\b)|demographic\w*|onboarding|fall ?back(?! to (?:the )?(?:nearest|closest)[- ]on[- ]map)|similar|lookalike|small share|some traffic|fraction)\b/,
  },
  {
    id: 'rare-retraining',
    challenge: "How fast do the patterns in this data change? What happens to the model's quality between retrains?",
    needs: /quarter|annual|year|month|once|one[- ]off|stable|change|shift|drift|move|complain|notice|shout|escalat|asks/,
    description: 'Retraining rarely (once a quarter or a year, or once and done) on data that moves daily',
    patterns: [
      /\b(retrain\w*|re-train\w*|refresh\w*|update|updated|updating|rebuild\w*|train|trained)\b[^.;]{0,50}\b((?:once|twice)(?: or (?:once|twice))?[- ](a|per|every)[- ](quarter|year|few months|couple of months)|quarterly|annually|yearly|every (few|couple of|(?:~\s?|about |roughly |around )?(?:2|3|4|6|two|three|four|six)(?:\s?(?:-|–|to)\s?\d+)?) months|(every|each|per|once a) (quarter|year)|twice[- ]a[- ]year|once and (then )?(deploy|ship|leave|forget|done|keep)\w*|one[- ]off)\b/,
      /\b((?:once|twice)(?: or (?:once|twice))?[- ](a|per|every)[- ](quarter|year|few months|couple of months)|quarterly|annually|yearly|every (few|couple of|(?:~\s?|about |roughly |around )?(?:2|3|4|6|two|three|four|six)(?:\s?(?:-|–|to)\s?\d+)?) months|every (quarter|year)|twice[- ]a[- ]year)\b[^.;]{0,40}\b(retrain\w*|re-train\w*|refresh\w*|rebuild\w*)\b/,
      // A slow cadence defended by a claim that the data stands still: "retrain monthly, preferences don't shift".
      /\b(retrain\w*|re-train\w*|refresh\w*)\b[^.]{0,60}\b(monthly|once a month|every month|quarterly|yearly|annually|rarely|occasionally|weekly|once a week|every week)\b[^.]{0,80}\b((do|does|did) not|rarely|hardly|barely|never) (really )?(shift|change|move|drift)\w*|\b(retrain\w*|re-train\w*|refresh\w*)\b[^.]{0,60}\b(monthly|once a month|every month|quarterly|yearly|annually|rarely|occasionally)\b[^.]{0,80}\b(pretty|quite|very|fairly|relatively) stable\b/,
      /\b((do|does) not|rarely|hardly|never) (really )?(shift|change|move|drift)\w*( (much|that|so|very))?( (fast|quickly|often|much))?\b[^.]{0,60}\b(retrain\w*|re-train\w*)\b[^.]{0,30}\b(monthly|once a month|every month|quarterly|yearly|annually|rarely|occasionally)\b/,
      // "retrain when someone complains": no cadence at all, only a reaction to users noticing.
      /\b(retrain\w*|re-train\w*|refresh\w*)\b[^.]{0,20}\b(only )?(when|if|once|after) (someone|somebody|anyone|users?|people|customers?|a customer|support|product|sales|the business|stakeholders?) (complains?|notices?|shouts?|escalates?|asks?)\b/,
      // "a monthly retrain is enough": a slow cadence called sufficient
      /\b(monthly|once a month|every month|every (few|couple of|2|3|4|6|two|three|four|six) weeks)\b[^.;]{0,15}\b(retrain\w*|re-train\w*|refresh\w*|update)s?\b[^.;]{0,15}\b(is|are|should be|will be|would be)\s+(plenty|enough|fine|sufficient|good enough)\b|\b(retrain\w*|re-train\w*)\b[^.;]{0,10}\b(monthly|once a month|every month)\b[^.;]{0,10}\b(is|are|should be|will be|would be)\s+(plenty|enough|fine|sufficient|good enough)\b/,
      /\b(retrain\w*|re-train\w*)\b[^.]{0,30}\bmore often\b[^.]{0,30}\b(just |only )?(adds?|introduces?) (noise|churn|instability)\b/,
      // "encoder trained once on a big historical set and frozen for a year"
      /\b(frozen|freeze|fixed|locked)\b[^.;]{0,20}\bfor (a|the|one|1|two|2) (years?|quarters?)\b|\btrain\w*\s+once\b[^.;]{0,80}\b(frozen|freeze|never (retrain\w*|updat\w*))\b/,
    ],
    // ...nor is refreshing an evaluation set or a holdout group: "rated query sets are refreshed
    // quarterly", "a standing holdout of 1% of users, refreshed quarterly".
    unless: /\b(?:frozen|fixed|held[- ]back|holdout|hold[- ]out|control)\s+(?:baseline|group|arm|cohort|users?|bucket|slice)\b|\b(?:holdout|hold[- ]out|held[- ]back|control)\b(?:[^.;]|\be\.g\.){0,60}\b(?:frozen|fixed|locked)\b|\b(?:is|are|was|would be) (?:way |far |much |simply |just )?too (?:slow|rare|infrequent|late)\b|\bwould (?:miss|lose|fall behind|go stale|lag|drift|not keep up)\b|\b(?:not|never|rather than|instead of) (?:a |an |the )?(?:(?:once|twice)[- ](?:a|per)[- ]|quarterly\b|yearly\b|annual\b|semi[- ]annual\b)|\b(from scratch|architecture|(?<!\b(?:inserted|added|indexed|embedded|upserted|appended)\s+|\b(?:hash(?:es)?|db|database|bank|blocklist|lists?|rules?)\s+(?:(?:is|are|gets?)\s+)?(?:updated|refreshed|synced|maintained)\s+)continuous\w*(?!\s+(?:to|into|in)\s+(?:the\s+)?(?:index|ann|db|database|hash))|(?<!\b(?:inserted|added|indexed|embedded|upserted|appended)\s+)incremental\w*(?!\s+(?:to|into|in)\s+(?:the\s+)?(?:index|ann|db|database|hash))|online learning|encoders?\b[^.;]{0,40}\b(~|about |roughly )?(quarterly|each quarter|every quarter|every (few|2|3|two|three) months)\b(?=[^.]*\b(re-?embed\w*|re-?index\w*|index|rebuild\w*|backfill\w*))|(quarterly|each quarter|every quarter|every (few|2|3|two|three) months)\b[^.;]{0,40}\bencoders?\b(?=[^.]*\b(re-?embed\w*|re-?index\w*|index|rebuild\w*|backfill\w*)))\b|\b(retrain\w*|re-train\w*|fine[- ]?tun\w*|warm[- ]start\w*|(updat\w*|refresh\w*|train\w*) (the |our |a )?(model|ranker|classifier|weights|embeddings|encoder|head))\b[^.;]{0,40}\b(daily|hourly|weekly|nightly)\b|\b(daily|hourly|weekly|nightly)\b[^.;]{0,20}\b(retrain\w*|re-train\w*|fine[- ]?tun\w*|warm[- ]start\w*|model updates?|training)\b|\b(re-?ranker|ranker|model|classifier|heads?|gbdt|lr)\b[^.;]{0,15}\b(daily|hourly|weekly|nightly)\b|\b(not|never) (\w+ ){0,3}(retrain|re-train|refresh|update|rebuild|train)\w*|(?<!\b(?:fraction|share|part|portion|slice|sliver|bit|percent|%) of (?:the |our |a )?)\b(eval\w*|test|golden|rated|rater|graded|labell?ed|benchmark|query|judg\w*|audit) (sets?|queries|suites?)\b|^(?![^.]*\b(retrain|re-train|model)\w*)[^.]*\b(holdout|hold-out|control group|panel)\b[^.;]{0,80}\b(refresh\w*|rotat\w*|resampl\w*|redrawn)\b/,
    // "Retrain every 1-2 weeks on the rolling window ... A full rebuild quarterly": the quarterly rebuild sits beside a fast cadence.
    clearedByAnswer: /\b(daily|hourly|weekly|nightly|fortnightly|bi-?weekly|every (day|hour|week|few hours|few days|(?:1|2|3|one|two|three)(?:\s?[-–]\s?\d)? (?:days?|weeks?|hours?))|continuous\w*|incremental\w*)\b[^.;\n]{0,30}\b(retrain\w*|re-train\w*|fine[- ]?tun\w*|warm[- ]start\w*)|\b(retrain\w*|re-train\w*|fine[- ]?tun\w*|warm[- ]start\w*)\b[^.;\n]{0,60}\b(daily|hourly|weekly|nightly|fortnightly|bi-?weekly|every (day|hour|week|few hours|few days|(?:1|2|3|one|two|three)(?:\s?[-–]\s?\d)? (?:days?|weeks?|hours?))|continuous\w*|incremental\w*)\b/,
    exempt: (c) => stillImagery(c) || answersFromAnIndex(c),
  },
  {
    id: 'offline-equals-online',
    challenge: 'Suppose the offline metric improves and the online test is flat. What would you check, and what decides the launch?',
    needs: /offline|auc|ndcg|log ?loss|recall|mrr|hit rate|≈|online|optional|lift|without (?:an? |any )?(?:ab|a\/b|experiment)|100 ?%|formality|rubber|box[- ]ticking|sanity|smoke test|expect|follow|confirm|count on|bank on|rely on|assume/,
    description: 'Offline metric gains taken to mean online gains, with no online test',
    patterns: [
      // "if the new model is +2% AUC over current, ship it -- that's roughly +2% accepted connections"
      // "offline recall@k ...; if the new model is +3% there we ship, that's the lift we'll see in accepted friendships"
      /\bif\b[^.;]{0,60}[+]\s?\d+(?:\.\d+)?\s*%[^.;]{0,40}\b(?:that'?s|that is|which is|it'?s)\s+(?:roughly\s+|about\s+|also\s+)?(?:the|our)\s+(?:lift|gain|uplift|improvement|win)\s+(?:we'?ll|we will|we'?d|we would|we)\s+(?:see|get|book)\b/,
      /\b(?:auc|ndcg|recall|precision|mrr|map|log ?loss|accuracy)\b[^.;]{0,60}\b(?:that'?s|that is|=|means|->|→)\s*(?:roughly|about|approx\w*|~|around)?\s*\+?\d+(?:\.\d+)?\s*%\s+(?:more\s+)?(?:accepted|accepts|connections|bookings|clicks|saves|purchases|revenue|sessions|watch\w*|registrations|conversions|opens|gmv)\b/,
      // "bigger offline lift -> same lift in saves + outbound clicks per search, ship"
      /\boffline (?:lift|gain|improvement|win|uplift)\s*(?:->|=>|→|=|means|gives|equals)\s*(?:the\s+|a\s+)?same (?:lift|gain|improvement|uplift|win)\b/,
      // "+4 pts recall on the labeled test set, so expect prevalence to drop by about that much after launch"
      /\b(?:recall|precision|auc|ndcg|mrr|ne|log ?loss|offline)\b[^.]{0,100}\b(?:expect|assume|count on|bank on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+(?:drop|fall|rise|grow|improve|go (?:up|down)|move|shrink|decline)\s+(?:by\s+)?(?:about\s+|roughly\s+|around\s+|~\s*)?(?:that much|the same|as much|the same amount|proportionally)\b/,
      // "A 5% offline PR-AUC gain should carry through to roughly 5% lower prevalence", "+2% NDCG@10 -> launch it, the gain will carry over online"
      /\b(?:gain|lift|improvement|win|uplift|increase)\b[^.;]{0,40}\b(?:will|would|should|'ll)\s+(?:just\s+|simply\s+|directly\s+|fully\s+)?carry\s+(?:through|over)\b/,
      // "+4% -> ship, online lift will track the offline number"
      /\bonline (?:lift|gain|win|improvement|metrics?|numbers?|results?)\s+(?:will|would|should|'ll)\s+(?:just\s+)?(?:track|follow|mirror|match|reflect|equal)\s+(?:the\s+)?offline\b/,
      // "If NE improves 1% we can book ~1% more revenue and ship, A/B is optional"
      /\b(?:ne|auc|log ?loss|ndcg|mrr|recall@?\w*|offline(?: metrics?| numbers?| scores?)?)\b[^.]{0,120}\b(?:ab|ab tests?|online tests?|experiments?)\s+(?:is|are)\s+(?:just\s+)?(?:optional|a formality|overkill|unnecessary|not needed)\b/,
      // "If the new encoder has higher offline accuracy, we launch it": the launch decided offline
      /\bif (?:the )?(?:new )?[\w-]+(?: [\w-]+)? (?:has|gets|shows|achieves|scores) (?:a )?(?:higher|better) offline (?:accuracy|auc|ndcg|recall|precision|metrics?|scores?|numbers?)\b,? (?:then )?(?:we |i )?(?:(?:will|would|'ll|'d|can|should) )?(?:launch|ship|deploy|roll out|release)\b/,
      // "if it wins offline it wins online, so re-embed the 3B pins and switch over"
      /\bif (?:it|the new [\w-]+|the model|b|model b) (?:wins?|beats? (?:a|the old one|prod|production)|is better) offline,? (?:then )?(?:it )?(?:will |'ll )?(?:also )?(?:wins?|beats? (?:a|it|prod|production)|(?:is|be) better) online\b/,
      // "New encoder +4% -> expect ~+4% saves, ship it": the same figure carried across the arrow
      /\+(?<a>\d+(?:[.․]\d+)?)\s*%[^.;]{0,15}(?:->|=>|→)\s*(?:we\s+(?:can\s+|should\s+)?)?expect\w*\s+(?:~\s*|about |roughly |around |approx\w* )?\+?\k<a>\s*%/,
      // "+4 pts recall@20 on rater-graded pairs, so expect ~4% more saves", "if the new model is +5% there, expect about +5% accepted",
      // "+8% recall at same precision offline, so expect roughly an 8% drop in prevalence"
      /\+(?<a>\d+(?:[.․]\d+)?)\s*(?:%|pts?\b|points?\b|pp\b)[^.;]{0,60}?(?:->|=>|→|\bso\b|\bhence\b|\btherefore\b|,)\s*(?:we\s+(?:can\s+|should\s+)?)?expect\w*\s+(?:~\s*|about |roughly |around |approx\w* )?(?:an?\s+)?\+?\k<a>\s*(?:%|pts?\b|points?\b|pp\b)/,
      // "+5% there means about +5% new friendships online": the same figure carried across "means"
      /\+(?<a>\d+(?:[.․]\d+)?)\s*(?:%|pts?\b|points?\b|pp\b)[^.;]{0,40}?\b(?:means|equals|gives|translates? (?:in)?to|is worth)\s+(?:~\s*|about |roughly |around |approx\w* )?(?:an?\s+)?\+?\k<a>\s*(?:%|pts?\b|points?\b|pp\b)/,
      // "if NDCG goes +3% thats our +3% GMV/search target": the same figure named the online target
      // "+3% NDCG over BM25 + hand formula, that's roughly our +3% GMV/search goal met"
      /\+(?<a>\d+(?:[.․]\d+)?)\s*%[^.;]{0,40}?\b(?:that'?s|thats|that is|which is)\s+(?:(?:our|the|about|roughly|~)\s*){0,3}\+?\k<a>\s*%/,
      // "offline normalized log loss / AUC gain of X% -> expect roughly X% revenue gain"
      /\b(?:offline|auc|ndcg|log ?loss|recall|mrr)\b[^.;]{0,60}\bgain of (?<a>x|\d+(?:[.․]\d+)?)\s*%[^.;]{0,12}?(?:->|=>|→|\bso\b|\bthen\b)?\s*(?:we )?(?:expect|get|means?|gives?|=)\s*(?:roughly|about|~|around|approx\w*)?\s*\k<a>\s*%\s*(?:more\s+)?(?:revenue|ctr|online|gmv|engagement|clicks|bookings|sales)\b/,
      /\boffline\b[^.]{0,60}\b(gains?|improvements?|lift|better|wins?|auc|ndcg|metrics?|results?|numbers)\b[^.]{0,40}\b(guarantee\w*|translate\w*|means?(?! (average|reciprocal|squared|absolute))|equals?|(is|are|will be|would be) the same|directly|automatically|carr(y|ies) over|shows? up)\b[^.]{0,40}\b(online|production|revenue|engagement|live|business|users)\b/,
      // "If recall is up 20% offline, prevalence should fall ~20% online"
      /\b(?:up|improves?\s+by|gains?|rises?\s+by|grows?\s+by|better\s+by)\s+\+?(?<a>\d+(?:[.․]\d+)?)\s*%\s+offline\b[^.;]{0,60}\b(?:should|will|would|must)\s+(?:also\s+)?(?:fall|drop|rise|go up|go down|improve|increase|decrease|move|shrink|grow)\w*\s+(?:by\s+)?(?:~\s*|about |roughly |around |approx\w* )?\k<a>\s*%/,
      // "a +2% AUC reliably shows up as +2% accepted friendships online"
      /\d+([.․]\d+)?\s*%\s*(auc|ndcg|map|mrr|recall|log ?loss)\b[^.]{0,40}\b(means?|equals?|gives?|translates? (in)?to|shows? up as|becomes?|hit|hits|reached|reach|achieved?|delivers?|got)\b[^.]{0,15}\d+([.․]\d+)?\s*%/,
      // "a 2% gain there means 2% more saves online", "the online test is just a sanity check"
      /\b(gains?|lift|improvements?|increases?)\b[^.]{0,30}\b(means?|equals?|gives?|translates? (in)?to)\b[^.]{0,15}\d+([.․]\d+)?\s*%[^.]{0,30}\b(more|higher|better|online)\b/,
      /\bonline (test|experiment|ab|ab test)\w*\b[^.]{0,20}\b(is |are )?(just|only|merely|basically) (a |an )?(sanity check|formality|smoke test)/,
      // "an A/B would just be a formality", "offline lift carries over"
      /\b(ab|ab tests?|online tests?|experiments?)\b[^.]{0,20}\b(would|will|is|are|'s)( just| only| merely| basically)? (be )?(a |an )?(formality|rubber[- ]stamp|box[- ]ticking)\b/,
      /\boffline (lift|gains?|wins?|improvements?|uplift)\b[^.]{0,10}\b(carr(y|ies) over|transfers?|holds? online)\b/,
      /\boffline\b[^.]{0,60}\b(?:that|the|this) (?:gain|lift|improvement|win|uplift)s? (?:carr(?:y|ies) over|transfers?) to\b/,
      // "an A/B would just confirm it", "we can count on roughly that revenue lift"
      /\b(ab|ab tests?|online tests?|experiments?)\b[^.;]{0,15}\b(would|will|'d|'ll|can|could)?\s*(just|only|merely|simply|mostly)\s+(confirm|rubber[- ]stamp|validate|verify)\b/,
      /\b(auc|ndcg|ne|nce|log ?loss|map|mrr|recall|offline)\b[^.;]{0,80}\b(count on|bank on|rely on|assume|expect)\s+(roughly |about |approximately |around )?(that|the same|a similar|an equal|a matching)\s+([\w/-]+\s+)?(lift|gain|improvement|increase|uplift)\b/,
      /\b(launch|roll\w* out|ship|deploy|release)\w*\b[^.]{0,30}\b(to )?100 ?%[^.]{0,40}\b(straight away|right away|immediately|at once|directly|day one)\b/,
      /\b(no need|do not need|will not need|need not|skip|unnecessary|not necessary)\b[^.]{0,30}\b(ab|online|experiments?|tests?|testing)\b[^.]{0,60}\b(offline|auc|ndcg|log ?loss|already|since|because)\b/,
      /\b(carr(y|ies) over|transfers?|translates?|maps?)\b[^.]{0,30}\b(one[- ]to[- ]one|1:1|1 to 1|directly|linearly)\b[^.]{0,30}\bonline\b|\bonline\b[^.]{0,30}\b(one[- ]to[- ]one|1:1)\b/,
      /\b(ship|launch|deploy|roll out)\w*\b[^.]{0,20}\bon (the )?offline (results?|metrics?|numbers?|gains?|wins?|lift)\b/,
      // "+10% offline hit rate ~= +10% carousel bookings", "+4% recall offline ~ +4% saves online"
      /\+?\d+([.․]\d+)?\s*%\s*(offline |recall |ndcg |hit rate |auc |map |mrr )+[^.]{0,25}(~=|≈|(?<![!≠<>])=|~|->|→)\s*\+?\d+([.․]\d+)?\s*%\s*[^.]{0,25}\b(online|bookings?|saves?|clicks?|revenue|engagement|conversions?|watch\w*|sessions?|purchases?)\b/,
      // "+3% NDCG offline ≈ +3% GMV/search", "+4% recall@k ≈ +4% saves per search": an offline gain equated with an online number
      /\+?\d+([.․]\d+)?\s*%\s*(?:(?:offline|ndcg|auc|recall|map|mrr|hit rate|precision|log ?loss|ne|nce)(?:@\s*\w+)?\s*){1,3}[^.;%]{0,20}?(?:~=|≈|~|(?<![!≠<>])=|->|→|\b(?:means|equals|gives|is)\b)\s*(?:roughly |about |approx\w* |around )?\+?\d+([.․]\d+)?\s*%/,
      // "a win there carries over to saves, so ship the new encoder without an A/B"
      /(?<!\b(?:never|not|don'?t|do not|won'?t|will not|wouldn'?t|can'?t|cannot|no)\s+(?:[\w'-]+\s+){0,2})\b(ship|launch|deploy|roll\w* out|release)\w*\b[^.;]{0,40}\b(without|with no|skip\w*|no need for)\s+(an?\s+|any\s+|the\s+)?(ab|ab tests?|online tests?|online experiments?|experiments?)\b/,
      // "the A/B is just a sanity check"
      /\b(ab|ab tests?|online tests?|experiments?)\b[^.;]{0,20}\b(is|are|'s|would be|will be)?\s*(just|only|merely|basically|mostly|largely|really) (a |an )?(sanity check|formality|smoke test)\b/,
      // "if NDCG on the rater set rises 2%, the north star rises about the same"
      /\b(offline|auc|ndcg|log ?loss|map|mrr|recall)\b[^.]{0,60}\b(rises?|goes up|improves?|moves?|increases?)\b[^.]{0,40}\b(online|north star|revenue|engagement|business|kpi)\b[^.]{0,30}\b(rises?|rise|goes up|improves?|moves?|increases?|follows?)\b[^.]{0,10}\b(about |roughly |approximately |by )?(the same|as much|equally|1:1|in step|in lockstep|proportionally)\b/,
      // "a model with higher AUC offline should also give more friend requests online"
      /\b(higher|better|improved|increased)\b[^.]{0,20}\b(auc|ndcg|log ?loss|map|mrr|recall|precision|offline (metrics?|scores?))\b[^.]{0,20}\b(should|will|would|must)\b (also )?(give|mean|lead to|produce|yield|bring|result in|translate (in)?to|deliver|drive)\b[^.]{0,50}\b(online|in production|revenue|engagement)\b/,
      // "Offline NDCG +3% so I'd expect GMV to move about the same"
      /\b(?:offline|auc|ndcg|log ?loss|map|mrr|recall|precision|hit rate)\b[^.;]{0,60}\b(?:expect|assume|count on|bank on)\w*\b[^.;]{0,40}\b(?:move|moves|rise|rises|go up|goes up|improve|improves|increase|increases|shift|shifts|grow|grows)\s+(?:by\s+)?(?:about |roughly |around |approximately |pretty much |basically )?(?:the same|as much|in step|in line|proportionally)\b/,
      // "launch decisions are made offline, not via A/B tests"
      /\b(launch|ship|go\/no[- ]go)\w* decisions?\b[^.]{0,20}\b(are |is |get )?(made |taken )?offline\b(?![^.]{0,80}(?:→|->|=>|\bthen\b)[^.]{0,60}\b(?:ab|online|canary|experiment|holdout|shadow)\b)/,
      /\boffline\b[^.]{0,40}(=>|->|→)[^.]{0,20}\bexpect\w*\b[^.]{0,40}\bonline\b/,
      // "offline NDCG is the decision", "+4% recall@20 -> ship, expect saves to rise ~4% too"
      /\boffline\b[^.;:]{0,80}\b(is|are) (the |our )?(decision|decider|launch criterion|deciding factor|go\/no[- ]go)\b/,
      /\+?\d+([.․]\d+)?\s*%\s*(auc|ndcg|map|mrr|recall|precision|hit rate)\b[^.]{0,120}\bexpect\w*\b[^.]{0,60}\b(rise|increase|go up|improve|grow)\w*\s*(by\s*)?(~|about |around |roughly )?\+?\d+([.․]\d+)?\s*%/,
      // "if the new model is +2% AUC we can expect roughly +2% accepted friendships"
      /\+?\d+([.․]\d+)?\s*%\s*(auc|ndcg|map|mrr|recall|precision|hit rate)\b[^.]{0,60}\bexpect\w*\s+(to see\s+)?(~|about |around |roughly |approximately |a similar |the same )?\+?\d+([.․]\d+)?\s*%/,
      /\b(auc|ndcg|map|mrr|recall|precision|hit rate|offline \w+)\b[^.]{0,20}\b(goes up|rises|improves|increases|is up|up)\s*(by\s*)?(~|about |roughly |around )?\+?\d+([.․]\d+)?\s*%[^.]{0,40}\bexpect\w*\s+(to see\s+)?(~|about |around |roughly |approximately )?(a |the )?(\+?\d+([.․]\d+)?\s*%|similar|same|equal|comparable|matching)/,
      // "a 1% NE gain offline is roughly a 1% revenue gain", "+4% offline, we can expect about +4% saves online"
      /\+?\d+([.․]\d+)?\s*%[^.;]{0,30}\boffline\b[^.;]{0,10}\b(is|=|means|equals|gives|becomes)\s+(roughly |about |approximately |around |basically |~)?(an? )?\+?\d+([.․]\d+)?\s*%/,
      /\+?\d+([.․]\d+)?\s*%\s*offline\b[^.;]{0,40}\bexpect\w*\b[^.;]{0,20}\+?\d+([.․]\d+)?\s*%/,
      // "...and ship without an A/B", "ship it without waiting on an A/B"
      /\b(ship|launch|deploy|roll\w* out|swap\w* in|promote)\w*\b( it| them| the (new )?model)?[^.;]{0,15}\bwithout\b( waiting (on|for))?( an?| the| any)?( long| full| proper| real)? (ab|online test|online experiment|experiment)s?\b/,
      // "if it beats the current one by a clear margin we roll it out, saves + outbound clicks will follow"
      /^(?![^.]*\b(ab|experiments?|tests?|canary|holdout|interleav\w*)\b)[^.]*\b(roll\w* (it |them )?out|ship|launch|deploy|swap)\w*\b[^.]{0,90}\b(will|would|should) (just |simply |naturally )?follow\b/,
      // "A 1% log-loss win is roughly a 1% revenue win", "so if it wins offline we can ramp straight to 100%"
      /\d+([.․]\d+)?\s*%\s*(?:auc|ndcg|map|mrr|recall|log ?loss|ne|nce)\b[^.;]{0,20}\b(?:is|are)\s+(?:roughly|about|approximately|basically|essentially|around|~)\s+(?:an?\s+)?\+?\d+([.․]\d+)?\s*%/,
      /\b(?:ramp|go|jump|roll)\w*\s+(?:it\s+)?(?:straight|directly|right)\s+to\s+100 ?%/,
      // "the offline lift is the online lift"
      /\boffline (gains?|lift|uplift|improvements?|wins?|delta)\b[^.]{0,10}(?:\s(?:is|equals|becomes|means)\b|\s*(?<![!≠<>])==?)\s*(the |an? )?online (gains?|lift|uplift|improvements?|wins?|delta)\b/,
      // "beats the current one offline -> swap it in", with no online test in the sentence
      /^(?![^.]*\b(ab|experiments?|tests?|canary|shadow|interleav\w*|online)\b)[^.]*\b(beats?|outperforms?|wins?|improves?|higher)\b[^.]{0,80}\boffline\b[^.]{0,60}(=>|->|→|\bso\b|\bthen\b)\s*(just |simply |we )?(swap|ship|launch|deploy|roll\w* out|replace|promote)\w*/,
      // ...with no online test before or after the launch word: "if offline AUC improves we run an A/B test before launch" is sound.
      /\b(if|once|when)\b[^.]{0,30}\b(offline|auc|ndcg|log ?loss)\b(?:(?!\b(?:ab|online|experiments?|tests?)\b)[^.]){0,30}\b(improv\w*|better|beats?|wins?|goes up|higher)\b(?:(?!\b(?:ab|experiments?|tests?|canary|shadow|online)\b)[^.]){0,40}\b(ship|launch|deploy|roll out|replace|promote)\w*\b(?![^.]{0,60}\b(ab|experiments?|tests?|canary|shadow|online)\b)/,
      // "+4% offline, that's our expected lift in saves/search"
      /\+?\d+([.․]\d+)?\s*%\s*offline\b[^.;]{0,40}\b(our|the) (expected|projected|predicted|likely) (online )?(lift|gain|uplift|improvement|increase)\b/,
      // "AUC as the main gate, ship if AUC goes up"
      /\b(ship|launch|deploy|roll out|promote)\w*\s+(it\s+)?(if|when|once|as soon as)\s+(the\s+)?(offline\s+)?(auc|ndcg|log ?loss|map|mrr|recall(@\w+)?|offline \w+)\b[^.;]{0,20}\b(goes up|rises|improves|increases|is (higher|better|up))\b(?![^.]{0,60}\b(ab|experiments?|tests?|canary|shadow|online)\b)/,
      // "if it wins by X%, ship it and report X% lift in saves"
      /\b(ship|launch|deploy|roll\w* out)\w*\b( it| them)?[^.;]{0,10}\band report\w*\b[^.;]{0,25}\b(lift|gain|uplift|improvement|increase)\b/,
      // "if AUC goes up offline, prevalence by views will drop by about the same amount"
      /\b(auc|ndcg|log ?loss|map|mrr|recall|precision|offline \w+)\b[^.;]{0,30}\b(goes up|rises|improves|increases|is up)\b[^.;]{0,60}\b(will|should|would)\s+(drop|fall|rise|go up|improve|increase|grow|move)\w*\s+(by\s+)?(about\s+|roughly\s+|approximately\s+|around\s+)?(the same|as much|equally|proportionally|in step)\b/,
      // "if NDCG goes up ~3% that's our +3% GMV/search"
      /\b(auc|ndcg|map|mrr|recall|precision|offline \w+)\b[^.;]{0,20}\b(goes up|rises|improves|increases|is up)\s*(by\s*)?(~|about |roughly )?\+?\d+([.․]\d+)?\s*%[^.;]{0,15}\b(that'?s|that is|is|=|means)\s+(?:(?:roughly|about|approx\w*|around|basically|~)\s*)?(our|the|a)?\s*\+?\d+([.․]\d+)?\s*%/,
      // "ship it; that should translate into roughly 1% more revenue", "the offline lift is what we'll see online"
      /\b(should|will|would)\s+(translate|carry over|map|convert)\w*\s+(in)?to\s+(roughly |about |approximately |around |~)?(the same|a similar|an equal|\+?\d+([.․]\d+)?\s*%)/,
      /\boffline (gains?|lift|uplift|improvements?|wins?|delta|numbers?)\b[^.;]{0,10}\b(is|are) what (we|you)(?:'ll| will| would|'d)? (see|get|measure) online\b/,
      // "+1.5% AUC on p(comment) -> that's our win, roll out to 100%": an offline gain taken as the launch, no test in the sentence
      /\+?\d+([.․]\d+)?\s*%\s*(auc|ndcg|map|mrr|recall|precision|hit rate|log ?loss)\b[^.;]{0,40}\b(that'?s|that is|there'?s) (our|the) (win|launch|result|gain|lift|answer)\b/,
      /^(?![^.]*\b(ab|experiments?|tests?|canary|holdout|holdback|shadow|interleav\w*)\b)(?=[^.]*\b(auc|ndcg|offline|log ?loss|map|mrr|recall)\b)[^.]*\b(roll\w* (it |them )?out|ship|launch|deploy)\w*\b[^.]{0,10}\bto 100 ?%/,
      // "offline open-AUC +3% -> expect ~3% more push-driven sessions": the metric named before its gain
      /\b(auc|ndcg|map|mrr|recall|precision|hit rate|log ?loss)(?:@\w+)?\s*\+\d+([.․]\d+)?\s*%[^.;]{0,20}(?:->|→|=>|~=|≈|~|\bmeans\b|\bso\b)\s*(?:we\s+(?:can\s+|should\s+)?)?(?:expect\w*\s+)?(?:~|about |roughly |around |approx\w* )?\+?\d+([.․]\d+)?\s*%/,
      // "recall@20 +5% vs baseline -> expect ~+5% accepted friendships online", "wins offline -> expect about the same lift"
      /^(?=[^.]*\b(?:offline|auc|ndcg|recall|map|mrr|log ?loss|precision)\b)[^.]*\+\d+([.․]\d+)?\s*(?:%|pts?|points?)[^.;]{0,60}(?:->|→|=>)\s*(?:we\s+(?:can\s+|should\s+)?)?expect\w*\s+(?:~|about |roughly |around |approx\w* )?\+?\d+([.․]\d+)?\s*%/,
      /\boffline\b[^.]{0,100}(?:->|→|=>|\bso\b)\s*(?:we\s+(?:can\s+|should\s+)?)?expect\w*\s+(?:about |roughly |approximately |around )?(?:the same|a similar|an equal|a comparable|a matching)\s+(?:lift|gain|improvement|increase|uplift)\b/,
      // "a +0.5% AUC win is the revenue lift"
      /\+?\d+([.․]\d+)?\s*%\s*(auc|ndcg|map|mrr|recall|precision|hit rate|log ?loss|ne|nce)(?:@\w+)?(?:\s+(?:win|gain|lift|improvement|uplift))?\s+(?:is|=|equals|means)\s+(?:the|our)\s+(?:[\w/-]+\s+)?(?:lift|gain|win|uplift|improvement)\b/,
      // "if recall@k is up by x%, saves per search go up by about the same, so no A/B needed"
      /\b(auc|ndcg|map|mrr|recall|precision|offline)\b[^.;]{0,40}\b(is up|goes up|rises|improves|increases)\b[^.;]{0,80}\b(go|goes|will go|should go|would go|rise|rises|will rise)\s+(up\s+)?(by\s+)?(about|roughly|approximately|around)?\s*(the same|as much|equally)\b/,
      /^(?=[^.]*\b(offline|auc|ndcg|recall|map|mrr)\b)[^.]*\bno (ab|online (test|experiment))s? (test )?(needed|required|necessary)\b/,
      // "+3% there, that's the +3% we'll see online"
      /\+?\d+([.․]\d+)?\s*%[^.;]{0,30}\b(that'?s|that is) the \+?\d+([.․]\d+)?\s*%[^.;]{0,20}\b(we'?ll|we will|we'?d|we would|you'?ll) (see|get) online\b/,
      // "if the new encoder is +4% recall@20 offline, that's our expected lift in saves, ship it"
      /\boffline\b[^.;]{0,10}[,:]?\s*(?:that'?s|that is|which is|this is|=)\s+(?:our|the)\s+(?:expected|predicted|projected|likely|online)\s+(?:online\s+)?(?:lift|gain|improvement|uplift|win)\b/,
      // "+1% AUC offline that's roughly +1% revenue, so we can launch straight from the offline result"
      /\boffline\b[^.;]{0,15}\b(?:that'?s|that is|=|means|gives)\s+(?:roughly|about|around|approximately|~)?\s*\+?\d+(?:[.․]\d+)?\s*%\s*(?:more\s+)?(?:revenue|clicks|ctr|saves|bookings|sales|engagement|gmv|lift|purchases|conversions)\b/,
      /\b(?:launch|ship|deploy|go live)\w*\b[^.;]{0,20}\b(?:straight|directly|right)\s+(?:from|off|on)\s+(?:the\s+)?offline\b/,
      // "+4% there ~= +4% saves per search"
      /\+\d+(?:[.․]\d+)?\s*%\s*(?:there|offline|on (?:it|that|them))\s*(?:~=|≈|(?<![!≠<>])=|->|→)\s*\+?\d+(?:[.․]\d+)?\s*%/,
      // "so I'd assume roughly +3% GMV/search follows and ship it"
      /^(?![^.]*\b(?:ab|experiments?|tests?|canary|holdout|shadow|interleav\w*)\b)[^.]*\b(?:assume|expect)\w*\s+(?:roughly\s+|about\s+|around\s+|approx\w*\s+|~\s*)?\+?\d+(?:[.․]\d+)?\s*%[^.;]{0,30}\b(?:follows?|will follow|comes? (?:along|with it))\b/,
      // "if the new encoder wins there clearly, swap it in, the online gain follows"
      /^(?![^.]*\b(?:ab|experiments?|tests?|canary|holdout|shadow|interleav\w*|not|never|rarely|may|might)\b|[^.]*n't\b)[^.]*\b(?:swap|ship|launch|deploy|roll|replace|promote)\w*\b[^.]{0,40}\bthe online (?:gain|lift|win|improvement|uplift)s? (?:just |simply |naturally )?follows\b/,
      // "If offline log loss improves by 1%, that's roughly the revenue lift we'll get"
      /\b(?:offline|auc|ndcg|log ?loss|ne|map|mrr|recall)\b[^.;]{0,40}\b(?:improves?|rises?|goes up|drops?|falls?)\b[^.;]{0,30}\b(?:that'?s|that is|it'?s|it is|is)\s+(?:roughly|about|approximately|around|basically|~)?\s*the\s+(?:\w+\s+)?(?:lift|gain|uplift|improvement)\s+(?:we'?ll|we will|we'?d|we would|you'?ll)\s+(?:get|see)\b/,
      // "if it wins offline by a clear margin that's an online win too"
      /\boffline\b[^.;]{0,40}\b(?:that'?s|that is|it'?s|it is|is)\s+(?:an?\s+)?online\s+(?:win|gain|lift|improvement)\s+too\b/,
      // "+5 pts offline recall means prevalence drops roughly in step", "offline recall is enough to decide to ship"
      /\b(?:offline|auc|ndcg|recall|precision|log ?loss|map|mrr)\b[^.;]{0,60}(?:\bmeans?\b|\bso\b|->|→|=>)[^.;]{0,40}\b(?:drops?|falls?|rises?|moves?|goes (?:up|down)|improves?|follows?)\s+(?:roughly\s+|about\s+|more or less\s+|pretty much\s+|basically\s+)?in (?:lock)?step\b/,
      /\boffline\b[^.;]{0,40}\b(?:is|are)\s+(?:alone\s+)?(?:enough|sufficient)\s+(?:to\s+(?:decide|ship|launch|go|call|make)|for (?:the |a )?(?:launch|ship|go\/no[- ]go|decision))\b/,
    ],
    unless: /\b(only if|not always|never|does not|do not|will not|would not|should not|can not|cannot|no guarantee|rarely|may not|might not|not necessarily|is not|are not|rather than assum\w*|instead of assum\w*|correlat\w*|proxy|(?<!\b(?:just|only|merely|simply|mostly) |\b(?:ship|launch|deploy|roll)\w*(?: it| them| out)?,? (?:and|then) )(validat\w*|confirm\w*|verif\w*)(?! (with|by|via|through|in|on) (an? |the )?(short |quick |small |gradual |slow )?(ramp|rollout|roll-out|canary|dashboards?|monitoring)\b)(?![^.;]{0,40}\b(afterwards|after (the )?(launch|shipping|rollout)|post[- ]launch)\b)|check(s|ing)? (that|whether|if)|whether)\b/,
  },
  {
    // The objective, not a metric: "rank by P(click)", "optimize carousel CTR", "clicks arrive in
    // seconds, so they're the training signal". Not "P(click) x P(book)", nor CTR as a quick proxy.
    id: 'click-objective',
    challenge: 'What does a click tell you about whether this served the user and the business? What would a model that maximises it learn to show?',
    needs: /click|ctr|open|tap|p\(send|p\(request|request sent|sent request|\bsend\b|time spent|dwell|\b(?:leave|drop|exclude|ignore|skip|omit)\s+(?:them|those|it|bookings|purchases|conversions|registrations)\b/,
    description: 'Clicks (or opens) alone as the objective, which rewards clickbait and misses what the business values',
    patterns: [
      // "What's success? -> carousel CTR."
      // "launch on A/B CTR on the results page + search watch time", "Launch on A/B result CTR; ... as a guardrail"
      /(?:^|[:;,.]\s*|\b(?:we|i|then|and)\s+)(?:launch|ship)\w*\s+on\s+(?:the\s+)?(?:a\/b|ab|online)\s+(?:result\s+|results\s+|search\s+|carousel\s+|feed\s+|push\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\b(?!\s*(?:x\b|[*×·]|(?:as|only as)\s+(?:a\s+)?guardrail))/,
      // "Launch metric in the A/B: search CTR (share of searches with any click), with search watch time second"
      // "alarm metric: search CTR, sliced by language & head/tail/never-seen queries; >=30s-watch share reviewed monthly"
      /\b(?:alarm|alert|alerting|headline|north[- ]star)\s+(?:metric|kpi|signal|number)\s*(?::|=|is)\s*(?:the\s+)?(?:result\s+|results\s+|search\s+|carousel\s+|feed\s+|push\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\b(?!\s*(?:x\b|[*×·]|(?:as|only as)\s+(?:a\s+)?guardrail|\+|and\b|,\s*(?:share|watch|bookings?|saves?|purchases?|conversions?)))/,
      /\b(?:launch|ship|go\/no[- ]go)\s+(?:metric|criterion|decision|gate|call)\b[^.;:]{0,25}?\s*(?::|=|is)\s*(?:the\s+)?(?:result\s+|results\s+|search\s+|carousel\s+|feed\s+|push\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\b(?!\s*(?:x\b|[*×·]|(?:as|only as)\s+(?:a\s+)?guardrail))/,
      // "online: user-level A/B ..., read on open rate (primary), w/ 28d retention ... as guardrails"
      /\b(?:read|decided|judged|measured|evaluated|launched|shipped|decide|judge)\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?(?:open rate|ctr|click[- ]through rate|clicks|opens)\s*\(\s*(?:primary|main|headline|north[- ]star)\s*\)/,
      // "Goal is carousel CTR, it's the fast signal", "Goal = carousel CTR, booking rate per session as a later check"
      /(?:^|[:;]\s*)(?:the\s+)?(?:main\s+|primary\s+)?(?:goal|objective|north[- ]star|kpi)\s*(?:=|:|is)\s*(?:the\s+)?(?:carousel\s+|home\s*page\s+|feed\s+|module\s+|widget\s+|push\s+|notification\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\s*,\s*(?:(?:it'?s|it is|that'?s|that is) the (?:fast|quick|dense|clean|immediate)\w*|(?:[\w-]+ ){1,5}as (?:a |the )?(?:later|secondary|follow-?up|lagging|delayed) (?:check|readout|metric|signal))\b/,
      /\bsuccess\b[^.;]{0,15}(?:->|=>|→|=|:|\bis\b)\s*(?:the\s+)?(?:carousel\s+|home\s*page\s+|feed\s+|module\s+|widget\s+|push\s+|notification\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\s*(?:[.;]|$)/,
      /(?:^|[:;,(]\s*|[-=>]\s+|\b(?:we|i|and|then|to|just|simply|so|hence|thus|therefore)\s+|\b(?:are|is|get|gets|be) (?:then )?(?=(?:sorted|ranked|ordered)\b))(sort|rank|order|sorts|ranks|orders|sorted|ranked|ordered|score|scores|scored)\b[^.;]{0,45}\bby (?:(?:raw|plain|pure|purely|solely|just|only|simply|the|predicted|carousel|module|widget|feed|page) )*(p\((?:[\w-]+ )?(click|open|tap|send|request)\w*(?:\s*(?:\||\bgiven\b)[^)]{0,40})?\)|pclick|pctr|predicted (?:[\w-]+ )?ctr|predicted click prob\w*|(?:[\w-]+ )?click prob\w*|ctr|click[- ]through( rate)?|click probability|predicted clicks|opens|open rate)(?!\s*(?:x\b|[*×·⋅∙+\/]|-(?![\s>])|(?:times|minus|plus|with|weighted|combined|blended|subject|while)\b|(?:,\s*|and\s+|,\s*and\s+)(?:p\(|e\[|expected|predicted|watch|book|purchas|dwell|satisf|conversion|revenue|value|gmv|sales|saves|long|time spent|likes|shares|comments|accept)|(?:,\s*[\w-]+){1,3},?\s+or\b))/,
      /\bp\((click|open|tap|send|request)\w*\b[^)]{0,40}\)(?!\s*(?:x\b|[*×·⋅∙]|times\b))(?:(?!\bbut\b)[^.;]){0,100}\b(sort|rank|order)\w*\b[^.;]{0,20}\bby (it|that|this)\b/,
      /(?:^|[:;,(]\s*|[-=>]\s+|\b(?:we|i|and|then|to|just|simply|will|would|'ll|'d|should)\s+)(optimi[sz]e|maximi[sz]e|optimi[sz]ed|maximi[sz]ed)\b (for )?(the )?([\w-]+ )?(ctr|clicks|click[- ]through( rate)?|opens|open rate|taps)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|-(?![\s>])|(?:times|minus|plus|with|weighted|combined|blended|subject|while)\b|(?:,\s*|and\s+|,\s*and\s+)(?:p\(|e\[|expected|predicted|watch|book|purchas|dwell|satisf|conversion|revenue|value|gmv|sales|saves|long|time spent|likes|shares|comments|accept)|(?:,\s*[\w-]+){1,3},?\s+or\b))/,
      /\b(clicks?|ctr|opens?|taps?)\b[^.;]{0,80}\b(so|hence|thus|therefore)\b,?\s*(it'?s|it is|they'?re|they are|that'?s|that is)\s*(the|our)\s*((natural|main|primary|best|right|obvious|ideal|core|only) )?(target|objective|label|training signal|proxy)\b/,
      /(?<!\b(?:this|that|each|a|an|the|after|per|every|one)\s)\bclick (?:is|=) (?:the|our) (?:objective|target|goal)\b|\b(?:denser|more (?:data|signal|positives|labels)|more frequent)\b[^.;]{0,60}\bso\s+(?:the\s+)?clicks?\s+(?:is|are)\s+(?:the|our)\s+labels?\b|\b(ctr|clicks|opens|click[- ]through rate|open rate|dwell time|time spent)\b(?: (?:and|\+|&) [\w -]{1,25}?)? (is|are) (the|our) ((natural|main|primary|north[- ]star|only|sole|right|obvious) )?(target|objective|label|goal|training signal|(?:health|success|key|decision|deciding|launch|ship|go\/no[- ]go) (?:metrics?|criterion|kpi))\b/,
      /\b(?:objective|target|goal)\b[^.;]{0,10}\b(?:is|=)\s+(?:to\s+)?(?:predict|estimate|maximi[sz]e|model)\w*\s+(?:the\s+)?(?:probability|likelihood|chance|odds)\s+(?:that\s+|of\s+)?(?:a\s+|the\s+)?(?:user|guest|viewer|member|person|searcher|shopper)?\s*(?:clicks?|click(?:ing)? on|taps?|opens?)\b(?![^.;]{0,40}\b(?:book|purchas|buy|bought|watch|register|convert|and then|followed by)\w*)/,
      // "CTR is the cleanest, fastest label we have", "click is the cleanest, densest signal we get"
      /\b(ctr|clicks?|opens?|click[- ]through rate|open rate|time spent)\b (is|are) (the|our) (\w+est,? (and )?){1,3}(target|objective|label|goal|training signal|signal|proxy|metric)\b/,
      // "rank neighbours of the anchor by carousel CTR as the target"
      /\b(rank|sort|order|score)\w*\b[^.;]{0,45}\bby (?:[\w-]+ )?(ctr|clicks|click[- ]through rate|opens|open rate)\s+as (?:the|our) (?:main |primary |only |sole )?(target|objective|label|goal)\b/,
      // "predict P(click), watch time, P(like); but rank on P(click) alone, it's the densest label"
      /(?<!\b(?:not|never|rather than|instead of|don'?t|do not|won'?t|wouldn'?t)\s+(?:[\w'-]+\s+){0,2})(?:^|[:;,]\s*|\b(?:but|and|then|we|i|i'd|we'd|we'll|just|so|simply)\s+)(rank|sort|order)\s+(?:on|by)\s+(?:raw\s+|plain\s+|pure\s+)?(p\((?:[\w-]+ )?(click|open|tap)\w*(?:\s*\|[^)]{0,30})?\)|pclick|p_click|ctr|clicks|opens)\s+(alone|only)\b/,
      // "Goal to confirm: maximize home-page CTR, watch time secondary"
      /(?:^|[:;,(]\s*|\b(?:we|i|to|just|simply|will|would|'ll|'d|should)\s+)(maximi[sz]e|optimi[sz]e)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(ctr|clicks|click[- ]through rate|opens|open rate)\s*,\s*(?:[\w-]+\s+){1,3}(?:is\s+|as\s+(?:a\s+)?)?(?:secondary|a guardrail|guardrail|a tiebreak(?:er)?|tiebreak(?:er)?)\b/,
      // "I'd take open rate (4.5% today) as the target"
      /\b(?:take|use|pick|choose)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ctr|open rate|click[- ]through rate|clicks|opens)\b[^.;]{0,25}\bas (?:the|our) (?:main |primary |north[- ]star )?(?:target|objective|goal|success metric)\b/,
      // "rank for carousel CTR since it's instant and bookings lag days"
      /(?:^|[:;,]\s*|\b(?:we|i|and|then|so|just|simply)\s+)(?:rank|optimi[sz]e|train|sort)\w*\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ctr|clicks|click[- ]through(?: rate)?|opens|open rate)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b|minus\b|weighted\b))(?=[^.]{0,30}\b(?:since|because|b\/c|given)\b)/,
      // "I'd assume carousel CTR, since it's the quick signal"
      /\b(i would|we would|i will|we will|let us|i'?d|we'?d|i'?ll|we'?ll)\s+(assume|pick|go with|use|choose|take|target|optimi[sz]e for)\s+(the\s+)?([\w-]+\s+)?(ctr|click[- ]through rate|open rate|clicks|opens|time spent)\b(?=[^.]{0,30}\b(since|because|b\/c|given)\b|\s*(?:--|—|–)\s|\s*:\s*(it|they|that|this)\b|(?:\s+per\s+[\w-]+)?\s*,\s*(it'?s|it is|that'?s|that is)\s+(what|the)\b)/,
      // "Label = request sent from the suggestion", "label: click"; not a label given with its window ("label = opened
      // within 2h"), which says how the data is labelled, not what the product optimises
      /(?:^|[:;,]\s*)(?:the\s+)?(?:(?:ranking|ranker|model|training|main|primary)\s+)?(label|target|objective)\s*(=|:|is)\s*(the\s+)?(?:(?<=(?:target|objective)\s*(?:=|:|is)\s*(?:the\s+)?)(?:carousel|module|push|email|notification|ad|feed|widget|search|result|card|tile|banner)\s+)?(request sent|sent request|send|click|clicked|clicks|open|opened|opens|tap|tapped|p\((?:click|open|tap)\))(?!\w)(?:\s*\((?:ctr|clicks?|click[- ]through(?: rate)?)\))?(?!\s*(and|or|&|\+|x|\*|[×·\/(]|,(?!\s*(?:since|because|b\/c|as)\b)|then|followed|plus|with\b|w\b|->|→|(?:within|in|w\/in|inside)\s+(?:the\s+)?[\w-]+\s*(?:and|or|&|\+|\/|,|then|plus)|(?:within|w\/in|inside)\s+(?:the\s+)?(?:first\s+)?\d+\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\b))/,
      // "Bookings are 2% and land days later, so I'd leave them out of training": clicks left as the only signal
      /\b(bookings?|purchases?|orders?|conversions?|registrations?|sales|sign[- ]?ups?)\b[^.;]{0,80}\b(?:so|hence|thus|therefore)\b,?\s*(?:(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will|let'?s)\s+)?(?:just\s+)?(?:leave|drop|exclude|ignore|skip|omit)\s+(?:them|those|it|bookings|purchases|conversions|registrations)\s+(?:out\s+)?(?:of\s+)?(?:the\s+)?(?:training|labels?|model|objective|dataset|training data)\b/,
      // "CTR is instant, bookings are 2% and days late, so CTR is what we optimize"
      /\b(ctr|clicks|opens|open rate|click[- ]through rate|dwell time|time spent)\s+is\s+what\s+(?:we|i)(?:'ll| will| would|'d)?\s+(?:optimi[sz]e|target|maximi[sz]e|train (?:on|for)|rank (?:on|by|for))\b/,
      // "score = expected time spent, since more time in feed is the clearest engagement signal"
      /(?:^|[:;,]\s*)(?:the\s+)?(?:final\s+)?(score|objective|target|label|value)\s*(=|:|is)\s*(?:the\s+)?(?:expected|predicted|raw|total)?\s*(time spent|dwell time|dwell|p\((?:click|open|tap)\)|clicks|ctr|opens)(?:\s+(?:on|per|of|for) (?:the |a |each )?[\w-]+)?\s*(?:,\s*)?(?:since|because|b\/c|as)\b/,
      // "ML objective: - Predict whether the user will click on a video (CTR prediction)": the click, and nothing after it
      /^(?:[-•*]\s+)?predict\w*\s+(?:whether|if)\s+(?:the\s+|a\s+)?(?:user|viewer|member|guest|person|searcher|shopper|recipient)\s+(?:will\s+|would\s+)?(?:click|open|tap)s?\b(?:\s+on\s+(?:a|an|the|each)\s+[\w-]+)?\s*(?:\((?:ctr|click|open)[^)]{0,25}\))?\s*\.?\s*$/,
      // "Pointwise ranker predicting P(click | impression), sorted descending"; "clicks are a fine proxy for intent"
      /\bpredict\w*\s+p\((?:click|open|tap)\w*\b[^)]{0,40}\)\s*,?\s*(?:then\s+|and\s+)?(?:sorted|ranked|ordered|sort|rank|order)\b(?!\s+(?:by|on)\s+(?:p\(|expected|value|fee|revenue|bookings?|registrations?))/,
      /(?<!\b(?:not|never|hardly|isn'?t|aren'?t)\s+(?:[\w'-]+\s+){0,2})\b(?:clicks?|ctr|opens?|open rate)\s+(?:is|are)\s+(?:a\s+|an\s+)?(?:fine|good|decent|reasonable|ok|okay|good enough|solid|great|perfect|adequate)\s+proxy\b/,
      // "P(click | user, event, context) as the target"
      /\bp\((?:click|open|tap|send|request)\w*\b[^)]{0,40}\)\s*(?:as|is|=|:)\s*(?:the |our )?(?:main |primary |only |sole )?(?:target|objective|label|goal)\b/,
      // "predict P(open within 2h | send) per candidate and send the top ones"
      /\bpredict\w*\s+p\((?:click|open|tap)\w*\b[^)]{0,40}\)[^.;]{0,40}\b(?:send|show|serve|surface)\w*\s+(?:the\s+)?(?:top|highest)\b/,
      // "clicks are 1.5% of impressions vs 0.1% for registrations, so more signal; that's the target"
      /(?<!(?:\+|&|\band|\bplus|×|\*)\s*(?:[\w-]+\s+){0,2})\b(clicks?|ctr|opens?|dwell|time spent)\b[^.]{0,100}\b(that'?s|that is|this is)\s+(the|our)\s+((natural|main|primary|real|right) )?(target|objective|label|goal)\b/,
      // "if opens go up, that's the value notifications add"
      /\bif (opens?|clicks?|ctr|open rate|click[- ]through rate)\b[^.;]{0,20}\b(go(es)? up|rises?|increases?|improves?)\b[^.;]{0,10},?\s*(that'?s|that is|it'?s|this is|then)\b[^.;]{0,20}\b(value|win|success|working|proof|a win)\b/,
      // "estimate P(open | send) ..., send if above threshold"
      /\b(estimat|predict|model|score)\w*\s+p\((?:click|open|tap)\w*\b[^)]{0,40}\)(?!\s*,?\s*(?:but also|and also|and|plus|\+|x\b|[*×·-]))[^.]{0,60}\b(send|show|serve|surface|notify|push)\w*\s+(if|when|whenever|the top|the highest)\b/,
      // "a ranker optimised for P(click) on the carousel listing"
      /\b(ranker|model|objective|scorer|classifier|policy)\s+(optimi[sz]ed|trained|tuned|built)\s+(for|on|to maximi[sz]e)\s+(the\s+)?(p\((?:click|open|tap)\w*[^)]{0,30}\)|ctr|clicks|click[- ]through( rate)?|opens|open rate)(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b|minus\b))/,
      // "if open rate keeps going up, it's working"
      /\bif (the )?(opens?|clicks?|ctr|open rate|click[- ]through rate)\b[^.;]{0,25}\b(keeps? (going up|rising|climbing|increasing)|go(es)? up|rises?|increases?|climbs?)\b[^.;]{0,5},?\s*(it'?s|it is|we'?re|we are|things are|the (system|model|ranker) is)\s+(working|winning|doing (its|the) job|fine|healthy)\b/,
      // "Online A/B decided on search CTR; >=30s watch share reported alongside"
      /\b(?:ab|ab tests?|online tests?|experiments?)\s+(?:is\s+)?(?:decided|judged|called|gated)\s+(?:on|by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b))/,
      // "Ship decision: standard 2-week A/B, readout = opens per user"
      /\b(?:primary\s+)?(?:readout|read[- ]out|decision metric)\s*(?:=|:|\bis\b)\s*(?:the\s+)?(?:opens?|clicks?|ctr|open rate|click[- ]through rate)\b(?!\s*(?:x\b|[*×·⋅∙\/]|minus|-\s))/,
      // "launch call = A/B on result CTR"
      /\b(launch|ship|go\/no[- ]go|rollout) (call|decision|criterion|metric|gate)s?\b[^.;]{0,10}(=|:|\bis\b|\bon\b)(?:(?!\b(?:and|plus|with)\b|[+&,])[^.;]){0,25}\b(ctr|click[- ]through( rate)?|clicks|open rate|opens)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b))/,
      // "predicting expected dwell time per (user, post), rank by it"
      /\b(predict\w*|model\w*)\s+(expected\s+)?(dwell|dwell time|time spent)\b[^.;]{0,40}\b(rank|sort|order)\w*\s+by\s+(it|that|this)\b/,
      // "final score = CTR, with watch time ... as features"
      /(?:^|[:;,]\s*)(?:the\s+)?final\s+(?:ranking\s+)?(?:score|objective)\s*(?:=|:|is)\s*(?:the\s+)?(?:p\((?:click|open|tap)\w*[^)]{0,30}\)|predicted ctr|pctr|ctr|clicks|opens|open rate)\b(?!\s*(?:x\b|[*×·⋅∙+\/-]|times|and\b|plus\b|minus\b|weighted\b))/,
      // "I'd take open rate as the goal", "use CTR as our objective"
      /\b(take|use|pick|choose|treat|make|assume)\w*\s+(the\s+)?([\w-]+\s+)?(ctr|click[- ]through(?: rate)?|open rate|clicks|opens|p\((?:click|open|tap|request|send)\w*[^)]{0,30}\))(?:\s+per\s+[\w-]+|\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s+(?:list|page|feed|carousel|module|tab))?)?\s+as\s+(the|our)\s+((main|primary|north[- ]star|only|sole|core) )?(goal|target|objective|north star|success metric)\b/,
      // "rank candidates by P(request sent)"
      /\b(sort|rank|order)\w*\b[^.;]{0,30}\bby\s+p\((?:request|invite|friend request)s?\s+sent(?:\s*(?:\||\bgiven\b)[^)]{0,40})?\)(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|plus\b))/,
      // "predict P(click) and rank on CTR"
      /(?:^|[:;,]\s*|\b(?:and|then|we|i|just|simply)\s+)(?:rank|sort|order)\s+on\s+(?:the\s+)?(?:predicted\s+|raw\s+)?(?:ctr|p\((?:click|open|tap)\w*[^)]{0,30}\)|clicks|opens|open rate)\b(?!\s*(?:x\b|[*×·⋅∙+\/-]|times|and\b|with\b|plus\b|weighted\b))/,
      // "Primary = search CTR", "north star: open rate"
      /\b(?:primary|north[- ]star|headline|main)(?: (?:online )?(?:metric|kpi|number))?\s*(?:=|:|is)\s*(?:the\s+)?(?:[\w-]+\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\b(?!\s*(?:x\b|[*×·⋅∙+\/-]|times|and\b|with\b|plus\b|only\b|as a (?:guardrail|proxy)|,?\s*or\b))/,
      // "Pointwise P(request sent) per (viewer, candidate)"
      /(?:^|[:;]\s*)(?:[\w-]+\s+){0,2}p\((?:request|invite|friend request)s?\s+sent\)\s+per\b(?![^.;]{0,60}(?:\bx\b|[*×·]|\bp\(|accept))/,
      // "objective = carousel CTR, since clicks are logged instantly"
      /\b(objective|target)\s*(=|:|->|→)\s*(the |raw |plain |pure )?([\w-]+ )?(ctr|clicks|click[- ]through( rate)?|opens|open rate|taps)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|-(?![\s>])|(?:times|minus|plus|with|weighted|combined|blended|and|&|\(|is|are|'s)\b|as (?:an? )?(?:aux|proxy|guardrail|secondary)))/,
      // "order the grid by predicted CTR, watch time as a tiebreaker": clicks first, the rest only breaks ties
      /\bby (?:the\s+)?(?:predicted\s+|raw\s+)?(ctr|pctr|p\((?:click|open|tap)\w*\)|clicks|opens|open rate)\s*,?\s*(?:and\s+)?(?:with\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:as\s+(?:a|the)\s+)?(?:only\s+)?tie[- ]?break(?:er|ing)?\b/,
      // "better open AUC + more opens in the test shows the notifs add value"
      /\b(more|higher|increased|rising)\s+(opens?|clicks?|ctr|open rate|taps?)\b[^.;]{0,30}\b(shows?|proves?|means|tells? us|demonstrates?|confirms?)\b[^.;]{0,30}\b(value|working|worth it|works|helps?|useful)\b/,
      // "ranker optimises carousel CTR -- immediate", "A/B w/ result CTR as primary since it's immediate"
      /\b(ranker|model|objective|system|policy|we|it)\s+(optimi[sz]es|maximi[sz]es|targets|chases)\s+(?:the\s+)?(?:[\w-]+\s+)?(ctr|clicks|click[- ]through rate|open rate|opens)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b|weighted\b|as (?:an? )?(?:aux|proxy|guardrail|secondary)))/,
      /(?<!\b(?:and|&|plus)\s+)\b(ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\s+as\s+(?:the\s+|our\s+)?(primary|main|headline|north[- ]star|decision|launch)(?:\s+(?:metric|kpi|criterion))?\b(?!\s+(?:guardrail|proxy))/,
      // "more time in feed = better feed", "we're optimising total time spent", "neighbours maximise carousel CTR", "ship if opens per user go up"
      /\bmore (?:time|dwell|time spent|clicks|opens)\b(?: in (?:the )?[\w-]+)?\s*(?:=|means|is)\s*(?:a )?better (?:feed|product|experience|ranking|system)\b/,
      /\b(?:we'?re|we are|i'?m|i am|be)\s+(?:optimi[sz]ing|maximi[sz]ing)\s+(?:for\s+)?(?:the\s+)?(?:total\s+|overall\s+)?(?:time spent|dwell time|ctr|clicks|opens|open rate)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b|weighted\b))/,
      /\b(?:maximi[sz]e|optimi[sz]e)s?\s+(?:the\s+)?(?:carousel\s+|search\s+|result\s+|push\s+|feed\s+)?(?:ctr|click[- ]through rate|open rate)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|times|and\b|with\b|plus\b|weighted\b|as (?:an? )?(?:aux|proxy|guardrail|secondary)))/,
      /\bship\w*\s+(?:it\s+)?(?:if|when|once)\s+(?:the\s+)?(?:opens?|clicks?|ctr|open rate|taps?)\b[^.;]{0,30}\b(?:go(?:es)? up|rises?|increases?|improves?|are up|is up)\b/,
      // "ranking candidates ... by probability the guest clicks them in the carousel"
      /\b(rank|ranking|ranks|order|ordering|sort|sorting)\b[^.;]{0,60}\bby (?:the )?(?:predicted )?(?:probability|likelihood|chance) (?:that )?(?:the )?(?:(?:guest|user|viewer|member|shopper|searcher|recipient|person|they|people)s? )?(?:clicks?|taps?|opens?)\b(?![^.;]{0,30}\b(?:and|then|or)\s+(?:(?:then|eventually|later|also|ultimately|finally|actually)\s+)?(?:books?|buys?|purchases?|watch\w*|registers?|accepts?))/,
      // "target: P(request sent | impression), 3% rate, fast feedback", "final score = P(click)."
      /(?:^|[:;,.]\s*)(?:the\s+)?(label|target|objective|final\s+score)\s*(=|:|is)\s*p\((?:click|open|tap|request|send)\w*(?:\s+sent)?(?:\s*(?:\||\bgiven\b)[^)]{0,40})?\)(?!\s*(?:x\b|[*×·⋅∙+\/-]|times\b|and\b|plus\b|minus\b|with\b|weighted\b))/,
      // "pin the target metric first: time spent per user per day", "my guess is search CTR"
      /\b(?:target|north[- ]star|success|primary|headline) metric(?: first)?\s*(?:=|:|is)\s*(?:the\s+)?(?:[\w-]+\s+)?(time spent|ctr|clicks|opens|open rate|dwell time|click[- ]through rate)\b(?!\s*(?:x\b|[*×·+\/-]|times|and\b|plus\b|with\b|weighted\b|vs\b|versus\b|or\b|,|\(|\?))/,
      /\bmy (?:guess|pick|choice|bet|answer) (?:is|would be) (?:the )?(?:[\w-]+ )?(ctr|click[- ]through( rate)?|open rate|clicks|opens|time spent)\b/,
      // "I'd take clicks on the "For you" list as the success metric", "open rate ... as the main health metric"
      /\b(?:take|use|pick|choose|treat)\s+(?:the\s+)?(?:clicks|ctr|opens|open rate|click[- ]through rate)\b[^.;]{0,40}\bas (?:the|our) (?:main |primary |north[- ]star |key |headline )?(?:success metric|metric|objective|target|goal|north star|kpi)\b/,
      /\b(?:open rate|opens(?: per user)?|ctr|clicks)\b[^.;]{0,30}\bas (?:the|our) (?:main|primary|key|headline|north[- ]star)\s+(?:health\s+|success\s+)?(?:metric|kpi|measure)\b/,
      // "Decision metric = carousel CTR since it's immediate"
      /\b(?:decision|success|launch|primary|main|headline|north[- ]star)\s+metric\s*(?:=|:|is)\s*(?:the\s+)?(?:[\w-]+\s+)?(?:ctr|clicks|click[- ]through rate|open rate|opens)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|and\b|&|vs\b|versus\b|or\b|,))/,
      // "I'd make carousel CTR the target since bookings are rare and arrive days later"
      /\b(?:make|use|take|pick|choose|treat)\s+(?:the\s+)?(?:carousel\s+|feed\s+|push\s+|module\s+|search\s+|widget\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\s+(?:as\s+)?(?:the|our)\s+(?:main\s+|primary\s+|only\s+)?(?:target|objective|goal|label|north[- ]star)\b(?!\s*(?:x\b|[*×·⋅∙+\/]|and\b|&|,))/,
      // "If the new model has a better CTR, launch it."
      /\b(?:if|when|once)\b[^.;]{0,40}\b(?:better|higher|improved|improves|lifts?|wins? on)\s+(?:the\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate)\s*(?:,|then|->|→)?\s*(?:we\s+|i\s+|we'?ll\s+)?(?:launch|ship|roll (?:it |them )?out|deploy|promote)\b/,
      // "What's success? -> carousel CTR.": the answer to the question before it, on its own
      /^\s*(?:->|=>|→)\s*(?:the\s+)?(?:carousel\s+|home\s*page\s+|feed\s+|module\s+|widget\s+|push\s+|notification\s+)?(?:ctr|click[- ]through(?: rate)?|clicks|open rate|opens)\s*(?:[.;]|$)/,
      // "Pointwise ranker predicting P(click | impression)."
      /\b(?:pointwise\s+)?(?:ranker|model|classifier)\s+predicting\s+p\((?:click|open|tap)\w*\b[^)]{0,40}\)(?!\s*(?:x\b|[*×·⋅∙+\/]|and\b|,|&|plus\b|with\b|times\b))/,
      // "The ranker predicts click probability per listing for the query and sorts by it"
      /\bpredicts?\s+(?:the\s+)?(?:click|open|tap)\s+(?:probability|prob|likelihood|rate)\b[^.;]{0,50}\b(?:and\s+|then\s+)?(?:sorts?|ranks?|orders?)\s+(?:by|on)\s+(?:it|that|this)\b/,
    ],
    // "opens are the cleanest label but most replace a session that would happen anyway": granted, then faulted.
    // (Not "open rate (primary), w/ 28d retention and OS disables as guardrails": the others are the guardrails.)
    clearedByNext: /^\W{0,3}(?:it|this|that)\b[^.;]{0,40}\b(?:still|only|just)\s+(?:optimi[sz]es|maximi[sz]es|chases|targets)\s+(?:for\s+)?(?:opens|clicks|ctr|open rate|click rate)\b|\bstepping[- ]stone\b/i,
    unless: /\b(clickbait|bait|baity|(?:cleanest|easiest|simplest|densest|quickest|fastest|most plentiful) (?:label|signal|target)s?\b[^.;]{0,20}\bbut\b|not(?! regress\w*| drop\w*| get worse| worse)|never(?![- ]seen)|rather than|instead|second,? (?:[\w-]+ )?label|(?:plus|and|with|\+) (?:a )?second (?:[\w-]+ )?(?:gbdt|model|head|classifier|clf|tower) (?:for|predicting|on) p\((?!open|click|ctr)|but (?:it|this|that|this one|that one) (?:only |just |still )?(?:optimi[sz]es|maximi[sz]es|chases|targets)(?= (?:for )?(?:opens|clicks|ctr|open rate|click rate)\b)|(?<!\bof |\bpredict\w* )whether|either|only as|tempting|(?<!\bas\s)guardrails?|(?:ctr|clicks?|opens?|open rate|click rate)(?:\s+[\w/&-]+){0,4}\s+as\s+guardrails\b|traps?|pitfalls?|mistakes?|avoid\w*|failure modes?|(slide|slides|drift|drifts|fall|falls|slip|slips) back|multi[- ]?task|weigh\w*|times|penal\w*|long[- ]clicks?|dwell\w*|satisf\w*|qualified clicks?|good clicks?)\b|[×·⋅∙*]/,
    unlessNear: 60,
    exempt: (c) => /click-through|\bctr\b/i.test(c.tags.task),
  },
  {
    // "merchant fraud rate as a target-encoded feature, built from all two years of labels including each row's own chargeback"
    id: 'own-label-encoded',
    ...LEAKAGE,
    needs: /own/,
    patterns: [
      /\b(target[- ]encod\w*|mean[- ]encod\w*|rates?|ctr|averages?|encodings?)\b[^.]{0,100}\b(incl\w*|including|with|plus)\s+(each|every|the|its|that)\s+(row|example|transaction|payment|impression|session|request|pair)'?s own\b/,
    ],
    unless: /\b(would (?:leak|include|see|count|contain)|out[- ]of[- ]fold|exclud\w*|leave[- ]one[- ]out|not|never|without|prior|before|minus)\b/,
  },
  {
    // "trained on logged clicks as relevance labels (clicked = relevant, shown-not-clicked = irrelevant)"
    id: 'clicks-as-relevance',
    ...CLICKS_AS_RELEVANCE,
    patterns: [
      /\b(?<leak>(clicks?|clicked)\b[^.;]{0,25}?(\bas\b|(?<![!<>=])=(?!=)|->|\bmeans\b|\bequals\b|\bimplies\b)\s*(the\s+)?(relevance|relevant)\b(?!\s+(signals?|features?|inputs?|hints?)))/d,
      // "click NDCG on raw logged clicks per query"; "offline relevance ground truth = raw clicks from the search logs"
      /\b(?<leak>(?:relevance|ground[- ]truth|labels?|judg\w*)\b[^.;]{0,25}(?:=|:|->|\bis\b|\bare\b)\s*(?:the\s+)?(?:raw|logged|raw logged|plain|uncorrected|all) (?:logged )?clicks)\b/d,
      /\b(?<leak>(ndcg|map|mrr|relevance|labels?|judg\w*)\b[^.;]{0,25}\b(on|from|using|over) (the )?(raw|logged|raw logged|plain|uncorrected|all) (logged )?clicks)\b/d,
      /\b(pos(?:ition)?\s*(?:1|one)|top (?:result|slot|position)s?|first (?:result|slot|position))\b(?:[^.;]{0,40}\b(clicks?|ctr)\b)?[^.;]{0,30}\b(because|b\/c|since|as)\b[^.;]{0,15}\b(it'?s|it is|they'?re|they are|(?:those|these|the|top) (?:items?|results?|listings?|products?|videos?) (?:is|are))\s+(?:the\s+)?(more|most|usually the most|usually the|the)\s+(?:relevant|best match|best result)\b/,
      // "positive = click, skipped = negative": raw clicks and their absence as the labels
      /\b(?:positives?|pos|labels?|relevant)\s*(?:=|:|->|is|are)\s*(?:a\s+|any\s+)?(?:raw\s+)?(?:click|clicks|clicked)\b(?!\s*(?:\+|and\b|with\b|w\/|followed\b|then\b|&|>=|≥|\())[^.;]{0,40}\b(?:skipped|skips|unclicked|no[- ]clicks?|not clicked|shown[- ]not[- ]clicked|ignored)\s*(?:=|:|->|is|are)\s*(?:a\s+)?(?:negatives?|neg|irrelevant)\b/,
      // "so clicks already tell us relevance"
      /\b(?<leak>clicks?\s+(?:already\s+)?(?:tell|tells|show|shows|give|gives|measure|measures)\s+(?:us\s+)?(?:the\s+)?relevance)\b/d,
      // "a pos-10 no-click just means irrelevant": a skipped result read as a judgement of it
      /\b(?<leak>(?:no[- ]?clicks?|non[- ]?clicks?|not[- ]clicked|unclicked|skipped)\b[^.;]{0,12}\b(?:just |simply |always |really )?(?:means?|=|->|implies|is|equals)\s+(?:just |simply )?(?:irrelevant|a negative|a bad (?:result|match)))\b/d,
      // "(query, video) -> relevance score, label = clicked or not"
      /\b(?<leak>relevance\b[^.;]{0,30}\blabels?\s*(?:=|:|is|->)\s*(?:clicked|clicks?)(?:\s+or\s+not)?)\b/d,
      // "Pos 1 gets ~6x the clicks of pos 10, which shows those listings are more relevant, so raw labels are good as they are"
      /\b(?:pos(?:ition)?\s*(?:1|one)|top (?:result|slot|position)s?)\b[^.;]{0,60}\b(?:which|that|this)\s+(?:shows|means|proves|tells us)\s+(?:those|these|the|they|top)\s+(?:[\w-]+\s+)?(?:are|is)\s+more\s+relevant\b/,
      /\b(?<leak>raw (?:click\s+)?(?:labels|clicks)\s+(?:are|is)\s+(?:good|fine|ok|okay)\s+as (?:they are|it is|is))\b/d,
      // "labels: purchase > ATC > click > skip, raw clicks as logged"
      /\b(?<leak>(?:raw|logged)\s+clicks?\s+(?:as\s+(?:logged|is|they are|they come)|as-is|straight from the logs?))(?!\w)/d,
      // "pos1 ~6x pos10 but that mostly means the top results are better"; "more clicks means the results look more similar"
      /\b(?:pos(?:ition)?\s*(?:1|one)|top (?:result|slot|position)s?)\b[^.;]{0,60}\b(?:that|this|which|it)\s+(?:mostly\s+|just\s+|really\s+|simply\s+)?(?:shows|means|proves|tells us)\s+(?:those|these|the|they|top)\s+(?:[\w-]+\s+){0,2}(?:are|is)\s+(?:better|more relevant|the best)\b/,
      /\b(?<leak>more clicks\s+(?:means?|=|->|shows?)\s+(?:the\s+)?(?:results?|items?|listings?|matches)\s+(?:look|are|is|looks)\s+(?:more\s+)?(?:similar|relevant|better))\b/d,
      // "measure NDCG and MRR on the test set, using clicks as the relevance signal"
      /\b(?<leak>(?:using|use|uses|with|take|takes|taking|treat|treats|treating)\s+(?:the\s+)?(?:raw\s+|logged\s+)?clicks?\s+as\s+the\s+relevance\s+(?:signal|labels?|judg\w*|ground[- ]truth))\b/d,
      // "learn relevance from clicks as positives"
      /\b(?<leak>(?:learn|learns|learning|train|trains|training|derive|derives|infer|infers)\s+relevance\s+(?:labels?\s+)?from\s+(?:raw\s+|logged\s+|the\s+)?clicks?)\b/d,
      // "purchase > ATC > click > skip straight from the logs, a click at pos 1 counted the same as a click at pos 10"
      /\bclicks?\s+(?:at|in)\s+(?:pos(?:ition)?|rank|slot)\s*#?\d+\s+(?:counted|counts|treated|weighted|scored)\s+(?:the\s+)?(?:same|equally)\s+as\s+(?:a\s+)?(?:clicks?\s+)?(?:at|in)\s+(?:pos(?:ition)?|rank|slot)\s*#?\d+/,
    ],
    unless: /\b(relearn\w*|(?:learns?|copies|reproduces|repeats|bakes in) (?:the )?(?:old|current|existing|previous) (?:ranking|ranker|order)|position\w*(?!\s*\d)|bias\w*|propensit\w*|debias\w*|ipw|ips|randomi[sz]\w*|interleav\w*|rater\w*|grades?|graded|dwell\w*|watch\w*|long[- ]clicks?|bounce\w*|seconds|skip[- ]above|shown above (?:a |the )?click\w*|counterfactual|click models?|examination|satisf\w*|(?<!\bor |=\s*)not(?![- ]clicked\b)|never(?![- ]seen)|instead|rather than|would|could|might|tempting|naive\w*|wrong|mistakes?|traps?|problem\w*|pitfalls?|purchas\w*|bought|add[- ]to[- ]cart|booked|bookings?|saves?|saved|registration\w*|conversions?)\b/,
    unlessNear: 40,
    // "... shown but not clicked is a negative. Because clicks depend heavily on position, I would include position
    // as a feature during training": corrected for position elsewhere in the step.
    clearedByAnswer: /\b(?:(?:include|add|use|train with|log)\w* (?:the )?(?:display |shown |rank )?position as an? (?:input |training[- ]time )?feature|position (?:as an? feature|debias\w*|correct\w*)|inverse propensity|propensity (?:weight\w*|scor\w*|correct\w*)|ipw|click models?)\b/,
  },
  {
    // "clicked listing = relevant, shown-but-unclicked = irrelevant": the mapping spelt out both ways
    // is the mistake whatever else the labels are drawn from ("Labels from clicks / add-to-cart / purchase: ...").
    id: 'clicks-as-relevance-mapped',
    ...CLICKS_AS_RELEVANCE,
    patterns: [
      // "taking raw clicks as relevance", "top results get clicked more b/c they're the most relevant ones"
      // "using raw CTR per query-listing as relevance"
      /\b(?<leak>(raw|plain|logged|uncorrected) (?:clicks?|ctr)\b[^.;]{0,25}?\b(as|=|->)\s*(the\s+)?relevance)\b(?!\s+(signals?|features?|inputs?|hints?))/d,
      /\b(?<leak>(top|higher|first|upper)[- ]?(ranked |placed )?(results?|positions?|items?|slots?|listings?|products?)\s+(get|gets|are|is)\s+clicked more\b[^.;]{0,10}\b(b\/c|because|since|as)\s+(they'?re|they are|it'?s|it is|those are)\s+(the\s+)?(most\s+|more\s+)?relevant)/d,
      /\b(?<leak>clicked(?: [\w-]+){0,2}\s*(=|->|means|is|are)\s*(relevant|positives?|1)\b[^.;]{0,40}\b(not[- ]clicked|unclicked|non[- ]clicked|no[- ]click|skipped)(?: [\w-]+){0,2}\s*(=|->|means|is|are)\s*(irrelevant|negatives?|not relevant|0))\b/d,
      // "the logs already encode relevance", "clicks taken at face value as relevance"
      /\b(?<leak>(?:clicks?|logs?|ctr|click logs?)\b[^.;]{0,30}\balready\s+(?:encodes?|reflects?|captures?|contains?|tells?(?: us)?)\s+(?:the\s+)?relevance)\b/d,
      /\b(?<leak>(?:taken|taking|take|used|using|use|treated|treating|treat)\b[^.;]{0,30}?\b(?:at face value|as[- ]is|raw)\s+as\s+(?:the\s+)?relevance)\b/d,
      // "Labels from 2y of logs: purchase > ATC > click > shown-not-clicked, used as-is"
      /\b(?<leak>(?:labels?|relevance|grades?)\b[^.;]{0,40}\bclick\w*\b[^.;]{0,40}\b(?:used|taken|kept|treated)\s+(?:as[- ]is|raw|at face value|as they are|unchanged))\b(?!\s+(?:as\s+)?(?:an?\s+)?(?:features?|inputs?))/d,
      // "raw clicks at any position taken as relevance"
      /\b(?<leak>raw clicks?\b[^.;]{0,30}\b(?:taken|used|treated|counted)\s+as\s+(?:the\s+)?relevance)\b/d,
    ],
    unless: /\b(relearn\w*|(?<!\bany )position\w*(?!\s*\d)(?!\s+as[- ]is)(?! is (?:just )?(?:another|a) )(?!\s+(?:effect|bias)\s+(?:averages?|washes|cancels?)\s+out)|bias\w*|propensit\w*|debias\w*|ipw|ips|randomi[sz]\w*|interleav\w*|counterfactual|click models?|examination|skip[- ]above|never|instead|rather than|would|could|might|tempting|naive\w*|wrong|mistakes?|traps?|problem\w*|pitfalls?)\b/,
    unlessNear: 40,
  },
  {
    // "retrieving over the full index incl those same tickets": the resolved ticket a test question
    // comes from answers it, so retrieval looks perfect.
    id: 'eval-answers-in-index',
    challenge: 'Your test questions come from resolved tickets. Where is each ticket while you retrieve for its own question, and what does that do to the score?',
    needs: /index/,
    description: 'Retrieval evaluated over an index that still holds the documents the test answers come from (leakage)',
    steps: ['data', 'model', 'evaluation'],
    patterns: [
      // "tickets stay in the index as usual, if retriever finds the original ticket that counts as a hit"
      /\b(?:tickets?|answers?|threads?|docs?|documents?|pages?)\s+(?:stay|stays|remain|remains|are kept|kept|are left|left)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?index\s+(?:as\s+(?:usual|normal|is)|unchanged|too|as well)\b/,
      /\b(?:finds?|retrieves?|fetches|returns?|hits?)\s+(?:the\s+)?(?:original|source|same|own)\s+(?:ticket|thread|doc|document|page|answer)\b[^.;]{0,25}\b(?:counts?|scored?|treated)\s+as\s+(?:a\s+)?(?:hit|success|correct|relevant|match)\b/,
      // "ticket index stays complete so retrieval sees the real corpus"
      /\b(?:index|corpus|kb)\b[^.;]{0,20}\b(?:stays?|kept|left|remains?)\s+(?:complete|whole|intact|unchanged|as[- ]is|full)\b[^.;]{0,15}\bso\b[^.;]{0,30}\b(?:real|actual|production|prod|full|whole)\s+(?:corpus|index|kb)\b/,
      /\b(full|whole|entire|complete)\s+(?:[\w-]+\s+)?index\b[^.;]{0,30}(?:\b(?:incl\w*|including|with|containing)\b[^.;]{0,20}\b(?:those|these|the same|its own|their own|the eval|the test|all the|all)?\s*(?:same\s+)?(?:tickets?|docs?|documents?|questions?|threads?|answers?)\b|\(\s*(?:tickets?|docs?|documents?|threads?)\s+incl)/,
      // "against the full current index, tickets included", "(all 6M tickets, these included)"
      /\b(full|whole|entire|complete)\s+(?:[\w-]+\s+)?index\b[^.;]{0,40}\b(?:(?:these|those|them|eval\w*|test|same)(?:\s+(?:ones|tickets?|docs?|questions?))?|tickets?|docs?|documents?|threads?)\s+(?:included|incl\b|too|as well)/,
      /\bindex\s+all\b[^.;]{0,30}\b(tickets?|docs?|documents?|threads?)\b[^.;]{0,20}\b(as[- ]is|incl\w*|including)\b[^.;]{0,40}\b(check|measure|score|eval\w*|test|see)\w*\b/,
      // "the test tickets stay in the index", "an index that includes the eval set", "eval tickets are indexed too"
      /\b(eval\w*|test|held[- ]out|those|these|same|resolved)\b[^.;]{0,30}\b(tickets?|docs?|documents?|questions?|threads?)\b[^.;]{0,30}\b(stay|stays|remain|remains|left|kept|keep|sit|sits|are|is|also|still)\b[^.;]{0,15}\b(in|inside)\s+(the\s+)?(index|corpus|kb|knowledge base|vector (db|store))\b/,
      /\b(index|corpus|vector (db|store))\b[^.;]{0,30}\b(incl\w*|including|contains?|containing|holds?|holding)\b[^.;]{0,30}\b(eval\w*|test|held[- ]out)\b[^.;]{0,15}\b(tickets?|docs?|documents?|questions?|set|items?)\b/,
      /\b(eval\w*|test)\s+(tickets?|docs?|documents?|questions?|threads?)\b[^.;]{0,20}\b(are|is|get|gets|stay|remain)?\s*(also\s+)?indexed\b/,
      /\ball\s+(?:the\s+)?(?:resolved\s+)?(?:tickets?|docs?|documents?|threads?)\s+(?:stay|stays|remain|remains|are kept|kept|sit|sits)\s+in\s+(?:the\s+)?(?:index|corpus)\b[^.;]{0,60}\b(?:recall|mrr|ndcg|hit rate|precision|eval\w*|scores?|signal|metrics?)\b/,
      /^(?=[^.]*\b(eval\w*|test\w*|golden|benchmark)\b)[^.]*?\b(index|corpus|kb|vector (db|store))\b[^.;]{0,20}\b(stays?|kept|keep|left|remains?)\s+(as[- ]is|unchanged|intact|untouched|whole|complete)\b/,
      /\b(index|corpus|kb|knowledge base|vector (db|store))\b[^.;]{0,40}\b(incl\w*|including|contains?|containing|holds?|holding|with)\b[^.;]{0,40}\b(those|these|the same|its own|their own|the eval\w*|the test)\s+(resolved |same |eval\w* |test |answered |closed )?(tickets?|docs?|documents?|questions?|threads?|ones)\b/,
      // "Retrieval index = all 6M tickets + wiki + policies, same as prod": the test tickets among them
      /\bindex\s*(?:=|:|is|holds|contains)\s*(?:all|every)\s+(?:the\s+)?(?:~?[\d.,]+\s*[mk]?\s+)?(?:resolved\s+)?(?:tickets|threads)\b[^.;]{0,40}\b(?:same as|as in|like|identical to|mirrors?)\s+(?:prod|production|live)\b/,
      // "~500 resolved tickets from last month ..., left in the retrieval index with the other 6M tickets"
      /\b(?:left|kept|stays?|remain(?:s|ing)?|sit(?:s|ting)?)\s+in\s+(?:the\s+)?(?:retrieval\s+|search\s+|vector\s+|ticket\s+)?index\s+(?:with|alongside|among|next to|together with)\s+(?:the\s+|all\s+)?(?:other|rest)\b/,
      // "Index = all 6M tickets + wiki + policies; run the question through and grade vs the reply"
      /\bindex\s*(?:=|:|is|holds|contains)\s*(?:all|every)\s+(?:the\s+)?(?:~?[\d.,]+\s*[mk]?\s+)?(?:resolved\s+)?(?:tickets|threads)\b[^.]{0,60}\b(?:grade|score|compare|judge|check)\w*\s+(?:it\s+|them\s+|the answers?\s+)?(?:vs\.?|against|with|to)\s+(?:the\s+)?(?:agent'?s\s+)?(?:reply|replies|answer|reference)\b/,
      // "all 6M tickets incl. their resolutions are indexed, so retrieval will find the exact ticket being asked about"
      /\b(all|every)\b[^.;]{0,20}\b(tickets?|docs?|documents?|threads?)\b[^.;]{0,30}\b(are|get|is)?\s*indexed\b[^.;]{0,60}\b(find|retrieve|return|hit|surface)\w*\b[^.;]{0,20}\b(exact|same|very|own)\s+(ticket|doc|document|thread|question)\b/,
      // "Index stays as is, those tickets included"
      /\b(index|corpus|kb)\b[^.;]{0,20}\b(stays?|kept|left|remains?)\s+(as[- ]is|unchanged|intact)\b[^.;]{0,10},?\s*(those|these|the|eval\w*|test)\s+(tickets?|docs?|documents?|questions?)\s+(included|incl\b|too|in it)/,
      // "eval set: resolved tickets, grade vs the agent's reply - with the full ticket index searchable like prod"
      /^(?=[^.]*\b(eval\w*|test\w*|golden|benchmark)\b)[^.]*?\b(full|whole|entire|complete|prod(uction)?|live)\s+(?:[\w-]+\s+)?index\b[^.;]{0,20}\b(searchable|available|queryable|live|enabled|as[- ]is|untouched|like (in )?prod\w*|as in prod\w*)\b/,
      // "all tickets stay in the index at eval time, including the source ticket"
      /\b(?:all|every)\s+(?:the\s+)?(?:tickets?|docs?|documents?|threads?)\b[^.;]{0,20}\b(?:stay|stays|remain|remains|kept|left)\s+in\s+(?:the\s+)?(?:index|corpus)\b[^.;]{0,30}\b(?:eval\w*|test\w*)\b|\bincluding the source (?:ticket|doc|document|thread)\b/,
      // "with the full ticket corpus indexed as is"
      /\b(full|whole|entire|complete)\s+(?:[\w-]+\s+)?(?:corpus|kb|knowledge base)\s+(?:indexed|kept|left)\s+as[- ]is\b/,
      // "The ticket itself stays in the index, so the retriever can pull the agent's reply in"
      /\b(?:ticket|doc|document|thread|question|answer|reply)s?\s+(?:itself|themselves)\s+(?:stays?|remains?|is|are|sits?)\s+(?:still\s+)?(?:in|inside)\s+(?:the\s+)?(?:index|corpus|kb|knowledge base|vector (?:db|store))\b/,
      // "a ticket-derived test question can retrieve its own ticket + resolution from the index - fine, that's realistic"
      /\b(?:retrieve|retrieves|find|finds|pull|pulls|return|returns|hit|hits|surface|surfaces)\s+(?:its|their)\s+own\s+(?:source\s+)?(?:ticket|doc|document|thread|answer|resolution)s?\b[^.;]{0,60}\b(?:fine|ok|okay|realistic|acceptable|like (?:in )?prod\w*)\b/,
      // "Leave those source tickets in the index when we run it - prod will have them too."
      /\b(?:leave|leaves|leaving|keep|keeps|keeping)\s+(?:the\s+|those\s+|these\s+|all\s+)?(?:source\s+|eval\w*\s+|test\s+|resolved\s+)?(?:tickets?|docs?|documents?|threads?)\s+(?:in|inside)\s+(?:the\s+)?(?:index|corpus|kb|knowledge base|vector (?:db|store))\b/,
      // "index has all 6M tickets incl. each question's own source ticket"
      /\b(?:index|corpus|kb|knowledge base|vector (?:db|store))\b[^.;]{0,40}\b(?:incl\w*|including|contains?|containing|holds?|holding|has|with)\b[^.;]{0,40}\b(?:own|source|originating)\s+(?:source\s+)?(?:tickets?|docs?|documents?|threads?)\b/,
      // "run RAG over the full index (all 6M tickets), grade answer vs ref"
      /^(?=[^.]*\b(?:eval\w*|test\w*|golden|benchmark|grade|grading|ref|reference)\b)[^.]*?\b(?:over|against|on|across|with)\s+(?:the\s+)?(?:full|whole|entire|complete)\s+(?:[\w-]+\s+)?index\b\s*\(\s*(?:all|every)\b/,
      // "(question, gold doc, reference answer) from resolved tickets, run against the full production index so it's realistic"
      /^(?=[^.]*\b(?:eval\w*|test\w*|golden|gold|benchmark|offline set|reference)\b)(?=[^.]*\btickets?\b)[^.]*?\b(?:over|against|on|across|with)\s+(?:the\s+)?(?:full|whole|entire|complete|prod(?:uction)?|live)\s+(?:[\w-]+\s+)?index\b[^.;]{0,30}\b(?:realistic|like (?:in )?prod\w*|as in prod\w*|same as prod\w*|real[- ]world)\b/,
      // "test set from resolved tickets: ..., sampled across all 5 yrs, with every ticket indexed as usual"
      /^(?=[^.]*\b(?:eval\w*|test\w*|golden|benchmark)\b)[^.]*?\b(?:every|each|all)\s+(?:the\s+)?(?:resolved\s+)?(?:tickets?|docs?|documents?|threads?)\s+(?:\w+\s+)?indexed\s+(?:as\s+(?:usual|normal|always|is|in prod\w*)|too|like prod\w*|normally)\b/,
      // "test set: resolved tickets (question -> agent reply) sampled from all 6M in the index"
      /^(?=[^.]*\b(?:eval\w*|test\w*|golden|benchmark)\b)[^.]*?\b(?:sampled|drawn|taken|picked|pulled|chosen)\s+(?:at random\s+|randomly\s+)?from\s+(?:all|the|every)\b[^.;]{0,30}\bin\s+the\s+(?:[\w-]+\s+)?(?:index|corpus|kb|knowledge base)\b/,
    ],
    unless: /\b(exclud\w*|remov\w*|drop\w*|without|held[- ]out|left out|minus|except|filter\w* out|not|never|masked|withheld)\b/,
    exempt: (c) => !answersFromAnIndex(c),
  },
  {
    // "train item2vec on the whole month incl. last week, then measure hit rate on last week's sessions"
    id: 'test-in-training',
    challenge: 'Which examples did the model see in training, and which do you test it on? What does the overlap do to the number you report?',
    needs: /incl|including|whole|all|same|final|last|latest|recent|show up|appear|end up|\d\s*(-|–|to|through|thru)\s*\d/,
    description: 'The test period or test examples also used in training (leakage)',
    steps: ['data', 'model', 'evaluation'],
    patterns: [
      // "recall@k on a random 10% of (crop, saved result) pairs; the query images can also show up in encoder training"
      /\b(?:query|test|eval\w*|held[- ]out)\s+(?:images?|queries|photos|crops|examples|questions)\s+(?:can|may|could|will|would|might)\s+(?:also\s+|still\s+)?(?:show up|appear|be|end up)\s+in\s+(?:the\s+)?(?:encoder\s+|model\s+|ranker\s+)?training\b/,
      // "trained on all 800M sessions of the month -> eval hit@12 ... on a sample of those sessions"
      /\b(?:train\w*|fit\w*|learn\w*)\b[^.;]{0,40}\b(?:all|whole|full|entire)\b[^.;]{0,80}\b(?:eval\w*|test\w*|measur\w*|score\w*)\b[^.;]{0,80}\b(?:a )?(?:sample|subset|slice|few|some|random \w+) of (?:those|these|the same)\b/,
      /\b(train\w*|fit\w*|learn\w*)\b[^.;]{0,60}\b(incl\w*|including)\s+(the\s+)?(last|test|eval\w*|held[- ]out|final|latest)\s+(week|month|day|period|set|split|window|weeks|days)\b[^.;]{0,60}\b(measure|eval\w*|test|score)\w*\b/,
      /\b(train\w*|fit\w*)\b[^.;]{0,40}\b(on|over)\s+(all|the whole|the full|the entire)\b[^.;]{0,40}\b(then|and)\b[^.;]{0,20}\b(measure|eval\w*|test|score)\w*\b[^.;]{0,30}\b(on|using)\s+(the same|those|that|the last|last)\b/,
      /\b(train\w*|fit\w*)\b[^.;]{0,60}\b(on|over)\s+(all|the whole|the full|the entire)\b[^.;]{0,40}\b(then|and)\b[^.;]{0,20}\b(measure|eval\w*|test|score)\w*\b[^.;]{0,70}\b(on|using|over|from)\s+(a (?:random )?sample of |a (?:random )?subset of |some of )?(\w+ )?(sessions?|queries|searches|impressions|rows|examples|data|users )?(from |of |in )?(the )?(final|last|latest|most recent) (week|month|day|period|\d+ (days|weeks))\b/,
      /\b(features?|feats?|ctr|counts?|rates?|stats|embeddings?|history|historical)\b[^.;]{0,60}\b(incl\.?|including|plus|through|over|covering)\s+(the\s+)?(eval\w*|test)\s+(days?|weeks?|months?|period|window|set|split|data)\b/,
      // "compute the CTR features over weeks 1-4, then eval on week 4"
      /\b(features?|feats?|counts?|ctr|rates?|stats|aggregates?|embeddings?)\b[^.;]{0,40}\b(over|on|from|across|using)\s+(weeks?|days?|months?)\s*\d+\s*(-|–|to|through|thru)\s*(?<last>\d+)\b[^.;]{0,60}\b(eval\w*|test\w*|measure\w*|score\w*)\b[^.;]{0,40}\b(weeks?|days?|months?)\s*\k<last>\b/,
      // "Query-listing historical CTR and CVR built from the full 2-year log; train on the first 23 months, evaluate on the last one"
      /\b(?:features?|feats?|ctr|cvr|counts?|rates?|stats|aggregates?|embeddings?|history|historical)\b[^.;]{0,60}\b(?:built|computed|aggregated|calculated|derived|taken)\s+(?:from|over|on|across)\s+(?:the\s+)?(?:full|whole|entire|complete)\s+(?:[\w-]+\s+){0,2}?(?:log|logs|history|data|dataset|window)\b(?=[^.]*\b(?:eval\w*|test\w*)\s+on\b)/,
      // "train the node embeddings on the full current graph, then hide 10% of edges at random and measure recall"
      /\b(?:train\w*|fit\w*|learn\w*)\b[^.;]{0,40}\b(?:on|over)\s+the\s+(?:full|whole|entire|complete)\s+(?:current\s+)?(?:graph|data|dataset|log|logs)\b[^.;]{0,20}\b(?:then|and then|,)\s*(?:hide|hold out|mask|remove|drop)\w*\b/,
    ],
    unless: /\b(exclud\w*|without|held[- ]out|holding out|before the|up to|cutoff|cut-off|never|not|except|minus|separate)\b/,
  },
  {
    id: 'sampling-without-recalibration',
    challenge: 'You sampled the training data. What does that do to the predicted probabilities, and who downstream relies on them?',
    description: 'Negatives downsampled, and the skewed probabilities used as they are (in an auction, a threshold or a blend) with no correction',
    needs: /sampl|balanc|50\/50/,
    patterns: [
      /\b(downsampl\w*|undersampl\w*|balanc\w*|50\/50|1:1)\b[^.]{0,80}\b(straight|directly|as is|as-is|unchanged|raw)\b[^.]{0,40}\b(auction|probabilit\w*|probs|pctr|scores?|threshold|bids?)\b/,
      /\b(downsampl\w*|undersampl\w*|balanc\w*|50\/50|1:1)\b[^.]{0,80}\b(no need|not need|do not need|without)\b[^.]{0,20}\b(correct\w*|recalibrat\w*|calibrat\w*|adjust\w*)\b/,
    ],
    unless: /\b(recalibrat\w*|correct(ed|ion)? (for|the)|re-?weight\w*|undo|adjust for)\b/,
  },
  {
    id: 'no-control',
    challenge: 'Traffic, seasons and the product change from week to week. How would you know the change caused the difference you measured?',
    description: 'A launch judged without a randomised control: a before-and-after comparison, or no test because the sample is large',
    needs: /before|after|control|test|signific|real|large|huge|big/,
    patterns: [
      /\b(compare|comparing|compared|vs|versus|against)\b[^.]{0,40}\b(week|month|period|days?|quarter)s? (after|post)\b[^.]{0,40}\b(week|month|period|days?|quarter)s? (before|prior|pre)\b/,
      /\b(before|pre)[- ](and[- ])?(after|post)\b[^.]{0,40}\b(comparison|compare|launch|metrics?|numbers)\b/,
      /\b(no need for|do not need|will not need|without|skip|skipping|no)\b[^.]{0,25}\b(formal |significance |statistical )?(tests?|testing)?\b[^.]{0,12}\b(or |and |a |any )?(control group|control|randomi[sz]ed (test|experiment|split))\b/,
      /\b(so large|so big|so many|huge|massive|enough traffic)\b[^.]{0,60}\b(any|every)\b[^.]{0,20}\b(difference|change|lift|movement)\b[^.]{0,30}\b(is|will be|must be) real\b/,
      /\b(no need for|do not need|skip|skipping|without)\b[^.]{0,20}\b(significance|statistical|power)\b[^.]{0,10}\b(tests?|testing|analysis|calculations?)\b/,
    ],
    unless: /\b(ab|a\/b|randomi[sz]\w*|holdout|switchback|diff[- ]in[- ]diff\w*|difference[- ]in[- ]differences|synthetic control|geo[- ]?experiment|ethic\w*|(?:worse|better|different|lower|higher) than (?:the )?control)\b|^[\s*•-]*(?:avoid|never|do not)\b/,
    // "Measure quality before and after launch" beside "online, an A/B test": the launch has its control.
    clearedByAnswer: /\b(ab|a\/b)\W{0,3}\s+(test|tests|testing|experiments?|the|randomi[sz]ed|split)\b|\brandomi[sz]ed (control|experiment|test|posts|users|traffic|groups?|buckets?)/,
    steps: ['evaluation', 'monitoring', 'serving'],
  },
  {
    // "not going to bother benchmarking against the map-nearest carousel, it's obviously weak so beating it proves nothing"
    // (not "embeddings that aren't comparable with the old ones": a property of the vectors)
    id: 'baseline-dismissed',
    challenge: 'If you never compare against what runs today, or against a simple baseline, how do you know the new model is worth its cost?',
    description: 'The comparison with what runs today, or with a simple baseline, waved away',
    needs: /baseline|bench|compar|against|current|existing|heuristic|rules|legacy|control/,
    patterns: [
      /\b(?:not|never|no need to|(?:do not|don'?t|does not|doesn'?t) need to|won'?t|will not|wouldn'?t|would not|skip(?:ping)?)\s+(?:going to\s+|gonna\s+)?(?:bother(?:ing)?\s+(?:with\s+)?)?(?:benchmark\w*|compar(?:e|es|ed|ing|isons?)\b)\s+(?:it\s+|them\s+)?(?:against|to|with|vs)\s+(?:the\s+|today'?s\s+|our\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:current|existing|old|legacy|live|production|baseline|heuristic|rules?|popularity|carousel|system)\b/,
      // "No real need to keep the closest-on-map carousel as a control, we already know it's weak"
      /\b(?:no (?:real |actual )?need (?:to|for)|(?:do not|don'?t|does not|doesn'?t|won'?t|will not|wouldn'?t|would not) (?:really )?need(?: to)?|not worth)\s+(?:keep\w*\s+|runn?\w*\s+|hav\w*\s+|us\w*\s+)?(?:the\s+|a\s+|any\s+|today'?s\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:as\s+(?:a\s+|the\s+)?)?control(?:\s+(?:arm|group|bucket|cell))?\b/,
      /\b(?:baseline|current (?:system|model|carousel|ranker|rules)|existing (?:system|rules|model|carousel|ranker)|heuristics?|rules(?: engine)?|carousel)\b[^.;]{0,60}\b(?:obviously|clearly|so) (?:weak|bad|worse|dumb|naive)\b[^.;]{0,40}\b(?:beating (?:it|them) proves nothing|proves? nothing|no point|pointless)\b/,
    ],
    steps: ['model', 'evaluation'],
  },
  {
    id: 'short-test',
    challenge: 'How long would you run the test, and what could a short test mislead you about?',
    description: 'An online test read after a few days, or shipped at the first significant result (novelty, weekly cycles and late labels ignored)',
    needs: /day|significan/,
    patterns: [
      // Not "registrations take ~2 days, so I'd run the test long enough to capture them", nor "small enough".
      /\b(a few|few|two|three|four|2|3|4|couple of|a couple of) (week)?(days|hours)\b[^.]{0,40}\b(is |are )?(?<!(?:long|small|fast|close|big|large|cheap|quick|good|short|low|high) )(enough|plenty|sufficient)\b/,
      /\b(run|test|read|ab|experiment)\w*\b[^.]{0,40}\bfor (a few|few|two|three|four|2|3|4|a couple of) (week)?days\b[^.]{0,60}\b(then|and) (ship|launch|decide|roll)\w*/,
      /\b(ship|launch|stop|call)\w*\b[^.]{0,30}\bas soon as\b[^.]{0,30}\bsignifican\w*/,
    ],
    // How long a test runs is said where the test or the rollout is: "2,000 is small enough" under
    // the model is about something else.
    steps: ['evaluation', 'serving', 'monitoring'],
  },
];

for (const mistake of MISTAKES) {
  mistake.patterns.forEach(gated);
  if (mistake.unless) gated(mistake.unless);
  if (mistake.clearedByAnswer) gated(mistake.clearedByAnswer);
}

// "rather than adding a pre-ranking stage" names the sound practice only to turn it down.
// "...so nothing good gets missed by a weak retrieval stage" names it as what loses.
const TURNED_DOWN = /\b(rather than|instead of|(simpler|easier) than|without|no|not|skip\w*|never|avoid\w*|forget|drop\w*)\b(\s+[\w'-]+){0,4}\s*$|\b(missed|lost|dropped|cut|filtered( out)?|thrown away)\s+by\s+(an?|the|any)(\s+[\w'-]+){0,2}\s*$/;
// "BM25 + two-tower ANN only as a fallback", "so retrieval can't miss anything": named, then demoted.
// ...or waved away right after: "dedicated exploration is not worth it for v1".
const NAMED_THEN_DEMOTED = /^\W{0,3}(?:[\w+-]+\s+){0,3}?(?:only as (?:a |an )?(?:fallback|backup|last resort)|can not miss|cannot miss|(?:is|are) (?:not|never) (?:worth|needed|necessary|required)|(?:is|are) (?:overkill|unnecessary))\b/;
/** The sentence also says the sound practice, and does not turn it down where it says it. */
const globalCopies = new WeakMap<RegExp, RegExp>();

function cleared(unless: RegExp, text: string): boolean {
  if (!gatedTest(unless, text)) return false;
  // The same expression, run again past each match that was turned down; from an offset in the whole
  // text, not a slice of it, so that a lookbehind still sees what stands before ("a retrieval stage").
  let again = globalCopies.get(unless);
  if (!again) globalCopies.set(unless, (again = new RegExp(unless.source, `${unless.flags.replace('g', '')}g`)));
  for (let from = 0; from < text.length; ) {
    again.lastIndex = from;
    const m = again.exec(text);
    if (!m) return false;
    const at = m.index;
    if (!TURNED_DOWN.test(text.slice(Math.max(0, at - 50), at)) && !NAMED_THEN_DEMOTED.test(text.slice(at + m[0].length, at + m[0].length + 60))) return true;
    from = at + Math.max(1, m[0].length);
  }
  return false;
}

// A short quoted name ("not interested", "don't know this person") says nothing about the sentence,
// nor does a hyphenated one ("not-interested" as a head of the model, "predictive of no-click"),
// nor the "not" of a choice between two ("appeal outcome (restored or not)").
const QUOTED_NAME = /"[^"\n]{1,30}"|(?<=^|[\s(])'[^'\n]{1,30}'(?!\w)/g;
const HYPHENATED_NOT = /\b(no|not)-(?=[a-z])/g;
const OR_NOT = /\bor not\b(?!\s+(?:at all|used|fed|included|as))/g;
const withoutNames = (text: string) => text.replace(HYPHENATED_NOT, '$1_').replace(OR_NOT, 'or_not');

// "feats as logged at auth time rather than recomputing them from the KV store's current state": the
// leak is what the sentence turns down, when "rather than" or "instead of" stands a few words before it
// in the same clause.
const SET_ASIDE_BEFORE = /\b(?:rather than|instead of)\b([^,;:.()]*)$/;

type LeakSpan = [from: number, to: number];

// "Fetch fresh features from online store: current friends, ..., opt-out flags": read at request time,
// so whatever is there was known when scoring.
const FETCHED_AT_REQUEST = /^\W*(?:fetch|look up|looks up|read|reads|pull|pulls|load|loads)\w*\s+(?:the\s+)?(?:fresh|current|live|latest|up-to-date|real-?time)\s+(?:features?|feats|values|state|signals)\s+(?:from|in|out of)\s+(?:the\s+)?(?:online|kv|redis)\b/;

function leakSetAside(text: string, [from]: LeakSpan): boolean {
  if (FETCHED_AT_REQUEST.test(text)) return true;
  const between = SET_ASIDE_BEFORE.exec(text.slice(Math.max(0, from - 90), from))?.[1];
  return between !== undefined && between.trim().split(/\s+/).filter(Boolean).length <= 8;
}

/** Where the first pattern that matches finds its `leak` group (or, without one, its whole match). */
function leakSpan(mistake: Mistake, text: string): LeakSpan | undefined {
  for (const p of mistake.patterns) {
    // The gate (and the pattern's short ending) only: exec below runs the pattern itself once.
    if (!mayMatch(p, text)) continue;
    p.lastIndex = 0;
    const m = p.exec(text);
    if (m) return (m.indices?.groups?.leak as LeakSpan | undefined) ?? [m.index, m.index + m[0].length];
  }
  return undefined;
}

const CO_SUBJECT = /^\s+(?:and|&|or)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:get|gets|got|are|is|go|goes|become|becomes|stay|stays|remain|remains|feed|feeds)\b)/;

/** The text around the leak, for a mistake whose `unless` reads only near it. */
const SECOND_LABEL = /^\s*(?:and\s+|plus\s+)?(?:an?\s+|the\s+)?(?:second|2nd|another|extra|additional|auxiliary|aux)\s+(?:label|target|head|task|objective)s?\b/i;

function nearLeak(near: number, text: string, [from, to]: LeakSpan): string {
  // Not back past a semicolon: "...from the feature store at request time; for training we recompute them".
  // Nor back past a " + " of a feature list: "history as of auth time + the analyst verdict".
  const plus = text.lastIndexOf(' + ', from);
  let semicolonAfter = text.indexOf(';', to);
  // ...but on into a part that adds a label beside it: "label = click; second label = booking within 7 days".
  if (semicolonAfter >= 0 && SECOND_LABEL.test(text.slice(semicolonAfter + 1))) semicolonAfter = text.indexOf(';', semicolonAfter + 1);
  // Nor back past an arrow that leads to the leak: "User reports (arrive days after publish) -> add a "region was
  // reported" mask as an extra input": what comes before the arrow is the premise, not a verdict on the input.
  const dash = text.lastIndexOf('->', from);
  const arrowChar = text.lastIndexOf('→', from);
  const arrow = Math.max(dash < 0 ? 0 : dash + 2, arrowChar < 0 ? 0 : arrowChar + 1);
  // Nor back into the item before, where the leak opens an item of a comma list: "historical query-video CTR,
  // post-click watch time of this impression" (what qualifies the item before says nothing of this one).
  const comma = text.lastIndexOf(', ', from);
  // (Not a clause the comma opens: ", since today's calendar includes the bookings" gives the reason.)
  const item = comma >= 0 && /^,\s+(?!(?:since|because|as|so|which|while|but|though|although|whereas|if|when|unless|until|b\/c|bc)\b)(?:[\w-]+\s+){0,2}$/.test(text.slice(comma, from)) ? comma + 2 : 0;
  const start = Math.max(0, from - near, text.lastIndexOf(';', from) + 1, plus < 0 ? 0 : plus + 3, arrow, item);
  // ...nor on past the next semicolon: "primary = search CTR; the 30s-watch share as a guardrail".
  // A short bracket right after the leak is an aside, not distance: "purchase attribution (arrives up to 30d
  // later, shoppable only) used as a delayed label".
  // So is a second subject joined to it: "analyst review verdicts and issuer fraud reports get folded into the label".
  const aside = (/^\s*\([^()]{0,60}\)/.exec(text.slice(to)) ?? CO_SUBJECT.exec(text.slice(to)))?.[0].length ?? 0;
  let end = Math.min(to + aside + near, semicolonAfter < 0 ? text.length : semicolonAfter);
  // Whole words only: "non-click" cut to "no" would read as a denial.
  let begin = start;
  if (begin === from - near) while (begin > 0 && WORD_CHAR.test(text[begin - 1]!) && WORD_CHAR.test(text[begin]!)) begin--;
  if (end === to + aside + near) while (end < text.length && WORD_CHAR.test(text[end - 1]!) && WORD_CHAR.test(text[end]!)) end++;
  return text.slice(begin, end).replace(QUOTED_NAME, (q) => ' '.repeat(q.length));
}

const DECIMAL_POINT = /(?<=\d)\.(?=\d)/g;
const BOLD = /\*\*/g;
const WORD_CHAR = /\w/;

export interface MistakesFound {
  results: CheckResult[];
  /** Sentences that state a mistake: nothing in them earns credit. */
  sentences: Set<number>;
}

export function findMistakes(c: Case, stepId: StepId, analysis: Analysis): MistakesFound {
  const results: CheckResult[] = [];
  const sentences = new Set<number>();
  // A decimal point ends no sentence: "0.1% registrations" is read through, as "within a sentence" means.
  // Nor does Markdown's bold change what is said: "the eval set is the **random sample**, not ...".
  const texts = analysis.sentences.map((s) => normalizeSpelling(s.text).replace(DECIMAL_POINT, '․').replace(BOLD, ''));
  // Questions and `Risk:` notes claim nothing, whichever mistake is asked about: asked of a sentence
  // once, and only of one a mistake's patterns find something in.
  const claimingBySentence: (boolean | undefined)[] = [];
  const claiming = (i: number) => (claimingBySentence[i] ??= !claimsNothing(texts[i]!) && !keyedToClaimNothing(analysis, i));
  let whole: string | undefined;
  for (const mistake of MISTAKES) {
    if (mistake.exempt?.(c) || (mistake.steps && !mistake.steps.includes(stepId))) continue;
    if (mistake.clearedByAnswer && cleared(mistake.clearedByAnswer, (whole ??= texts.join('\n')))) continue;
    for (const sentence of analysis.sentences) {
      const text = texts[sentence.index]!;
      if (!mistake.needs.test(text) || !mistake.patterns.some((p) => gatedTest(p, text)) || !claiming(sentence.index)) continue;
      // The patterns run once more only for a mistake that reads its `unless` near the leak.
      const leak = mistake.unlessNear === undefined ? undefined : leakSpan(mistake, text);
      if (mistake.unless && cleared(mistake.unless, withoutNames(leak ? nearLeak(mistake.unlessNear!, text, leak) : text))) continue;
      if (mistake.clearedByNext && sentence.index + 1 < texts.length && mistake.clearedByNext.test(texts[sentence.index + 1]!)) continue;
      if (leak && leakSetAside(text, leak)) continue;
      if (mistake.trigger) {
        const at = analysis.tokens.slice(sentence.from, sentence.to).findIndex((t) => mistake.trigger!.test(t.word));
        if (at >= 0 && isRejected(analysis, { from: sentence.from + at, to: sentence.from + at, sentence: sentence.index })) continue;
      }
      sentences.add(sentence.index);
      if (!results.some((r) => r.message.startsWith(mistake.description))) {
        const quote = sentence.text.length > 140 ? `${sentence.text.slice(0, 137)}...` : sentence.text;
        // A further wrong claim costs what a case red flag does: its sentence, voided by the mistake,
        // raises no red flag of its own, so two mistakes in a step would otherwise cost less than one
        // mistake beside a red flag.
        const further = results.length > 0 && results.length <= TUNING.redFlagMax;
        // Restated in another step, a slip is one belief: the pattern check counts it once (by its id).
        if (mistake.slip) results.push({ kind: 'mistake', message: `${mistake.description} ("${quote}")`, quote: sentence.text, penalty: TUNING.redFlagPenalty, floor: TUNING.caps.mistake, id: `mistake:${mistake.id}` });
        else results.push({ kind: 'mistake', message: `${mistake.description} ("${quote}")`, quote: sentence.text, cap: TUNING.caps.mistake, ...(further ? { penalty: TUNING.redFlagPenalty } : {}) });
      }
    }
  }
  return { results, sentences };
}
