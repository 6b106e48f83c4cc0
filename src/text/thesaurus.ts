import { compilePattern, findMatches, type CompiledPattern } from './matcher.js';
import { isNegated } from './negation.js';
import { phraseStems, type Analysis } from './analyze.js';

/**
 * Plain words for ML techniques. A candidate who says "give each signal a weight and add them up"
 * means a linear model; one who says "a small fast model that learns to copy the big one" means
 * distillation. Each entry lists plain-language patterns (the same pattern syntax as case concepts)
 * and the technical terms they stand for; the offline grader adds those terms to the sentence, so a
 * case's rubric, written in technical terms, also recognises the plain version.
 */
export interface ThesaurusEntry {
  means: string;
  plain: string[];
}

export const THESAURUS: ThesaurusEntry[] = [
  // Representations and retrieval
  { means: 'embedding vector', plain: ['(short|small|compact|fixed) list numbers', '(get|gets|have|has|end up with) similar numbers', '(list|vector|handful|few dozen|set) numbers (describ|describes|represent|captur|summar)', 'numeric (fingerprint|summary|profile|representation)', 'turn each (user|item|image|video|listing|post|ad|query|person) into (numbers|vector|point)', 'point (in|on) (space|map)', '(place|put|map) (them|each|things) (on|in) (map|space)'] },
  { means: 'nearest neighbor search similarity', plain: ['(whose|with|where) numbers (are)? (closest|nearest|most similar)', '(find|look up|fetch|pull) (closest|nearest|most similar) (ones|items|points|neighbours|neighbors|matches)', 'close together (space|map)', '(closest|nearest) (match|matches) (space|map)'] },
  { means: 'approximate nearest neighbor ann index', plain: ['without (checking|comparing|scanning) (every|each|all) (item|one|image|listing|video)', '(quickly|fast) find (close|closest|similar) (without|instead)', 'good enough (closest|nearest) (matches|ones)'] },
  { means: 'candidate generation retrieval', plain: ['(narrow|shrink|cut|filter) (down)? (millions|billions|catalog|catalogue|everything) (hundred|hundreds|thousand|thousands|few)', '(cheap|fast|rough) first (pass|stage|step|cut)', 'shortlist (candidates|items|options)'] },
  { means: 'ranking ranker re-ranking reranker', plain: ['(reorder|reorders|reordering|re order|re orders|resort|resorts) (matches|candidates|shortlist|results|hundred|list|closest)', '(more careful|slower|heavier|expensive|second) (stage|pass|step|model) (order|sort|score|rank)', '(order|sort) (them|results|shortlist|candidates|items) (how likely|chance|probability)'] },
  { means: 'mutual friends common neighbors', plain: ['(friends|connections|contacts) in common', 'shared (friend|friends|connections|contacts)', 'how many (friends|connections) (share|shared|have)'] },
  { means: 'adamic adar weighted mutual friends', plain: ['(weight|weigh|count) (small|smaller|less popular|small circle) (friends|connections) more', 'shared friend (few|only) friends (says|means|counts) more'] },
  { means: 'graph neural network node embedding', plain: ['(summary|description|vector|numbers) (each|every) (person|user|member|node|account) (from|based on|using) (their)? (place|position|neighbourhood|neighborhood|connections|friends)', 'learn(s|ed)? from (the)? (friend|social) (graph|network) (structure|itself)'] },
  { means: 'co-occurrence session co-view', plain: ['(viewed|clicked|watched|bought|browsed|looked at) together', '(show up|appear) together (same|session|visit)', 'same (session|visit|sitting|browsing session)'] },
  { means: 'contrastive loss triplet loss', plain: ['(viewed|clicked|watched|bought|booked|used|seen) together (get|gets|have|end up with|end up) (similar|close|nearby) (numbers|vectors|embeddings|points|positions)', '(pull|bring|push) (similar|matching|related) (pairs|ones|items|images|things) (closer|together)', '(push|keep) (different|unrelated|dissimilar|mismatched) (ones|items|images|pairs) (apart|away)'] },
  { means: 'pretrained fine-tune transfer learning', plain: ['(off shelf|already trained|existing|general purpose|public) (model|recogniser|recognizer|network|encoder) (teach|adapt|train|tune|retrain)', 'start from (model|network) (already|someone) trained', 'trained (millions|huge|large) (images|photos|text) (first|already)'] },
  { means: 'multilingual model transfer', plain: ['trained (many|several|all) languages (once|together)', 'learn(s|ed)? (big|large|common) languages (carries|transfer|helps) (small|smaller|rare)'] },

  // Baselines and models
  { means: 'logistic regression linear model baseline', plain: ['(weight|weights) (each|every) (signal|feature|factor|input) (add|adds|sum|sums)', 'weighted (sum|total|score) (signals|features|factors|inputs)', 'simple (scoring formula|weighted formula|formula)', 'add (them|weights) up (probability|score)'] },
  { means: 'feature crosses interaction features', plain: ['pairs (signals|features|factors) (together|combined|mean more)', '(combinations|combination) (signals|features|factors)', 'mean more together'] },
  { means: 'gradient boosted decision trees gbdt', plain: ['(lots|many|hundreds|series|bunch) (small|little|simple|shallow)? (decision)? trees', '(series|sequence|chain) (yes no|simple) questions', 'trees (each|that) (fix|correct|corrects|fixes) (mistakes|errors)'] },
  // "The simplest version is a per-type heuristic": how a sentence names its baseline, as "v0:" does in a note.
  { means: 'simple baseline', plain: ['(simplest|dumbest|minimal|most basic) (version|thing|approach|system|solution|option|model|setup)'] },
  { means: 'heuristic rules baseline', plain: ['(hand written|handwritten|simple|hard coded|hardcoded) (rules|rule|thresholds)', '(rule|rules) (of thumb)', '(v0|v 0) (rules|rule|heuristic|heuristics)'] },
  { means: 'popularity baseline', plain: ["(most|what's|what is|whatever is) (popular|trending|watched|clicked|viewed|booked|liked)", '(top|best) (sellers|charts|hits)', 'popular (nearby|near|in their|country|city|area|region)'] },
  { means: 'distillation', plain: ['(small|smaller|fast|faster|light|lighter|tiny) (model|version|one|network) (copy|copies|mimic|imitate|imitates|learn|learns) (big|bigger|large|larger|slow|slower)', 'teach (small|smaller|fast) (one|model|version)', '(big|large) (slow)? (model|one|version) (teach|train) (small|smaller)'] },
  { means: 'quantization compression', plain: ['(lower|less|reduced) precision (numbers|weights|math)', '(shrink|compress) (model|network|weights)', '(smaller|fewer) (bits|bytes) (per|each) (number|weight)'] },
  { means: 'multi-task heads', plain: ['(one|single) (model|network) (several|multiple|many|few|separate) (outputs|scores|predictions|heads|targets)', 'separate (score|output|head|prediction) (each|every) (kind|type|class|category|harm)'] },
  { means: 'class imbalance rare positives', plain: ['(very|extremely|really) rare', '(tiny|small|minuscule) (fraction|share|slice) (are|is)? (fraud|positive|harmful|clicks|bad|abusive)', '(almost|nearly) (all|every) (normal|fine|legit|legitimate|harmless|benign|non)'] },
  { means: 'negative downsampling', plain: ['(throw|drop|discard|toss) (away)? (most|many|lot|majority) (normal|ordinary|non|negative|legit|legitimate|benign|harmless|unclicked)', '(keep|use|sample) (only)? (fraction|sample|slice|subset|portion|percent) (normal|non|negative|legit|legitimate|benign|ordinary|unclicked)'] },
  { means: 'class weights cost-sensitive weighted loss', plain: ['(count|weigh|weight) (rare|positive|fraud|fraudulent|harmful) (examples|cases|ones) more', '(mistakes|errors) (rare|fraud|harmful|positive) (count|cost|weigh) more'] },
  { means: 'calibration calibrated probabilities recalibrate', plain: ['(says|predicts|predicted) anypercent (really|actually|them|of)', '(predicted|says|predicts) (anypercent|percent) (really|actually) (happen|click|clicked|get|convert)', '(probabilities|numbers|scores|predictions) (match|line up|agree) (reality|actual|real|observed) (rates|rate|frequency)', '(correct|fix|adjust|rescale) (outputs|scores|probabilities|predictions) (match|so)'] },
  { means: 'data augmentation', plain: ['(make|create|generate) (altered|modified|edited|distorted|noisy|cropped|rotated|blurred) (copies|versions|variants)', '(randomly)? (crop|rotate|flip|blur|recolor|recolour) (training)? (images|photos|examples)'] },
  { means: 'perceptual hash matching', plain: ['fingerprint (still)? (match|matches) (after|despite|even) (small|minor)? (edits|changes|crops|cropping)', '(compare|match|check) (uploads|each upload) (against|with) (known|previously removed)'] },
  { means: 'ocr speech transcription', plain: ['(read|reading|extract|extracts|pull) (text|words|writing) (in|inside|from|on|written) (images|pictures|photos|frames)', '(turn|convert|transcribe) (speech|audio|spoken|what is said) (into)? (text|words)'] },
  { means: 'dropout id masking cold start', plain: ['(hide|hides|mask|drop|remove) (ad|item|user|listing|video)? (identity|identifier|id) (during|in)? training'] },

  // Data and labels
  { means: 'human labels annotation raters', plain: ['(people|reviewers|humans|moderators|annotators|raters|experts) (label|labels|tag|check|judge|mark|grade|review) (examples|sample|posts|pairs|images|results)'] },
  { means: 'active learning', plain: ['(send|route|give|pass) (uncertain|borderline|unsure|hard|close call|ambiguous) (cases|ones|posts|examples|items) (reviewers|humans|people|raters|moderators)'] },
  { means: 'data leakage point-in-time', plain: ['(information|info|data|signals) (from)? (future|after event|after the fact)', '(peek|peeking|sneak) (answer|future|outcome|label)', '(not|never) (available|known) (when|time) (predict|prediction|serving|request|decide)', '(values|state|snapshot|counts) as (they|it) (were|was) (prediction|decision|impression|scoring) (time|moment)'] },
  { means: 'training-serving skew feature store', plain: ['(same|identical|shared) (code|logic|computation|pipeline) (training|offline) (serving|online|live|production)', '(features|signals|inputs) (computed|calculated) (same way|differently) (training|online|serving)'] },
  // "velocity 1h/24h as of auth ts", "counted strictly before the impression ts"
  { means: 'point-in-time features', plain: ['as of (the)? (auth|authorization|authorisation|transaction|txn|impression|request|send|event|prediction|scoring|serving|query|search|session|booking|upload|decision|payment) (time|timestamp|date|moment|ts)', '(counted|computed|taken|read|rebuilt|recomputed|aggregated) (strictly|only)? (before|up to) (the)? (auth|authorization|authorisation|transaction|txn|impression|request|send|event|prediction|scoring|query|search|session|payment) (time|timestamp|date|moment|ts)'] },
  { means: 'label delay', plain: ['(find out|learn|know|hear|confirm) (weeks|days|months) later', '(labels|answers|outcomes|chargebacks|reports|confirmation|disputes) (arrive|arrives|come|comes|show up|take) (weeks|days|months|late|later|long)'] },
  { means: 'streaming real-time features velocity', plain: ['(update|updated|compute|computed|count|counted|keep) (counts|features|signals|tallies|totals) (as|when) (events|transactions|clicks|payments|purchases) (happen|arrive|come)', '(how many|number) (transactions|purchases|payments|attempts|clicks|logins) (last|past) (minutes|minute|hour|seconds|day)', '(last|past) (few)? (minutes|hour|seconds) (activity|spending|behavior|behaviour)'] },
  { means: 'position bias', plain: ['(top|first) (slot|slots|position|positions|spot|results) (get|gets) (more)? (clicks|attention) (regardless|anyway|just because|whatever)', '(people|users) click (top|first) (whatever|regardless|anyway)'] },
  { means: 'time-based split out-of-time validation', plain: ['(train|learn|fit) (past|earlier|older) (test|check|evaluate|validate) (later|newer|recent|future)', '(test|evaluate|check|validate) (later|following|next|most recent) (weeks|week|days|day|months|month|period)', 'split (by|on) (time|date)'] },

  // Metrics and experiments
  { means: 'uplift incremental treatment effect', plain: ['given (without|no) (send|sending|treatment|shown|exposure|push|notification|intervention|ad)'] },
  { means: 'goal objective', plain: ['(primary|main|headline|success|key|target) (metric|kpi|measure)', 'north star'] },
  { means: 'precision', plain: ['(of|among) (everything|all|ones|posts|items|payments) (we|it|model) (flag|flags|flagged|remove|removed|block|blocked|show|showed) how many (were|are) (right|correct|actually|really)', 'how often (it is|we are|model is) right when (it|we) (flag|says|say|block)'] },
  { means: 'recall', plain: ['how many (real|actual|true) (ones|fraud|cases|harmful|violations|faces|plates) (we|it|model) (catch|caught|find|found|detect|detected)', '(share|fraction|percent|proportion) (bad|harmful|fraud|fraudulent|violating) (we|it) (catch|caught|find|found)'] },
  { means: 'false positives false alarm', plain: ['(good|innocent|legit|legitimate|real|honest|genuine|normal) (customers|users|posts|people|payments|transactions|creators) (wrongly|mistakenly|incorrectly) (blocked|flagged|removed|declined)', 'wrongly (flag|flagged|block|blocked|remove|removed|decline|declined)', 'false (alarm|alarms)'] },
  { means: 'false negatives missed', plain: ['(bad|fraud|fraudulent|harmful|abusive) (ones|posts|transactions|payments|content) (we|it) (miss|missed|slip through|get through|let through)'] },
  { means: 'ranking metric auc', plain: ['how (well|often) (model|it) (ranks|puts|scores) (positive|fraud|click|harmful|bad) (above|higher|ahead)', 'ranks (bad|positive|fraud) (above|higher|ahead) (good|negative|normal)'] },
  { means: 'ndcg ranking metric top positions', plain: ['(reward|weigh|weight|count|credit) (top|first|higher) (results|slots|positions|ranks) more', '(relevant|good|right) (results|items|ones) (near|at) top'] },
  { means: 'recall at k hit rate', plain: ['(how often|whether|share) (right|booked|clicked|relevant|correct|chosen) (one|listing|item|video|result|answer) (shows up|appears|lands|is) (top|first)'] },
  { means: 'log loss cross-entropy', plain: ['(penalize|penalise|punish) (confident|sure|overconfident) (wrong|mistakes|predictions|errors)', 'how far off (predicted)? probabilities'] },
  { means: 'a/b test experiment control group', plain: ['(split|divide) (users|traffic|people|visitors|accounts) (two|groups|randomly|half)', '(half|some|slice|portion|percent|share) (users|people|traffic|visitors) (get|see|gets|sees) new', '(compare|test|measure) (against|with|versus) (control|current|existing|old) (group|version|system|model)', '(random|randomly) (assign|split|pick|choose) (users|people|traffic|accounts)'] },
  { means: 'statistical significance sample size', plain: ['(enough|sufficient) (users|traffic|data|samples|people|days) (sure|tell|trust|confident|detect)', '(rule out|not just|not) (luck|chance|noise)'] },
  { means: 'novelty effect test duration', plain: ['(click|try|engage|use) (more)? (at first|initially|first few days) (because|since) (new|different)', '(run|keep|wait) (test|experiment)? (long enough|several weeks|two weeks|few weeks|full week)'] },
  { means: 'guardrail metrics', plain: ['(make sure|check|watch|ensure) (we|it|new model) (not|does not) (hurt|harm|reduce|break|lower|damage) (other|anything|retention|revenue|engagement|satisfaction)'] },
  { means: 'online metrics business metrics', plain: ['(measure|track|watch) (what|whether) (users|people|guests|viewers|customers) (actually)? (do|book|buy|watch|click|come back|return)'] },

  // Serving and operations
  { means: 'precompute batch offline cache', plain: ['(prepare|compute|calculate|work out|build) (ahead time|in advance|beforehand|overnight|every night|nightly|once day)', '(store|keep|save) (results|answers|scores|lists|neighbors|neighbours) (ready|ahead|memory|lookup)'] },
  { means: 'online real-time inference', plain: ['(moment|instant|time) (request|user|page|payment|query) (comes in|arrives|loads|opens|made)', 'on (fly)', '(score|scored|scores|scoring|decide|decided|rank|ranked|predict|predicted) (as|when) (it|they|requests|events|payments|transactions|posts|uploads) (happen|happens|arrive|arrives)'] },
  { means: 'caching', plain: ['(remember|keep|store|reuse) (answers|results|recent|popular) (so|instead|without) (recompute|recomputing|computing|asking)', '(reuse|reused) (across|for) (all|every|each) (candidates|ads|items|requests)'] },
  { means: 'sharding distributed index', plain: ['(split|spread|divide|partition) (index|data|catalog|catalogue|table|embeddings|vectors) (across|over|between) (many|several|multiple) (machines|servers|nodes)'] },
  { means: 'autoscaling replicas', plain: ['(add|more|spin up) (machines|servers|copies|instances) (when|as) (traffic|load|demand) (grows|spikes|rises|increases|peaks)'] },
  { means: 'batching gpu inference', plain: ['(group|bundle|batch) (requests|queries|images|items) together'] },
  { means: 'fallback degrade gracefully', plain: ['(if|when) (model|it|service|scorer) (fails|down|times out|slow|unavailable) (fall back|show|use|return|default)', '(safe|simple|cached|old|previous) (default|answer|list|results) (if|when) (fails|down|slow|times out)'] },
  { means: 'shadow deployment', plain: ['(run|runs|running) (new model|new one|new version|it) (alongside|next to|parallel|silently|quietly|background|side side)', '(score|scores|log|logs) (without|not) (acting|affecting|showing|using) (results|decisions)'] },
  { means: 'canary gradual rollout rollback', plain: ['(roll|release|ship|launch) (small|few|1%|5%|tiny) (share|slice|percent|portion|fraction)? (traffic|users)? (first)?', '(gradually|slowly|step by step) (roll|ramp|increase|expand)', '(switch|go|roll|revert) back (old|previous|last|earlier) (model|version)'] },
  { means: 'latency budget milliseconds', plain: ['(within|under|less than|fraction) (second|blink)', '(respond|answer|decide|return) (fast enough|quickly enough|in time)'] },

  // Monitoring and maintenance
  { means: 'drift distribution shift', plain: ['world changes', '(data|behavior|behaviour|inputs|users|patterns|traffic|tastes|catalog|catalogue|fraudsters|tactics) (shift|shifts|change|changes|drift|drifts|evolve|evolves) (over time|time)', '(no longer|stops|stop) (look|looking|behave|behaving) (like)? training'] },
  { means: 'retraining schedule', plain: ['(train|update|refresh|rebuild) (model|it|again) (regularly|every (day|week|month|night)|daily|weekly|nightly|monthly)', '(keep|keeps) (model|it) (fresh|up date|current)'] },
  { means: 'monitoring alerts dashboards', plain: ['(alarm|alert|page|warn|notify) (someone|us|team|on call|engineer) (when|if)', '(watch|track|chart|plot) (every day|daily|each day|trend|trends) (dashboard)?', '(chart|plot|graph) (over time)'] },
  { means: 'feedback loop', plain: ['(model|system) (only)? (learns|sees|trains) (from)? what (it|we) (already)? (showed|show|shows|recommended|recommend|ranked)', '(rich get richer|self reinforcing|self fulfilling|echo chamber)'] },
  { means: 'exploration', plain: ['(give|show) new (items|videos|ads|listings|posts|events|creators|pins) (chance|some exposure|few impressions|some traffic|small audience)', '(try|test) (out)? new (items|things|content|videos) (few|some|small) (users|people|audience)'] },
  { means: 'diversity de-duplication', plain: ['(not|avoid|stop) (show|showing) (same|similar|near identical) (thing|kind|type|creator|topic|item|listing) (over and over|again|repeatedly|too often|twice)', '(mix|variety|spread) (topics|creators|types|categories|sources)', '(remove|drop|filter|collapse) (duplicates|copies|near copies|repeats|near duplicates)'] },
  { means: 'cold start new users', plain: ['(brand new|just signed up|just joined|first time|first visit|never seen) (users|people|customers|visitors|members|accounts)', '(no|without|little|zero|any) (history|past activity|track record|interactions|watch history|purchases|behavior|behaviour) (yet)?', '(no|without|zero) (clicks|click) yet'] },
  { means: 'cold start new items', plain: ['(brand new|just uploaded|just created|just listed|newly (added|listed|uploaded|created)) (items|videos|ads|listings|posts|events|pins|cards|merchants)', '(nobody|no one|few people) (has)? (clicked|watched|seen|booked|interacted) (yet)'] },
  { means: 'fairness bias slices', plain: ['(treat|works?|perform|performs) (some|certain|particular) (groups|languages|regions|people|countries|communities) (unfairly|worse|differently|poorly)', '(break|broken|split) (down)? (results|metrics|numbers|performance) (by|per|each) (group|language|region|country|segment)'] },
];

export type CompiledThesaurus = { stems: string[]; patterns: CompiledPattern[] }[];

/**
 * The thesaurus as the grader reads it. Its patterns expand to some 8,000 word lists, and most miss
 * a word of any one answer; so each list is filed under one of its words, and only the lists filed
 * under the answer's words, whose other words the answer has too, are tried. A list made only of
 * technical terms (which an earlier entry may add to the answer) is filed under "" and always tried.
 * Lists are numbered in thesaurus order and spelled with numbers into the vocabulary of their words;
 * the numbers are stored in binary (see models.ts).
 */
export interface ThesaurusIndex {
  /** Each entry's technical terms, and how many lists each of its patterns expands to. */
  entries: { stems: string[]; sizes: number[] }[];
  /** Every word of every list. */
  vocabulary: string[];
  /** The words lists are filed under. */
  keys: string[];
}

/** The index's numbers: list numbers by key (keys[k]'s are filed[keyStarts[k]] up to keyStarts[k + 1]), words by list likewise. */
export type ThesaurusNumbers = [keyStarts: Float64Array, filed: Float64Array, starts: Float64Array, words: Float64Array];

export function indexThesaurus(compiled: CompiledThesaurus): { index: ThesaurusIndex; numbers: ThesaurusNumbers } {
  const added = new Set(compiled.flatMap((e) => e.stems));
  const vocabulary = new Map<string, number>();
  const byKey = new Map<string, number[]>();
  const starts: number[] = [0];
  const words: number[] = [];
  let n = 0;
  for (const entry of compiled) {
    for (const pattern of entry.patterns) {
      for (const stems of pattern) {
        const key = stems.find((s) => !added.has(s)) ?? '';
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key)!.push(n++);
        for (const s of stems) {
          if (!vocabulary.has(s)) vocabulary.set(s, vocabulary.size);
          words.push(vocabulary.get(s)!);
        }
        starts.push(words.length);
      }
    }
  }
  const keyStarts = [0];
  for (const filed of byKey.values()) keyStarts.push(keyStarts.at(-1)! + filed.length);
  return {
    index: { entries: compiled.map((e) => ({ stems: e.stems, sizes: e.patterns.map((p) => p.length) })), vocabulary: [...vocabulary.keys()], keys: [...byKey.keys()] },
    numbers: [Float64Array.from(keyStarts), Float64Array.from([...byKey.values()].flat()), Float64Array.from(starts), Float64Array.from(words)],
  };
}

interface Index {
  entries: ThesaurusIndex['entries'];
  vocabulary: string[];
  /** Vocabulary words that an entry adds to an answer. */
  added: Uint8Array;
  keyOf: Map<string, number>;
  /** As ThesaurusNumbers, in Int32Arrays: unoptimised code reading a Float64Array boxes every number. */
  numbers: [keyStarts: Int32Array, filed: Int32Array, starts: Int32Array, words: Int32Array];
  /** The stems of each list spelled out so far, by number. */
  lists: string[][];
}

let compiled: CompiledThesaurus | undefined;
let index: Index | undefined;

export function compiledThesaurus(): CompiledThesaurus {
  compiled ??= THESAURUS.map((e) => ({ stems: phraseStems(e.means), patterns: e.plain.map(compilePattern) }));
  return compiled;
}

function unpacked(built: ThesaurusIndex, numbers: ThesaurusNumbers): Index {
  const technical = new Set(built.entries.flatMap((e) => e.stems));
  return {
    entries: built.entries,
    vocabulary: built.vocabulary,
    added: Uint8Array.from(built.vocabulary, (s) => (technical.has(s) ? 1 : 0)),
    keyOf: new Map(built.keys.map((k, i) => [k, i])),
    numbers: [Int32Array.from(numbers[0]), Int32Array.from(numbers[1]), Int32Array.from(numbers[2]), Int32Array.from(numbers[3])],
    lists: [],
  };
}

/** Uses a thesaurus indexed at build time; it must come from this same thesaurus (checked by the caller's key). */
export function seedThesaurus(prebuilt: ThesaurusIndex, numbers: ThesaurusNumbers): void {
  index = unpacked(prebuilt, numbers);
}

function thesaurusIndex(): Index {
  if (!index) {
    const built = indexThesaurus(compiledThesaurus());
    index = unpacked(built.index, built.numbers);
  }
  return index;
}

/** Adds the technical terms of every plain-language phrase found to the analysis's index. */
export function expandPlainLanguage(analysis: Analysis): void {
  const { entries, vocabulary, added, keyOf, numbers, lists } = thesaurusIndex();
  const [keyStarts, filed, starts, words] = numbers;
  // A list can match only if each of its words is in the answer, or is a term an entry may add.
  const known = new Int8Array(vocabulary.length); // 0 not looked up yet, 1 may be there, -1 cannot
  const mayHold = (v: number) => (known[v] ||= added[v] || analysis.index.has(vocabulary[v]!) ? 1 : -1) > 0;
  const tried: number[] = [];
  const consider = (key: string) => {
    const k = keyOf.get(key);
    if (k === undefined) return;
    for (let f = keyStarts[k]!; f < keyStarts[k + 1]!; f++) {
      const n = filed[f]!;
      let possible = true;
      for (let w = starts[n]!; w < starts[n + 1]! && possible; w++) possible = mayHold(words[w]!);
      if (possible) tried.push(n);
    }
  };
  consider('');
  for (const stem of analysis.index.keys()) if (stem !== '') consider(stem);
  const order = Int32Array.from(tried).sort();
  let next = 0;
  let end = 0;
  for (const entry of entries) {
    for (const size of entry.sizes) {
      end += size;
      if (!(next < order.length && order[next]! < end)) continue;
      const pattern: CompiledPattern = [];
      while (next < order.length && order[next]! < end) {
        const n = order[next++]!;
        pattern.push((lists[n] ??= Array.from(words.subarray(starts[n]!, starts[n + 1]!), (v) => vocabulary[v]!)));
      }
      for (const match of findMatches(pattern, analysis, { loose: true })) {
        if (isNegated(analysis, match)) continue;
        for (const stem of entry.stems) {
          const list = analysis.index.get(stem);
          if (list) {
            if (!list.includes(match.from)) list.push(match.from);
          } else analysis.index.set(stem, [match.from]);
        }
      }
    }
  }
}
