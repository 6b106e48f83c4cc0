import { SMALL_WORDS, type Analysis } from './analyze.js';
import type { Match } from './matcher.js';
import { anyMayMatch, anyTest, gated, gatedAlternatives, gatedTest } from './regex-gate.js';
import { quoted } from './quoted.js';
import { DENIAL_FILLERS, readsDismissive } from './stance-model.js';

/**
 * The small words that change what a phrase means, scoped to its clause: a comma, semicolon,
 * colon, bracket or a word such as "but" or "because" ends their reach.
 *
 * - Negated or dismissed ("we would not use accuracy", "no need for a baseline", "skip
 *   monitoring", "cold start doesn't matter here", "rules are not worth comparing against"):
 *   the phrase earns no credit.
 * - Contrasted ("more important than accuracy", "beyond clicks", "instead of a random split"):
 *   a red-flag signal in that place does not count.
 */

const CUES = new Set(['non', 'not', 'no', 'nobody', 'never', 'neither', 'nor', 'avoid', 'avoiding', 'instead', 'rather', 'without', 'wo', 'skip', 'skipping', 'forget', 'ignore', 'ignoring', 'unnecessary', 'needless', 'pointless']);
// Cues that only dismiss when they reach the phrase directly ("skip monitoring", not "skip the first 3 clicks");
// "non-personalised v1" denies the word it is joined to, and no more.
const NEAR_ONLY = new Set(['non', 'skip', 'skipping', 'forget', 'ignore', 'ignoring']);
const SCOPE_ENDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'so', 'because', 'bc', 'since', 'then', 'only', 'just', 'unless', 'until', 'except']);
// Words a negation reaches through: "not use accuracy", "no need to worry about cold start".
const TRANSPARENT = new Set(
  `use using used rely relying optimize optimizing optimise train training pick choose trust report measure look treat apply split splitting shuffle shuffling
  go need needs needed want recommend show just simply plain raw overall really worry bother care spend handle have build add
  consider include compare comparing about bothering worrying separate seperate dedicated explicit any real extra special fancy
  multiple complex complicated heavy worth against get fuss fussing spend spending time think thinking ask asking into whole
  next upcoming usual regular scheduled something anything like wait waiting
  entire chase chasing maximize maximise maximizing maximising ship shipping launch launching judge judging declare decide deciding run running score scoring try trying attempt attempting
  consume consuming hard strict costly expensive elaborate sophisticated`.split(/\s+/),
);
const LOOKBACK = 6;

// "rules that remove obvious waste", "cut redundant sends": the word names what is removed, not a verdict.
const REMOVING_VERBS = new Set(['remove', 'removes', 'removing', 'cut', 'cuts', 'cutting', 'reduce', 'reduces', 'reducing', 'avoid', 'avoids', 'avoiding', 'eliminate', 'eliminates', 'eliminating', 'trim', 'trims', 'trimming', 'minimise', 'minimize', 'minimises', 'minimizes', 'less', 'fewer']);
// "Pure value weighting would ignore $1 card-testing auths": what another choice would miss, not the
// candidate setting the point aside ("I'd ignore it", "we can skip it" keep their subject).
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'can']);
const SPEAKERS = new Set(['i', 'we', 'id', 'wed', 'd', 'you', 'just', 'simply', 'happily', 'safely', 'probably']);
function faultOfAnother(tokens: readonly { word: string }[], i: number): boolean {
  const w = tokens[i]!.word;
  if (w !== 'ignore' && w !== 'skip' && w !== 'forget') return false;
  return MODALS.has(tokens[i - 1]?.word ?? '') && tokens[i - 2] !== undefined && !SPEAKERS.has(tokens[i - 2]!.word);
}
// "Time-sensitive types ("went live") skip the aggregation window": things that take another path, a
// rule of the design, not the candidate skipping the point; "ranking losses ignore calibration", a fault
// of the things named. Only a plural noun right before "skip" or "ignore" (a bracketed aside between is
// passed over) makes the things its subject.
const NOT_SUBJECTS = new Set(['lets', 'always', 'sometimes', 'perhaps', 'thus', 'plus', 'as', 'this', 'us', 'its', 'yes', 'afterwards', 'besides', 'regardless', 'nonetheless', 'was', 'has', 'does', 'is']);
function thingsTakeAnotherPath(analysis: Analysis, i: number): boolean {
  const { tokens, text } = analysis;
  if ((tokens[i]!.word !== 'skip' && tokens[i]!.word !== 'ignore') || i === 0) return false;
  let k = i - 1;
  const between = text.slice(tokens[k]!.end, tokens[i]!.start);
  if (/\)\s*$/.test(between)) {
    const open = text.lastIndexOf('(', tokens[i]!.start);
    while (k >= 0 && tokens[k]!.end > open) k--;
    if (k < 0 || /\S/.test(text.slice(tokens[k]!.end, open))) return false;
  } else if (/\S/.test(between)) return false;
  const w = tokens[k]!;
  return w.sentence === tokens[i]!.sentence && /^[a-z][a-z-]*[a-rt-z]s$/.test(w.word) && !NOT_SUBJECTS.has(w.word);
}
// "skip-gram" names a model; its "skip" skips nothing.
const namesSkipGram = (tokens: readonly { word: string }[], i: number) => tokens[i]!.word === 'skip' && /^gram/.test(tokens[i + 1]?.word ?? '');
// "FoF candidates with pruning: skip mutual friends with degree > ~2,000", "skip clicks with very short
// dwell": a filter rule with its threshold, not a shrug at the point.
// ...or "skip them if the user has already had a session today": a conditional skip is a rule of the design.
const skipsByRule = (analysis: Analysis, i: number) =>
  analysis.tokens[i]!.word === 'skip' &&
  /^\s+(?:(?:the\s+|any\s+|all\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:with|whose|above|over|below|under|older than|newer than|more than|fewer than|less than)\b[^,;.]{0,25}?(?:[<>≥≤]|\d|\b(?:short|shorter|brief)\b)|(?:it|them|those|these|that|this)\s+(?:if|when|whenever|unless|once)\s+(?:the\s+)?(?:user|users|guest|guests|member|members|recipient|they|there|it|we|a|an|no)\b)/i.test(
    analysis.text.slice(analysis.tokens[i]!.end, analysis.tokens[i]!.end + 80),
  );
// "Degradation ladder on timeouts: skip the second-pass ranker → skip ANN → BM25 + GBDT": a step of a
// fallback chain, not the key waved away.
const skipsAStepOfAChain = (analysis: Analysis, i: number, sentenceEnd: number) =>
  analysis.tokens[i]!.word === 'skip' && /→|->/.test(analysis.text.slice(analysis.tokens[i]!.end, analysis.tokens[sentenceEnd - 1]!.end));
// "(exact / substitute / irrelevant)", "(exact > substitute > irrelevant)", "3 exact / 2 substitute / 0
// irrelevant": an item of a slash list or a ranked scale names a category, not a verdict.
function namesACategory(analysis: Analysis, i: number): boolean {
  const { tokens, text } = analysis;
  const sign = (k: number) => k > 0 && /[/>]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  return sign(i) || (i > 0 && /^\d+$/.test(tokens[i - 1]!.word) && sign(i - 1));
}
// "retire rules that the model makes redundant": something else makes it so; no verdict of the candidate's.
const CAUSING_VERBS = new Set(['make', 'makes', 'made', 'making', 'render', 'renders', 'rendered', 'rendering']);
const actedOn = (tokens: readonly { word: string }[], i: number) =>
  REMOVING_VERBS.has(tokens[i - 1]?.word ?? '') || REMOVING_VERBS.has(tokens[i - 2]?.word ?? '') || CAUSING_VERBS.has(tokens[i - 1]?.word ?? '');
// "stops the ranker from surfacing irrelevant but lucrative items", "filters redundant results", "most
// have negligible views": the word describes things shown or how much of them, not the candidate's
// verdict on a point. Criticism stays criticism: "accuracy gives misleading results" still sets accuracy aside.
const SHOWN_THINGS = new Set(['items', 'item', 'results', 'result', 'documents', 'docs', 'listings', 'products', 'pins', 'videos', 'ads', 'posts', 'matches', 'candidates', 'chunks', 'passages', 'hits', 'content', 'suggestions', 'events', 'notifications', 'pushes', 'answers', 'images', 'photos', 'recommendations', 'views', 'traffic', 'volume', 'impressions', 'engagement', 'usage', 'reach', 'watches', 'clicks', 'sales']);
const describesShownThings = (tokens: readonly { word: string }[], i: number) =>
  SHOWN_THINGS.has(tokens[i + 1]?.word ?? '') || (/^(but|and|or|yet)$/.test(tokens[i + 1]?.word ?? '') && (SHOWN_THINGS.has(tokens[i + 3]?.word ?? '') || SHOWN_THINGS.has(tokens[i + 2]?.word ?? '')));
// "a studio is not a substitute no matter how similar": a concession, which waves nothing away.
const noMatterHow = (tokens: readonly { word: string }[], i: number) =>
  tokens[i]!.word === 'no' && tokens[i + 1]?.word === 'matter' && /^(how|what|which|who|where|when|whether|if)$/.test(tokens[i + 2]?.word ?? '');
// After the phrase, in its clause: "X is not worth ...", "X doesn't matter", "X isn't an issue"
// dismiss it; "X doesn't capture Y", "X is not enough" criticise it.
const DISMISSING_PREDICATES = new Set(['worth', 'need', 'needed', 'needs', 'necessary', 'required', 'matter', 'matters', 'issue', 'concern', 'problem', 'important', 'relevant', 'applicable', 'worry', 'priority', 'bother', 'deal']);
// ...and "X is not the target", "X isn't the goal": set aside as the objective.
const CRITICAL_PREDICATES = new Set(['useful', 'helpful', 'value', 'valuable', 'point', 'work', 'works', 'fit', 'suitable', 'appropriate', 'good', 'informative', 'meaningful', 'reliable', 'enough', 'sufficient', 'ideal', 'great', 'tell', 'capture', 'reflect', 'mean', 'win', 'target', 'goal', 'objective', 'headline', 'kpi', 'proof', 'evidence', 'guarantee']);
const DISMISSED_AFTER = new Set(['unnecessary', 'irrelevant', 'overkill', 'pointless', 'negligible', 'moot', 'skippable', 'superfluous', 'redundant', 'premature', 'waste', 'overthinking', 'overthink', 'academic', 'theoretical', 'nah', 'ceremony', 'overcomplicates', 'overcomplicate', 'overcomplicating', 'overengineering', 'overengineered', 'nice', 'wasted']);
// After "not" in dismiss mode, these verbs say the candidate would not bother: "isn't something I'd track".
const NOT_BOTHERING = new Set(['track', 'chase', 'fix', 'handle', 'add', 'build', 'monitor', 'alert', 'measure']);

// "the pre-ranker won't add much latency": what the phrase costs, not the phrase left out.
const COSTS = new Set(['latency', 'cost', 'costs', 'overhead', 'load', 'delay', 'time', 'ms', 'compute', 'complexity', 'lag', 'memory', 'storage']);
const AMOUNTS = new Set(['much', 'any', 'more', 'extra', 'significant', 'noticeable', 'meaningful', 'measurable', 'real', 'a', 'lot', 'of']);
const addsACost = (tokens: readonly { word: string }[], i: number, end: number) => {
  let j = i + 1;
  while (j < end && j <= i + 3 && AMOUNTS.has(tokens[j]!.word)) j++;
  return j < end && COSTS.has(tokens[j]!.word);
};

// Words after a phrase that reject it outright: "accuracy is misleading here".
const SAYS = new Set(['means', 'mean', 'tells', 'tell', 'says', 'shows']);
const STRONG_CRITICISM = new Set(['misleading', 'useless', 'meaningless', 'wrong', 'inflated', 'trap', 'uninformative', 'worthless']);
const ERROR_KINDS = new Set(['answer', 'answers', 'prediction', 'predictions', 'label', 'labels', 'result', 'results', 'decision', 'decisions', 'blur', 'blurs', 'block', 'blocks', 'match', 'matches']);
// Milder criticism: enough to clear a red flag, not to deny credit.
const MILD_CRITICISM = new Set(['secondary', 'inappropriate', 'unsuitable', 'unfit', 'leak', 'leaks', 'leaking', 'flatter', 'flatters', 'flattering', 'overstate', 'overstates', 'inflate', 'inflates', 'inflating', 'little', 'insufficient', 'inadequate', 'unreliable', 'bad', 'poor', 'fail', 'fails', 'broken', 'naive', 'flawed', 'worse', 'misleads', 'lies', 'fooled', 'relearn', 'relearns', 'relearning', 'impractical', 'infeasible', 'unworkable', 'unrealistic', 'prohibitive']);
const LOOKAHEAD = 10;
const OUTDATED = new Set(['outdated', 'obsolete', 'old-fashioned', 'dated']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'seem', 'seems', 'feel', 'feels', 'look', 'looks']);
// Words that give examples a label: "graded irrelevant", "marked redundant".
const LABELLED_AS = new Set(['graded', 'labelled', 'labeled', 'marked', 'rated', 'judged', 'tagged', 'annotated']);
/** The word at `i` is denied by a "not" just before it: "a requirement, not a nice-to-have". */
function deniedByNot(tokens: Analysis['tokens'], i: number, from: number): boolean {
  for (let j = i - 1, fillers = 0; j >= from && fillers <= 2; j--) {
    const w = tokens[j]!.word;
    if (w === 'not' || w === 'never') return true;
    if (!DENIAL_FILLERS.has(w)) return false;
    fillers++;
  }
  return false;
}
// "x ≠ y", "x != y": not equal.
const NOT_EQUAL = /≠|!=/;
// A spaced ">" between two terms, not an arrow ("->", "=>"), a bound (">=") or notation ("p>t").
const PREFERRED_TO = /^\s+>\s+$/;
// How many words an earlier item of an "or" or slash list may have, for a cue before it to reach a later one.
const LISTED_ITEM_WORDS = 2;

type After = 'dismiss' | 'deny' | 'criticise';

// The long lists of phrases below are kept as regexes of this many phrases each (regex-gate.ts gatedAlternatives).
const ALTERNATIVES_PER_PART = 12;

// "Same image repinned across train and eval, but at 3B images that doesn't really matter": what comes
// before the "but" is shrugged off, so the "but" turns nothing (TURN below).
const SHRUG_AFTER_BUT = String.raw`\s+(?:at|with|given)\s+[^,;.]{1,30}?\s+(?:that|it|this)\s+(?:does not|doesn'?t|won'?t|will not)\s+(?:really\s+|much\s+)?matter\b`;

// Phrases after a point that wave it away: "who cares", "just leave them out", "a detail for later"; not "and skip
// them if the user has already had a session today", a conditional skip that is a rule of the design.
// "... in my experience the model learns these get no accepts, so a separate filter is mostly redundant": a hard rule left to the model.
const DISMISSING_PHRASES = [
  ...gatedAlternatives(
    /\b(who cares|(?:i'?d|we'?d|i would|we would)\s+assume\s+(?:their|its|the|that|those)\s+(?:[\w-]+\s+){0,2}(?:systems?|teams?|pipelines?|services?)\s+(?:handles?|covers?|takes? care of|deals? with)\s+(?:it|that|this|them)\b|(?:treat|treating|count|counting|consider|considering|file|filing)\s+(?:[\w-]+\s+){1,3}as\s+(?:an?\s+|just\s+an?\s+)?(?:edge|corner)[- ]cases?\b|(?:team|teams|folks|people|analysts?|owners?|product|legal|ops|sre|infra|security|compliance|finance|policy|someone else) (?:can|will|'ll|could) (?:work|figure|sort) out (?:their own|its own|it|that|those|them)\b|(?:team|teams|folks|people|analysts?|owners?|product|legal|ops|sre|infra|security|compliance|finance|policy|someone else) (?:can|will|'ll|could) (?:work|figure|sort) (?:it|that|those|them) out\b|the (?:model|ranker|gbdt|classifier) (?:learns?|figures? out|works? out|picks? up) (?:that )?(?:these|those|them|they) (?:get|gets|never get|don'?t get|won'?t get) (?:no|zero|few|any)\b|(?:a |the )?(?:separate|dedicated|extra|explicit) (?:filter|check|rule|step|pass|path)s? (?:is|are|would be|'s) (?:mostly |largely |just |really |probably )?(?:redundant|unnecessary|overkill|pointless|superfluous)|leave (it|them|that|this|those) out|(a step|something|one|a thing) (i'?d|we'?d|i would|we would|i'?ll|we'?ll) (just )?(skip|drop|leave out)|(treat|consider|leave|call|mark) (them|it|that|those|this|these) (as )?out of scope|((is|are)(n'?t| not)|not) (an option|on the table)|(is|are|'s|'re) (off the table|out of the question)|(so |which means )?(that'?s|that is) (out|off the table|ruled out)(?= *($|[.!;)]))|(a |one )?detail for later|(?<!\b(if|assuming|provided|whether|once|as long as) (we|you|they|i) )(?<!\b(?:that|which|ones) )can wait(?! for (?!(v\d|later|phase|another|next|the next|a later|version|now)\b))(?!\s+(?:\d|a few|several|an? (?:hour|day|minute|second)|hours|minutes|days|seconds|overnight)\b)|bolt(ed)? on (later|afterwards|once)|not (really )?(our|my) (problem|job|concern|topic|area|department|business|call|thing)|(?:legal|ops|compliance|security|finance|privacy|policy|sre|infra|integrity|safety|t&s|trust (?:&|and) safety|moderation|abuse|fraud|spam)'?s (?:problem|headache|concern|job|dashboard)(?:,? (?:upstream|downstream|not (?:really )?(?:ours|mine|the (?:[\w-]+ )?(?:model|ranker)'?s?)))?|(?:do not|don'?t|doesn'?t|does not) (?:really )?care about (?:that|it|this|them)(?= *($|[,.;:!?]))|someone else'?s (problem|job)|(?:that'?s|that is|it'?s|it is) their (?:call|problem|job|concern|department|business)\b|(?:do not|don'?t|doesn'?t|does not) need (?:any )?(?:special|extra|separate|dedicated) (?:handling|treatment|care|logic|path)|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will) not (?:model|track|handle|correct for|address|bother with|worry about) (?:it|that|this|them)\b|(?:is|'s|are|'re) (?:a |an )?(?:minor|small|negligible|second[- ]order) (?:effect|issue|thing|detail|concern)(?=\s*[,;.]|\s*$)|not something (?:i|we) (?:really )?(?:need|have|must)(?: to)? (?:worry about|think about|care about|design for|plan for|solve|handle|for (?:the |this |a )?(?:design|v1|launch|system|model))|(?:something|one) (?:i'?d|we'?d|i would|we would) (?:just )?leave out|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) leave (?:it |that |this |them )?(?:for|until|till) (?:v2|v3|later|phase 2|a later (?:phase|version))\b|park (?:it|that|this|them) (?:until|till) (?:after )?(?:launch|v2|later|phase 2)|(?:doesn'?t|does not|don'?t|do not) belong (?:in|under|inside) (?:the |our |an? )?(?:ml |model |modeling |modelling )?(?:monitoring|dashboards?|model|design|scope|system|ml)\b|teams?'?s? (problem|job|concern|call|stuff)|(so|and) (i'?d|we'?d|we can|we'll|i'll) (just )?(drop|retire|kill) (it|them)(?! (?:gradually|over time|one by one|once|when|after|as)\b)|belongs? to (the |another |other )?([a-z&]+ ){0,3}teams?|legal'?s job|(is|are) (a |just a )?nice[- ]to[- ]have|(is|are|'s|'re) (a |an |just a |bit of a )?luxury(?! (?:brand|goods|items?|products?|hotels?|segment|listings?|cars?|watches)\b)|(is|are) (just )?(an? )?([a-z]+ )?detail|nothing (more )?to (discuss|think about|worry about)|more trouble than (it'?s|they'?re|it is|they are) worth|(is|are|'re|'s) (just |only |mostly |really )?(an? )?(rare |minor |small )?edge[- ]cases?|enough to (skip|ignore)(?= *($|[,.;:!?)|]| (it|them|that|this|those)\b))|(skip|ignore) (it|them)\b(?! (?:if|when|whenever|unless|once) (?:the |a |an |no |they |it |we |there )?[\w-]+ (?:has|have|had|is|are|was|were|already|did|does|got|gets|opened|opens)\b)|just (complicates?|adds? (complexity|overhead|noise))|not (really )?(mine|ours)|(is|'s|are|'re) no big deal|not a big deal|(is|are|'s|'re) (an? )?(analysis|work|something|a job|a project) for later|for later,? not now|(?<!\b(?:threshold|thresholds|cutoff|cut-off|trade-?off|operating point)\s+(?:is|are|'s)\s+)(a|an) (product|business|legal|policy|governance|ops|infra|finance|platform|ux|design|org) (debate|question|decision|call|thing|problem|concern|matter|conversation|discussion)\b(?!\s+(for|that|we|i)\b|,\s*(they|it|these|those|which)\s+(should|must|need to|ought to)\b)|(do not|don'?t) see (it|that|this|them) (mattering|matter|helping|being an issue)|(adds?|buys?) (us )?(nothing|little|zero)(?! (?:latency|cost|overhead|load|delay|time|ms|compute|complexity|lag)\b| (?:on|for|in) (?:the )?[\w-]+ (?:queries|items|videos|posts|listings|products|users|cases|searches|traffic|images|pins)\b)|surely (the |our |some |someone|another )[^.?]{0,50}\b(handles?|covers?|takes care|deals? with|catches)|(?:handles?|deals? with|takes? care of|covers?) (?:that|this|it|those|them) downstream|circle back (?:to (?:it|that|this|them|the [\w-]+(?: [\w-]+)?) )?(?:when|if|once) (?:there'?s|there is|we have|we'?ve got|we get) (?:the |some )?time)\b/i,
    ALTERNATIVES_PER_PART,
  ),
  gated(new RegExp(String.raw`\b(but${SHRUG_AFTER_BUT})\b`, 'i')),
  // "... are trust & safety's area, I'd leave those to them and focus on ranking", "the low-resource ones are a
  // later-phase problem for the local policy teams", "the long tail of languages is a later-phase thing": handed to
  // another team, or put off, in the same sentence.
  gated(/\b(?:(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll)\s+(?:just\s+)?leave\s+(?:those|these|that|it|them|this|all that)\s+to\s+(?:them|(?:the\s+)?(?:[\w&-]+\s+){0,2}(?:team|teams|folks|people|org|side))\b|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll)\s+(?:just\s+)?leave\s+out\s+of\s+scope\b|(?:is|are|'s|'re)\s+(?:really\s+|mostly\s+|just\s+)?(?:a\s+)?(?:later[- ]phase|phase[- ]2|v2)\s+(?:thing|item|problem|job|concern|question|issue)\b|(?:is|are|'s|'re)\s+(?:really\s+|mostly\s+|just\s+)?(?:a\s+)?(?:future|later|separate)\s+(?:problem|job|concern|question|issue)\s+for\s+(?:the\s+)?(?:[\w&-]+\s+){0,2}(?:team|teams|folks|people|org)\b|(?:is|are|'s|'re)\s+(?:really\s+|mostly\s+|just\s+)?(?:the\s+)?(?:[\w&-]+\s+){0,2}?(?:team'?s|teams'|safety'?s|legal'?s|policy'?s|security'?s|compliance'?s|finance'?s|ops'?s)\s+(?:area|job|problem|remit|domain|department|thing)\b(?![^.;]{0,30}\b(?:so|and)\s+(?:we|i)\s+(?:ask|agree|align|check|confirm|sync|work)))/i),
];

// A sentence whose stance waves its subject away, whatever the words for it: sarcasm, a rhetorical
// question, ownership pushed elsewhere, the problem assumed away, the point said to make no difference
// ("incomplete chargebacks won't change the ranking much"), finding it left to the people it hits
// ("user reports will tell us"). Every point in it earns nothing.
const STANCE = gatedAlternatives(
  // "Bookings are too rare (2%) and too late to bother with as labels"; "so per-country slices don't add much"
  /\b(too (?:rare|late|slow|sparse|noisy|few|small|delayed|thin|infrequent)\b[^.;]{0,40}?\bto bother(?: with)?\b|(?:don'?t|do not|doesn'?t|does not) (?:really )?add (?:much|anything|a lot)(?=\s*[,;.!]|\s*$)|nothing (?:i'?d|we'?d|i would|we would) (?:design|plan|engineer|build) (?:around|for)|(?:i|we) (?:wouldn'?t|won'?t|would not|will not|don'?t|do not) (?:design|plan|engineer) around (?:the|that|this|it|them)\b|(?:that|this|the) (?:[~\w-]+ ){0,2}?(?:lag|delay|gap|bias|skew)(?: (?:to|in|before|of|for) [\w-]+)? (?:is|'s) (?:just |only |merely )?a (?:detail|footnote|rounding error)\b|(?:and |so )?(?:not|don'?t|wouldn'?t|won'?t) overthink (?:it|that|this|them)(?= *[.!]? *$)|(?:the )?(?:lag|delay|wait)s? (?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not) (?:change|flip|affect|alter) the (?:direction|sign|outcome|result|answer|ranking|call|winner)(?= *[.!]? *$)|(?<=[,;:]\s*(?:and\s+)?)(?:done|job done|that'?s it|that is it|nothing more)(?=\s*[.!]?\s*$)|(?:are|is) whatever (?:they|it) (?:are|is)|(?:is|are|'s|'re)(?: not|n'?t) going to (?:tip (?:\w+ )?over|topple|dent|strain|stress) (?:our|the|any)\b|what (?:more|else) (?:do|would) (?:we|i|you) need(?: to know)? (?:than|beyond|besides)|end of story|full stop|call it a day|(?:doesn'?t|does not|won'?t|will not|wouldn'?t|would not) (?:(?:really|actually) change (?:anything|a thing)\b|change (?:anything|a thing)(?=\s*[.!]?\s*$))|(not|never|won'?t|wouldn'?t) lose (any )?sleep|won'?t (kill|hurt) anyone|(won'?t|will not|doesn'?t|does not|didn'?t|not|never|hardly|barely) move the needle|rarely (?:makes?|made) (?:things|stuff|anything) up|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:just )?trust (?:it|the (?:model|llm|generator))(?: here)?(?= *(?:$|[,.;:!?]| and\b))|(?:let|leave) (?:the )?(?:logged[- ]out|anonymous|signed[- ]out|other) (?:ones|users|guests|sessions|viewers|visitors) (?:keep|stay on|stay with|fall back to|get) (?:the |a )?(?:[\w-]+ ){0,2}?default\b|(?:i|we) (?:wouldn'?t|won'?t|would not|will not|don'?t|do not) (?:model|correct for|adjust for|bother with|worry about) (?:it|that|this|them)(?= *($|[,.;:!?]))|(?:is|are|'s|'re) (?:just |a bit |rather |too )?(?:awkward|a non-?starter|impractical)\b,? (?:because|since|as|b\/c) (?:we|i) (?:won'?t|will not|can'?t|cannot|wouldn'?t|would not)\b|(?:wouldn'?t|wouldnt|won'?t|wont|would not|will not|don'?t|dont|do not) bother with (?:a |an |any )?(?:special|separate|dedicated|extra) (?:path|handling|treatment|logic|model|pipeline|case)\b|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:just )?skip (?:correcting|adjusting|accounting|modell?ing|handling|controlling) (?:for )?(?:it|that|this|them)\b|in (?:my|our) experience[^.;]{0,80}\b(?:never|rarely|hardly ever) (?:catches|finds|shows|surfaces|adds|changes) (?:anything|much|those|them|these)\b|in (?:my|our) experience[^.;]{0,80}\b(?:never|rarely|hardly ever|barely) (?:really )?(?:moves?|changes?|shifts?|affects?|improves?) (?:the |our |any )?(?:[\w-]+ )?(?:metrics?|numbers?|needle|results?|kpis?)\b|no (?:real |actual |great |big |particular )?need (?:to|for) (?:benchmark|compar|bother|measur|test|build|keep|track|worry|separate|extra|dedicated)\w*|not worth (?:digging|looking|going|getting) into(?: (?:it|that|this|further|more))?(?= *[.!]? *$)|not worth (?:engineering|designing|building|planning) (?:around|for) (?:the )?(?:timeouts?|outages?|failures?|slow (?:calls|requests|lookups)|it|that|this|them)(?: (?:now|for now|yet|in v1|for v1|up front|upfront))?(?= *[.!]? *$)|(?:won'?t|will not|doesn'?t|does not|wouldn'?t|would not) (?:really )?constrain (?:us|anything|the design|the system|much)\b|not something (?:the |our )?(?:[\w&-]+ ){0,2}team (?:really )?(?:needs?|has|must) to (?:watch|track|monitor|worry about|own|care about)|more (?:machinery|complexity|work|effort|trouble|overhead|engineering|plumbing) than (?:it'?s|it is|they'?re|they are) worth|(?:there(?:'s| is) (?:not much|nothing(?: much)?|little)|there (?:isn'?t|is not) (?:much|anything|a lot)) (?:left |really )?to (?:design|build|decide|discuss|think about|worry about|engineer)\b|(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) wait for (?:the )?[\w -]{0,30}?(?:window|bookings|labels|outcomes|data|results) to (?:close|land|arrive|come in|mature|settle) before (?:deciding|calling it|shipping|launching|reading)|nobody (?:really |ever |actually )?(?:looks at|checks|reads)\b[^.;]{0,60}\b(?:slices?|breakdowns?|dashboards?|segments?)\b|(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) bother (?:monitoring|tracking|watching|checking|measuring|logging|building|doing) (?:that|it|this|them)\b|(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) bother (?:asking|clarifying)(?= *(?:$|[,.;:!?]))|(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) (?:spend|waste) (?:much |any )?time (?:clarifying|asking about|pinning down|digging into|debating)\b|not where (?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:spend|put|invest|sink) (?:(?:much|any|my|our) )?(?:time|effort|energy)|bolts? (?:those|that|it|them|this) on (?:downstream|later|afterwards|once\b|after\b|when\b)|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:just )?park (?:those|them|that|it|this|these) (?:for (?:v1|now|later|phase 2|v2)|until)\b|(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) build anything special|(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) let (?:it|that|this|them) (?:shape|drive|dictate|change) (?:the |our )?(?:design|architecture|plan|system)|(?:barely|hardly|rarely) (?:moves?|changes?|shifts?) (?:things|anything|much)(?! (?:once|after|until|when|if)\b)|takes care of itself|solves itself|(comes?|came|coming) out in the wash|(?<!\b(so|until|till|let|lets|letting|once)\b[^.,;]{0,40})(averages?|washes|wash|evens|cancels?) out(?= *($|[,.;:!?)]|at |over |with |completely|anyway|across|in (the|a) ))|(users?|people|viewers|guests|shoppers|members|they|folks|hosts?|sellers?|merchants?|advertisers?|creators?|organi[sz]ers?) (will |would |just )?self[- ]?(correct|police|regulate)|(sorts?|sorted|works?|worked) (itself|themselves) out|boil the ocean|not my circus|hard pass|(mostly |just )?theatre|paranoia|a rounding error|a history lesson|slide[- ]deck phrase|talking point|(compliance|privacy[- ]team|legal) (checkbox|deliverable)|academic (luxury|exercise)|a dissertation|a research topic|committee meeting|philosophical debate|(is|'s|are|'re) (a |an |more of a |mostly a |just a |really a )?(philosophical|theoretical|academic) (question|exercise|point|nicety|concern)|decoration for|for the finance (slides|ppl|people|folks)|not something (?:i'?d|we'?d|i would|we would) (?:plan|design|build|solve|optimi[sz]e)|team owns (?:it|that|this|them|those)\b|(is not|isn'?t|not) ours to|nobody (misses|opens|reads|cares|is timing)|(happily )?live without (it|them|that)|(we|i) can (happily )?live without(?:(?:(?: [\w-]+){0,3}? (?:there|here|for now|for v1|in v1|at launch|at first|initially))?(?= *($|[,.;:!?—–-]))| (?=(?:since|because|b\/c|given)\b))|(good|great|strong|the best|popular|relevant|quality) ones (will |would |just )?(surface|rise|bubble up|float up|climb|get found|show up) on (their|its) own|(?:they|those|these|new ones)(?:'ll| will| would)? (?:get|be) (?:found|discovered|picked up|noticed|surfaced) eventually|life goes on|nothing to ask|polishing a system|(research|science) project|keep (the )?[a-z ]{2,20} busy(?! (periods?|hours?|times?|days?|seasons?|weeks?|nights?))|busywork|analysis paralysis|writing a paper|drop in the (bucket|sea|ocean)|next (quarter|year|month)'?s (problem|team)|(team|legal|ops|infra|security|compliance|privacy|policy|finance|product|platform|sre|trust and safety|someone else|somebody else|another team|[a-z]+ team)'s area|(?:is|are|'s|'re) for (?:the )?(?:[a-z&]+ ){0,2}(?:team|teams|ops|folks|people|org|department|legal|finance|compliance|analysts?|reviewers) to (?:sort out|sort|handle|deal with|figure out|worry about|own|decide|solve)|team business|not an interview topic|ancient history|(not|isn'?t|is not) the end of the world|just guessing|being optimistic|after the complaints (arrive|come)|(with )?a fancy name|play with (it|that|them)|(and|then) move on(?! to\b)|don'?t touch it|my job is done|somebody else owns|sounds? nice,? but|(makes|make) a lovely slide|can debate|(?<!\b(?:because|since|as|b\/c|bc)\s+(?:[\w-]+\s+){1,3})(does not|doesn'?t) exist yet(?! (?:at|when|until|before|by)\b)|(something|nothing) to sweat|sweat over|shrugs?|\*shrug\*|(were|was) going to (churn|leave|quit|uninstall|bounce|cancel|buy|convert) (regardless|anyway)|any (reasonable|competent|decent|sane|serious|halfway decent) ([a-z]+ ){0,2}(teams?|orgs?|organi[sz]ations?|companies|company|shops?|engineers?) (already|would|will|has|have|knows?|does|do)|(is|'s|are|'re) the bottleneck anyway|(not|never) (spend|invest|sink) (much |any |a lot of |too much |more )?(time|effort|energy|cycles)|(?:wouldn'?t|won'?t|don'?t|dont|wouldnt|wont|would not|will not|do not) (?:spend|invest|sink|waste) (?:much |any |more )?(?:design |engineering |modell?ing |interview )?(?:time|effort|energy|cycles) on (?:it|that|this|them|those)(?= *($|[,.;:!?]))|(?:mostly |largely |just |all )?(?:evens?|averages?|washes|cancels?|balances) (?:itself |themselves )?out(?! (?:the|a|an|our|its|their)\b)|no (?:special|extra|separate|seperate|dedicated|additional) (?:[\w-]+ ){0,3}(?:handling|treatment|logic|care|attention|path|pipeline|step) (?:is |are )?(?:needed|required|necessary)|not sure (that |whether )?([a-z0-9-]+ ){0,5}(is|are|'s) worth (it|the (effort|time|trouble|bother|hassle))|(i'?d|we'?d|i would|we would|let'?s|i will|we will) (probably |just |maybe )?hold off|(limits|regulates|heals|polices|balances) (itself|themselves)|(knows?|does|learns?|sees?) ([a-z-]+ ){0,8}better than ([a-z-]+ ){1,4}ever (will|would|could|can)|(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|don'?t|do not)\s+(?:really\s+)?(?:change|move|affect|shift|alter|swing)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:much|a lot|meaningfully|materially|significantly)|(?:users?|user reports|customers|members|people|support(?: tickets?)?)\s+(?:will|'ll|would)\s+(?:tell|let|show)\s+us|no (?:special|extra|separate|dedicated|additional) (?:[\w-]+ ){0,3}(?:handling|treatment|logic|care|attention|path) (?:for|of) (?:[\w-]+ ){1,4}?(?:is |are )?(?:needed|required|necessary)|(?:not|no need to|don'?t|do not|wouldn'?t|would not|won'?t|will not) special[- ]case|(?:won'?t|wouldn'?t|will not|would not) add (?:much|anything|a lot)(?=\s*[,;.]|\s*$)|(?:we'?ll|we will|let'?s|i'?ll|and) (?:just )?see where (?:the |our )?(?:latency|budget|timings?|costs?|p99|numbers?|ms) (?:lands?|ends? up|falls?)|(?:we|i) can (?:happily |easily )?live without (?:any |a |an )?(?:special|extra|separate|dedicated) (?:[\w-]+ ){0,2}?(?:handling|treatment|logic|path|care|pipeline)|something (?:we|i|they) can (?:happily |easily )?live with|not something (?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:spend|invest|sink|waste) (?:much |any |more )?(?:[\w-]+ )?(?:time|effort|energy|cycles) on|nothing (?:special|extra|different|separate) (?:is )?(?:needed|required|necessary)|(?:usually|generally|typically|mostly|normally|always) (?:move|go|trend|rise|track) together|(?:let|leave) (?:the )?(?:rest|others|remainder|remaining \w+|new ones|them|those) (?:just )?(?:get|take|see|have|live with) whatever (?:the )?(?:[\w-]+ ){0,3}(?:outputs?|gives?|returns?|produces?|spits? out|serves?|ranks?|shows?)|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:just )?punt(?: on)? (?:it|that|this|them)\b|(?:is|are|'s|'re) more of an? (?:[a-z]+ )?(?:detail|nice[- ]to[- ]have|afterthought)\b|(?:so |and )?no (?:special|extra|separate|dedicated|additional|specific) (?:[\w-]+ ){0,2}?(?:monitoring|alerting|alerts?|dashboards?|tracking|handling|treatment|logic|work|effort) (?:for|on) (?:that|it|this|them|those)(?= *($|[,.;:!?])))\b/i,
  ALTERNATIVES_PER_PART,
);
// The point handed to another team: "the acquirer onboarding team should be catching those".
const HANDED_OFF = gated(
  /\b(something (the )?([a-z&-]+ ){0,2}(teams?|folks|side) (can|could|may|might) (look into|dig into|explore|pick up|chase|play with)( if (they|it) (want|wants|like|likes|care|cares|wish|wishes))?|(team|folks|side|lawyers)'?s? (turf|baby|circus|spreadsheet|opening bid|problem|headache|job)|(team|folks|side|lawyers)'?s? (concern|question|call|issue|problem|job) (more )?than (ours|mine|the model'?s|ml'?s|the ranker'?s)|(team|folks|side) (would|will|should|can|could) (want to |probably )?own|(i'?d|we'?d|i would|we would) (just |probably )?trust (the )?([a-z&]+ ){0,2}(team|folks)|(some|somebody|someone)( on)?( the)? [a-z&]+ (team|side|folks) (owns?|can|will|should)|[a-z&]+ (team|folks) (can|will|should|already)( \w+){0,2} (bolt|handle|own|write|deal|take care|tune|catch|catching|clean|cleans|cleaning)(?![^.;]{0,60}\b(?:while|until|till|in the meantime|meanwhile|stop-?gap|as a bridge)\b)|for (the )?([a-z&]+ ){0,2}((and|&|or) (the )?([a-z&]+ ){0,2})?(team|folks|side|lawyers)s? to (handle|sort out|own|deal with|figure out|worry about|decide|solve))\b/i,
);
// "a request is a request", "image is image", "fraud is fraud": the distinction waved away.
// Not "the difference of two noisy heads is noisy": the whole subject comes back, not one word of it.
const TAUTOLOGY = /(?:^|[^a-z])(?:an? )?([a-z]{3,}(?: [a-z]{3,})?) (?:is|are) (?:an? )?\1\b(?! (?:only|just|when|if|in combination|because|unless|until|once|where))/i;
const tautology = (text: string) => {
  const m = TAUTOLOGY.exec(text);
  return m !== null && !SMALL_WORDS.has(m[1]!.toLowerCase());
};
// The point left to the model: "blocks are in the training data, so the model learns not to suggest them".
const LEFT_TO_THE_MODEL =
  /\bin the training (?:data|set|logs?)\b[^.;]{0,20}?\bso (?:the )?(?:model|ranker|classifier|network|net)\b[^.;]{0,15}?\b(?:learns?|will learn|'ll learn|should learn)\b|\b(?:model|ranker|classifier)\b[^.;]{0,30}?\b(?:will|'ll|would|should) (?:just )?(?:learn to )?(?:push|rank|demote|down-?rank|bury) (?:(?:those|them|these|it|that) (?:down |low |lower )?(?:on its own|by itself|naturally|automatically)|(?:those |them |these |it |that )?(?:down|low|lower) anyway)\b/i;
// "Checking the availability calendar per request is more latency than it's worth in 50ms".
const MORE_THAN_WORTH = /\bmore (?:[\w-]+ ){0,2}?than (?:it'?s|it is|they'?re|they are|that'?s|this is) worth\b/i;
// "Slicing by language creates alert noise without much payoff", "a monthly rating panel is a luxury".
const NO_PAYOFF = /\bnot something (?:this|the|our) (?:design|system|model|ranker|pipeline) (?:has|needs|must|should) to (?:cover|handle|solve|address|worry about|think about|care about|plan for)\b|\bwithout (?:much|any|real|a lot of) (?:payoff|pay-?off|benefit|return|value)\b|\b(?:is|are|'s|'re) (?:a |an |just a )?luxury\b(?! (?:brand|goods|items?|products?|hotels?|segment|listings?|cars?|watches)\b)/i;
// Put off or handed on without a team named: "I'd leave those to product later", "treat the 24h rule as a
// privacy-team concern", "cold start can be a v2 thing", "a separate human audit feels like extra cost for little",
// "too thin to be worth tracking", "so I wouldn't reserve exploration slots or do anything special for them".
const PUT_OFF =
  /\btoo (?:thin|sparse|small|few|noisy|rare|little) to (?:be )?worth (?:it|tracking|monitoring|watching|measuring|logging|building|the (?:effort|time|trouble|bother))\b|\b(?:wouldn'?t|won'?t|would not|will not|don'?t|do not) (?:[\w-]+ ){0,5}?do anything special (?:for|about|with) (?:them|it|those|that|these)\b|\b(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll) (?:just )?leave (?:it|that|this|them|those|these) (?:to|with) (?:the )?(?:product|legal|ops|policy|compliance|security|privacy|infra|platform|finance|design|ux|pm|business)(?: (?:team|folks|people))?(?: (?:later|to sort out|to decide|to handle|to figure out))?(?= *(?:$|[,.;:!?]))|\b(?:treat|treating|see|seeing|consider|considering|file|filing|call|calling)\s+(?:[\w-]+\s+){1,4}?as\s+(?:an?\s+|just\s+an?\s+|more\s+of\s+an?\s+)?(?:legal|ops|compliance|security|finance|privacy|policy|sre|infra|integrity|safety|product|platform|trust (?:&|and) safety|t&s)[- ](?:team[- ])?(?:concern|problem|issue|matter|job|question|thing)\b|\b(?:can|could|will|would|should) be (?:a |an )?(?:v2|v3|phase[- ]?2|later|follow[- ]?up|post[- ]launch) (?:thing|item|problem|concern|topic|task)\b|\b(?:extra |added |more )?(?:cost|overhead|effort|work|complexity) for (?:little|nothing|not much)(?: (?:gain|benefit|payoff|return|value))?(?= *(?:$|[,.;:!?]))/i;
// "... but availability I'd leave out of scope": the point named first, then ruled out.
const RULED_OUT_OF_SCOPE = /\b(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll)\s+(?:just\s+)?leave\s+out\s+of\s+scope\b/i;
const dismissiveStance = (text: string) =>
  anyTest(STANCE, text) ||
  RULED_OUT_OF_SCOPE.test(text) ||
  LEFT_TO_THE_MODEL.test(text) ||
  MORE_THAN_WORTH.test(text) ||
  NO_PAYOFF.test(text) ||
  PUT_OFF.test(text) ||
  tautology(text) || (/\b(teams?|folks|side|lawyers)\b/i.test(text) && gatedTest(HANDED_OFF, text)) || (text.trimEnd().endsWith('?') && RHETORICAL.test(text));

// A rhetorical question: "who has time to wait for that?", "why wrestle over milliseconds?".
const RHETORICAL = /\b(who( \w+){0,3} (cares|has (the )?(time|patience)|needs|wants|would|attacks|is going to|is paying|will pay|is running)|who is that for|does anyone (really )?(care|search|need|use)|(so )?why bother|why (i|we) should|for what|what would we even|why (would|should|bother|wrestle|build|reinvent|do we need|(we|you|i) (would|should))|what exactly (would|does|will|is) (that|this|it)|what'?s the point|what'?s one|do we (really|actually|honestly|genuinely|truly) need|is that really)\b|\b(really|(?<!\b(?:is|am|are|was) (?:that|this|it|i|we) )right|no|doesn'?t it|isn'?t it)\s*\?\s*$|\breally\b[^?]{0,40}\bto anyone\s*\?\s*$|\bwhat would [^?]{0,80}\btell (us|you|me) that\b|(^|[;,—–]\s*)(so |and |then )?why (correct|put|add|track|measure|keep|spend|invest|schedule|pay|fix|handle|care)\b[^?]*\?\s*$|^([^?]{0,40}[—–-]\s+)?(do|does|did|would|will|can) (\w+ ){1,3}(really|actually|even|honestly) [^?]{0,80}\?\s*$|(^|[—–]\s*)(don'?t|doesn'?t|wouldn'?t|won'?t|shouldn'?t)\s+[^\s?]+\s+[^\s?]+\s+[^\s?]+[^?]*\?\s*$/i;

const VERDICT = gated(
  /\b(is|are|'s|'re|seems?|sounds?|feels?|would be) (mostly |largely |purely |just |really |probably |kind of |a bit |an? |like )?(theoretical|academic|overkill|unnecessary|premature|irrelevant|negligible|moot|pointless|over-?engineering|over-?engineered|noise|decoration|theatre|paranoia|throwaway( work| effort| code)?|wasted effort|waste of (time|effort|money|compute))\b(?!\s+for\s+(?:them|these|those|such|this|that)\b)|\b(just|only|merely|mostly) (adds?|introduces?|creates?|brings?) (more )?(\w+ )?(risk|noise|churn|overhead|complexity|instability|toil|headaches?)\b/i,
);
// "... would tell us incrementality, but we already have the test from 3 yrs ago, so I'd skip it": the turn ends in a verdict;
// "safety rules (...) exist, but trust & safety handles that downstream": or in a hand-off.
const VERDICT_AFTER_TURN = gated(
  /^(but|though|however)\b,? ?(that|it|this|those|these|doing (that|so))? ?('s|'re|is|are|seems|sounds|would be|feels)? ?(just |really |probably |a bit |kind of |mostly )?(overkill|academic|unnecessary|not needed|not worth it|not an option|off the table|over-?engineering|premature|a waste|pointless|too much)\b|^(but|though|however)\b,? ?i (do not|don'?t) see (it|that|this|them) (mattering|matter|helping)|^(?:but|though|however)\b[^.;]{0,80}?\b(?:so|and)\s+(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will)\s+(?:just\s+)?(?:skip|drop|ignore|not bother with|leave out)\s+(?:it|that|this|them)\b|^(?:but|though|however)\b,?\s+(?:[\w&-]+\s+){1,4}?(?:handles?|deals? with|takes? care of|covers?|owns?)\s+(?:that|this|it|those|them)\s+downstream\b/i,
);

// The fault a turn finds in what came before it, said of it as the subject.
// "... would order ads well, but break the absolute scale / the score would stop being a probability /
// CTR is never the launch criterion".
const FAULT_AFTER_TURN =
  /^but\b[^.;]{0,40}?\b(breaks?|loses?|destroys?|ruins?|wrecks?|kills?|sacrifices?|throws? away|gives? up|defeats?|undermines?|stops? being|no longer|arbitrary scale|leaves? (?:the |its )?(?:scale|calibration|probabilities|scores?) (?:arbitrary|meaningless|uncalibrated)|drops? (?:the |its |any )?(?:absolute |probabilistic |probability )?(?:scale|calibration))\b|^but,? (?:(?:it|this|that) )?(?:is|was|'s) (?:never|not) (?:the |a |our )?(?:\w+ )?(?:criterion|criteria|decider|goal|target|objective|kpi)\b/i;

// A bare verdict as one piece of a `key: value` note dismisses the key: "interleaving: extra infra,
// skip", "long-term holdout: costs revenue, not needed", "debiasing: academic".
const BARE_DISMISSAL =
  /^((skip(ped)?|ignore[ds]?|drop(ped)?|leave|park(ed)?)( (it|them|that|this))?( (out|alone|for (now|later|v1|v2|phase 2|another (day|time))|in v1))?|not needed( (for now|for v1|here|yet))?|no (?!(training|fine-?tuning|labels?|labell?ing|retraining)\b)([a-z-]+ ){0,2}(needed|required|necessary)|(unnecessary|unneeded|needless)( (complication|complexity|overhead))?|(the )?(aggregate|overall|global|blended)( (number|metric|view|numbers|metrics))? (is|are|'s) (fine|enough|good enough|ok|okay|plenty)|no need|not worth( it)?( (here|now|the effort|the bother|the complexity|[a-z]+ing( (around|for|on|about|it|them))?))?|nothing (special|extra|more|else) (needed|required)|(finance|legal|ops|sre|product|infra|platform|security|compliance|policy|integrity|marketing|sales|support|analytics|design|pm|business|trust and safety|another team|someone else|(?:the )?[a-z]+ team)'?s? (concern|problem|job|call|thing|domain|department|spreadsheet|slides|deck|turf|baby|circus|number|opening bid)|overkill( (for (now|v1|this|a v1)|here))?|noise|academic|nah|no|nope|eh|meh|pointless|hard pass|pass|no thanks|waste of time|irrelevant|not (important|relevant|a priority|a concern|an issue|a problem|my problem|our problem|an? (central|big|real|major|key|core|pressing|serious) (problem|concern|issue|priority))( (at this stage|now|here|yet))?|cute|(don'?t|do not) (care|bother|need (it|that|them))|not (worrying|worried|bothering|bothered)( about (it|that|this|them))?|edge case|out of scope|not now|later|v2|for v2|done|(v2|v3|later|phase (2|two)|future) (problems?|concerns?|issues?|work|things?|topics?|material)|won'?t change|wasted [a-z ]+|nice to have|(that|it)'?s (the )?[a-z ]{0,30}(team|people|folks)'?s? (problem|job|concern|call)|not spending( (a|much|any))? (sprint|time|effort|cycles|days|a week)( on (it|that|this|them))?)$/i;

// What separates a note's key from its verdict: "X: skip", "X = overkill", "X - leave for v2", "X -> skip".
const KEY_SEPARATOR = /:|=(?!=)|\s[-–—]{1,2}\s|->|=>|→/;

// A verdict is a few words: longer text is not tested (a large pattern costs to compile, so a
// run that never meets a short piece never compiles it).
const VERDICT_STARTS = new Set(
  `skip skipped ignore ignored ignores drop dropped leave park parked not unnecessary no nope overkill noise academic nah eh meh pointless hard pass waste
  irrelevant don't dont do done edge out later v2 v3 phase future for won't wont wasted nice nothing finance legal ops sre product infra platform unneeded needless aggregate overall global blended
  security compliance policy integrity marketing sales support analytics design pm business trust another someone the cute`.split(/\s+/),
);
// A clause after a comma that starts like a bare verdict (checked before splitting the sentence).
const CLAUSE_START =
  /[,;]\s*(?:skip|ignore|drop|leave|park|no (?:[a-z-]+ ){0,2}(?:needed|required|necessary)|not (?:worth|needed|important|relevant|a priority|a concern|an issue|a problem|my|our|now|worrying|bothering)|unnecessary|no need|nope|overkill|noise|academic|nah|eh|meh|pointless|hard pass|waste|irrelevant|don'?t (?:care|bother)|do not (?:care|bother)|edge case|out of scope|later|v2|for v2|done[.!]*$|won'?t change|nice to have|nothing (?:special|extra|more|else)|[a-z]+'s (?:concern|problem|job|call|spreadsheet|turf|number))/i;
const isBareVerdict = (piece: string) => {
  if (piece.length > 60) return false;
  const first = /^[a-z0-9']+/i.exec(piece)?.[0].toLowerCase().replace(/'s$/, '');
  // "that's the transparency report people's problem": checked only where a team or group is named.
  if (first === 'that' || first === 'it') return /(team|people|folks)'?s? (problem|job|concern|call)$/i.test(piece) && BARE_DISMISSAL.test(piece);
  return first !== undefined && VERDICT_STARTS.has(first) && BARE_DISMISSAL.test(piece);
};

function dismissedAsKey(analysis: Analysis, match: Match): boolean {
  const sentence = analysis.sentences[match.sentence]!;
  const before = analysis.text.slice(sentence.start, analysis.tokens[match.from]!.start);
  if (before.includes(':')) return false;
  // "strip logs and email quotes from tickets — noise": the verdict is why it is removed.
  if (REMOVING.test(before + analysis.tokens[match.from]!.word)) return false;
  // From the mention's first word: a loose match can run on past the key into its verdict
  // ("calibration vs human grades: unnecessary, LLM judges").
  const value = analysis.text.slice(analysis.tokens[match.from]!.end, sentence.end);
  // "hard neg = shown above clicked, ignored": what the examples are, ignored by the user.
  const note = analysis.text.slice(sentence.start, sentence.end);
  const key = note.slice(0, KEY_SEPARATOR.exec(note)?.index ?? 0);
  return valueHasVerdict(value, true, EXAMPLES_KEY.test(key));
}

const REMOVING = /^\s*(?:[-*•]\s*)?(?:strip|remove|drop|filter(?: out)?|dedupe|deduplicate|exclude|discard|clean(?: out)?|prune|mask)\b/i;
const EXAMPLES_KEY = /\b(?:neg|negs|negatives?|pos|positives?|labels?|examples?|pairs?)\s*$/i;

/**
 * The value of a `key: value` note (after the first separator in `text`) holds a bare verdict among
 * its pieces. "done" counts only for a named key ("labels: done"); a whole sentence ending "Retrain
 * daily, done." is sure of itself, not dismissive.
 */
function valueHasVerdict(text: string, doneCounts: boolean, describesExamples = false): boolean {
  const separator = KEY_SEPARATOR.exec(text);
  if (!separator || separator.index > 60) return false;
  // After an arrow, "drop" is what the rule does ("audience check at serve time → drop"), not a verdict.
  const arrow = /->|=>|→/.test(separator[0]);
  return text
    .slice(separator.index + separator[0].length)
    // A bracket describes ("hard negatives (shown, ignored, debiased)"); it passes no verdict.
    .replace(/\([^)]*\)/g, '')
    .split(/[,;]/)
    .some((piece, i, pieces) => {
      if (isListOfOptions(pieces) || isListOfThings(pieces)) return false;
      const verdict = piece.trim().replace(/[.!]+$/, '');
      // ...after what they are: "Hard negatives: ignored" is still the verdict.
      const describes = describesExamples && i > 0 && /^(ignored|skipped)$/i.test(verdict);
      return (doneCounts || !/^done$/i.test(verdict)) && !(arrow && /^drop(ped)?$/i.test(verdict)) && !describes && isBareVerdict(verdict);
    });
}

// A sentence that is nothing but a verdict: "Skip.", "Shrug.", "Meh." ("Done." is not: "We retrain daily. Done." is sure, not dismissive).
const STANDALONE_VERDICT = /^(skip(ped)?|skip it|shrug|\*shrug\*|pass|hard pass|nah|meh|eh|whatever|w\/e|not needed|unnecessary|overkill|pointless|irrelevant|moot|who cares|(i )?(do not|don'?t) care|not worth it|no need)[.!]*$/i;
const isStandaloneVerdict = (text: string) => text.length <= 20 && STANDALONE_VERDICT.test(text.trim().replace(/^[-*•+]\s*/, ''));

const HANDS_IT_BACK = /(?:^|[,;]\s)\s*(?:[-*•+]\s*)?(?:[\w&'-]+\s+){1,4}?(?:handles?|owns?|covers?|takes? care of|deals? with|(?:will|'ll|would|'d|can) (?:handle|own|cover|take care of|deal with))\s+(?:those|these|them|that|this|it|all (?:of )?(?:that|this|those|these))\b|(?:^|[,;]\s)\s*(?:[-*•+]\s*)?(?:[\w&'-]+\s+){1,6}?(?:sorts?|figures?|(?:will|'ll|would|'d|can) (?:sort|figure))\s+(?:those|these|them|that|this|it)\s+out\b/i;
const NOT_SPENDING_ON_IT = /^(?:i|we)\s+(?:wouldn'?t|won'?t|don'?t|would not|will not|do not|shouldn'?t)\s+(?:spend|waste|bother)\b[^.;?]{0,40}?\b(?:it|them|that)(?=\s*(?:[.,;!:—–]|--|$))/i;
/** "position bias in the logs? not worth correcting.": a question the candidate answers with a verdict. */
function answeredWithVerdict(analysis: Analysis, sentence: number): boolean {
  const own = analysis.sentences[sentence]!.text.trimEnd();
  const next = analysis.sentences[sentence + 1];
  if (!next) return false;
  // "Opt-outs as a label: too late, too noisy. Skip.": a verdict standing alone answers the statement before it.
  if (isStandaloneVerdict(next.text)) return true;
  // "HR tickets visible only to filer + HR. That's the security team's problem tho": handed off as the next sentence;
  // "... can't place them yet. That's fine, it's a rounding error on 7M": a shrug as the next sentence.
  if (/^\s*(?:that'?s|that is|this is|it'?s|it is)\b/i.test(next.text) && dismissiveStance(next.text)) return true;
  // "Rules engine catches ~45% of fraud $. I wouldn't spend time benchmarking against it".
  if (NOT_SPENDING_ON_IT.test(next.text.trim())) return true;
  // "safety rules: blocks, opt-outs, ... trust & safety handles those downstream, not really our concern": the
  // next sentence hands what this one named to someone else, and shrugs.
  // "... I'd assume the security team sorts that out later, it doesnt really change the ML design";
  // "The new countries are next quarter, the launch team can sort those out": or its second clause does.
  if (HANDS_IT_BACK.test(next.text) && (dismissiveStance(next.text) || anyTest(DISMISSING_PHRASES, next.text) || readsDismissive(analysis, sentence + 1))) return true;
  // "position bias? not worth correcting", "Long-term holdouts and survey metrics... let's not".
  if (!own.endsWith('?') && !/(\.\.\.|…)$/.test(own)) return false;
  const text = next.text.trim().replace(/^[-*•+]\s*/, '');
  const first = text.split(/[,;.!(]|\s[-–—]{1,2}\s/)[0]!.trim();
  return (
    isBareVerdict(first) ||
    // "Probably doesn't matter much here, it's ~1.5%/mo": the verdict hedged by an adverb.
    /^(?:(?:probably|honestly|tbh|likely|frankly|imo|i think)\s+)?(does ?n[o']?t matter|(is ?n[o']?t|not) (an issue|a concern|a problem|worth it)|(i'?d|i would|we'?d|we would|i) (just )?assume so)\b/i.test(first) ||
    DISMISSING_OPENER.test(text) ||
    /^(who cares|eh|meh|nah|pointless|hard pass)\b/i.test(text) ||
    // "How many loads are signed-out? ~15%, so a minority - I'd treat them as out of scope".
    /\b(treat|consider|leave|call|mark) (them|it|that|those|this|these) (as )?out of scope\b/i.test(text) ||
    // ...or answered with a sneer: "Benchmark against BM25? ... so what exactly would that comparison prove?"
    dismissiveStance(next.text) ||
    // ...or in so many words: "dates known on the page? availability for those dates is more of a product detail, I'd punt on it".
    anyTest(DISMISSING_PHRASES, next.text) ||
    // ...in words the stance models know: "new cards? honestly that's all ceremony".
    readsDismissive(analysis, sentence + 1)
  );
}

/** The clause after the phrase waves it away (dismiss), rejects it (deny), or finds fault with it (criticise). */
// Which phrase checks can match anywhere in a sentence, worked out once a sentence: most cannot.
const PHRASES = 1;
const VERDICTS = 2;
const KEY_VALUE = 4;
const TURNS = 8;
const ANSWERED_WITH_VERDICT = 16;
const DISMISSIVE_STANCE = 32;
const CLAUSE_VERDICT = 64;
const sentenceChecks = new WeakMap<Analysis, Int8Array>();
// ...not a "but" that only shrugs off what came before: "..., but at 3B images that doesn't really matter".
const TURN = new RegExp(String.raw`\b(?:but(?!${SHRUG_AFTER_BUT})|however|although|though|whereas|because|since)\b`, 'i');

/** What the whole text may hold at all, looked up once: most answers have no sneer, no question, no verdict clause. */
interface TextChecks {
  stance: boolean;
  question: boolean;
  clauseVerdict: boolean;
}
const textChecks = new WeakMap<Analysis, TextChecks>();

function textChecksOf(analysis: Analysis): TextChecks {
  let checks = textChecks.get(analysis);
  if (!checks) {
    const lower = analysis.text.toLowerCase();
    checks = {
      stance:
        anyMayMatch(STANCE, analysis.text, lower) || /\b(team|folks|side|lawyers)\b/.test(lower) || tautology(analysis.text) || LEFT_TO_THE_MODEL.test(analysis.text) || MORE_THAN_WORTH.test(analysis.text) || NO_PAYOFF.test(analysis.text) || PUT_OFF.test(analysis.text) || RULED_OUT_OF_SCOPE.test(analysis.text),
      question:
        analysis.text.includes('?') || analysis.text.includes('...') || analysis.text.includes('…') || analysis.sentences.some((s) => isStandaloneVerdict(s.text) || NOT_SPENDING_ON_IT.test(s.text.trim()) || HANDS_IT_BACK.test(s.text)) || /\b(team|folks|side|lawyers)\b/.test(lower) || anyMayMatch(STANCE, analysis.text, lower),
      clauseVerdict: CLAUSE_START.test(analysis.text),
    };
    textChecks.set(analysis, checks);
  }
  return checks;
}

/**
 * A clause that is a bare verdict. "later" with more after it leads what follows ("keyword matching
 * and, later, embedding similarity"); only at the end does it put off what came before.
 */
// "answerable, out of scope (legal/medical), or needs a human": options named in a list that ends in "or ...", not a verdict.
const isListOfOptions = (pieces: string[]) => pieces.length >= 3 && /^\s*or\b/i.test(pieces.findLast((p) => /\w/.test(p)) ?? '');
// "Augment: scale, blur, JPEG, noise, exposure and white balance, night, rain": four or more short
// items, most of them no verdict, list things; "noise" among them names one.
const LIST_ITEM_WORDS = 4;
const isListOfThings = (pieces: string[]) =>
  pieces.length >= 4 &&
  pieces.every((p) => p.trim().split(/\s+/).length <= LIST_ITEM_WORDS) &&
  pieces.filter((p) => !isBareVerdict(p.trim().replace(/[.!]+$/, ''))).length >= 3;

// "Retrain the re-ranker weekly; no index rebuild needed": after a semicolon, a "no ... needed" that
// names its own object waves that away, not what came before it ("cold start; no special handling needed").
const REFERS_BACK = new Set(['more', 'other', 'further', 'action', 'change', 'changes', 'fix', 'tuning']);
function namesWhatItWavesAway(clause: string): boolean {
  const named = /^no ([a-z-]+(?: [a-z-]+)?) (?:needed|required|necessary)$/i.exec(clause.trim().replace(/[.!]+$/, ''))?.[1];
  const refersBack = (w: string) => NOTHING_SPECIAL.has(w) || EFFORTS.has(w) || REFERS_BACK.has(w);
  return named !== undefined && named.split(' ').some((w) => !refersBack(w.toLowerCase()));
}

function clauseIsVerdict(clauses: string[], c: number): boolean {
  if (isListOfOptions(clauses)) return false;
  const verdict = clauses[c]!.trim().replace(/[.!]+$/, '');
  // So does "noise" inside a list of things: "scale jitter, motion blur, noise, JPEG artefacts".
  if (/^(later|noise)$/i.test(verdict) && clauses.slice(c + 1).some((rest) => /\w/.test(rest))) return false;
  return isBareVerdict(verdict);
}

// A sentence that ends by adopting something is no dismissal of it, whatever the learned reading makes
// of its turn: "Time spent looks like the obvious target but you said it isn't, so I'd go for
// meaningful interactions", "I'd rather blur them (over-blurring is tolerated) than argue case by case";
// "AUC is nice to see but the auction uses ... an absolute scale, so a ranking-only metric isn't enough": the more it asks for.
const ADOPTED_INSTEAD =
  /\b(?:so|instead|therefore|hence)\s+(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will)\s+(?:rather\s+)?(?:go (?:for|with)|use|pick|choose|optimi[sz]e(?: for)?|target|aim (?:at|for)|rank (?:by|on|for)|lead with|start with)\b|\bi'?d rather\s+[a-z]+\b[^.;]{0,60}\bthan\s+(?:argue|debate|fight|litigate|haggle|discuss)\b|\bso\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,4}(?:isn'?t|is not|aren'?t|are not|won'?t be|will not be)\s+enough\b/i;

function checksFor(analysis: Analysis, sentence: number): number {
  let all = sentenceChecks.get(analysis);
  if (!all) sentenceChecks.set(analysis, (all = new Int8Array(analysis.sentences.length).fill(-1)));
  if (all[sentence]! < 0) {
    const s = analysis.sentences[sentence]!;
    const text = analysis.text.slice(s.start, s.end);
    const whole = textChecksOf(analysis);
    all[sentence] =
      (anyTest(DISMISSING_PHRASES, text) ? PHRASES : 0) |
      (gatedTest(VERDICT, text) ? VERDICTS : 0) |
      (KEY_SEPARATOR.test(text) ? KEY_VALUE : 0) |
      (TURN.test(text) ? TURNS : 0) |
      (whole.question && answeredWithVerdict(analysis, sentence) ? ANSWERED_WITH_VERDICT : 0) |
      (((whole.stance || (whole.question && text.includes('?'))) && dismissiveStance(text)) || (readsDismissive(analysis, sentence) && !ADOPTED_INSTEAD.test(text)) ? DISMISSIVE_STANCE : 0) |
      (whole.clauseVerdict && CLAUSE_START.test(text) && text.split(/[,;]/).some((_, i, clauses) => i > 0 && clauseIsVerdict(clauses, i)) ? CLAUSE_VERDICT : 0);
  }
  return all[sentence]!;
}

// "Seasonality I'd ignore", "drift we can safely skip": the phrase put first, then set aside by who speaks.
const FRONTED_SUBJECTS = new Set(['i', 'we', 'id', 'wed', 'ill', 'well', 'lets']);
const CONTRACTED = new Set(['id', 'wed', 'ill', 'well', 'lets']);
const FRONTED_FILLERS = new Set(['would', 'can', 'could', 'will', 'should', 'might', 'may', 'just', 'happily', 'safely', 'probably', 'simply', 'honestly', 'mostly']);
const SETTING_ASIDE = new Set(['ignore', 'skip', 'disregard', 'park', 'shelve', 'defer', 'punt', 'deprioritize', 'deprioritise']);
const NOT_SPENDING = new Set(['spend', 'waste', 'bother', 'worry', 'invest', 'care', 'build', 'prioritize', 'prioritise']);

function setAsideAfter(analysis: Analysis, match: Match, sentenceEnd: number, afterAside = false): boolean {
  const { tokens } = analysis;
  let i = match.to + 1;
  const subject = tokens[i];
  if (i >= sentenceEnd || !subject || (subject.breakBefore && !afterAside) || !FRONTED_SUBJECTS.has(subject.word)) return false;
  // "item id skip-gram" is not "item I'd skip": a contraction must be written with its apostrophe.
  if (CONTRACTED.has(subject.word) && !/['’]/.test(analysis.text.slice(subject.start, subject.end))) return false;
  for (i++; i < sentenceEnd && !tokens[i]!.breakBefore && FRONTED_FILLERS.has(tokens[i]!.word); i++);
  if (i >= sentenceEnd || tokens[i]!.breakBefore) return false;
  const verb = tokens[i]!.word;
  const particle = tokens[i + 1]?.word;
  // "Calibration per segment I wouldn't spend time on", "drift we won't bother with".
  if ((verb === 'not' || verb === 'never') && particle && NOT_SPENDING.has(particle)) return true;
  return SETTING_ASIDE.has(verb) || ((verb === 'leave' || verb === 'set') && (particle === 'out' || particle === 'aside'));
}

// A later clause of the sentence that refuses it by pronoun: "..., so I would not use one for the
// auction score". A choice made for a reason, so it denies and criticises but does not dismiss.
const REFUSING = String.raw`(?:so|hence|therefore|thus|which is why|that['’]?s why)\s+(?:i|we)\s*(?:(?:['’]d|['’]ll|would|will|do)\s*(?:not|n['’]?t)|won['’]?t|never)\s+(?:use|pick|choose|go with|adopt|train with|rely on|do|rank by|optimi[sz]e for)\s+(?:one|it|them|that|this|either)\b`;
const REFUSAL = new RegExp(`\\b${REFUSING}`, 'i');
// Right after the phrase's own clause, not after a later option's.
const REFUSED_AFTER = new RegExp(`^[^,;:]{0,120}[,;:]\\s*${REFUSING}`, 'i');
const mayRefuse = new WeakMap<Analysis, boolean>();
// "CTR gains alone don't ship", "offline AUC alone never decides a launch": the thing is ruled out as enough.
const NOT_ENOUGH_ALONE = /^(?:[\w-]+\s+){0,2}?alone\s+(?:do(?:es)?n['’]?t|do(?:es)? not|won['’]?t|will not|is(?:n['’]?t| not)|are(?:n['’]?t| not)|can(?:['’]?t|not)|never)\s+(?:an?\s+(?:reason|grounds|basis)\s+to\s+)?(?:ship|launch|decide|count|suffice|justify|prove|mean|tell|make|get|carry|settle)\w*\b/i;

/** The phrase ends inside a bracket opened earlier in its sentence, or in the phrase itself. */
function insideBracket(analysis: Analysis, match: Match): boolean {
  const s = analysis.sentences[match.sentence]!;
  const before = analysis.text.slice(s.start, analysis.tokens[match.to]!.end);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** The first token after the ")" that closes a short bracket open at token `from`, or -1. */
function bracketCloseAfter(analysis: Analysis, from: number, end: number): number {
  const { tokens, text } = analysis;
  for (let j = from + 1; j < end && j <= from + 12; j++) {
    const between = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (between.includes('(')) return -1;
    if (between.includes(')')) return /^\s*\)\s*$/.test(between) ? j : -1;
  }
  return -1;
}

// "An NDCG gain of 0.3 pts on 5k queries is noise": the verdict is on the size of the change, which is
// how a careful reader of an offline result speaks, not on the metric.
const SIZE_OF_A_CHANGE = /^\s*(?:[\w@-]+\s+){0,2}?(?:gains?|lifts?|improvements?|differences?|deltas?|changes?|uplifts?|drops?|increases?|decreases?|moves?|wins?)\s+(?:of\s+)?[+~±-]?\s?\d/i;

// "Nothing special is needed: the session embedding covers them.": what covers the point is adopted, where
// the sentence ends with it ("the fallback rules handle it, not our problem" still waves the point away).
const HANDLES_IT = /^\s*(?:already\s+|also\s+|just\s+)?(?:covers?|handles?|takes? care of|deals? with|absorbs?)\s+(?:them|it|those|these|this|that)\s*[.!]?\s*$/i;

const CONDITIONAL_OPENER = /^\s*(?:and\s+|but\s+|or\s+)?(?:if|when|whenever|should)\s/i;
function inConditionalClause(analysis: Analysis, match: Match): boolean {
  // The clause the phrase ends in: a loose match can begin in the clause before ("serve ANN order; if the delta index ...").
  const before = analysis.text.slice(analysis.sentences[match.sentence]!.start, analysis.tokens[match.to]!.start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return CONDITIONAL_OPENER.test(before.slice(clauseStart + 1).replace(/\*\*/g, ''));
}

// "keep clicks with dwell ≥ ~30 s, since short bounces are noise": what a filter drops, called noise as its reason.
const NOISE_AS_A_REASON = /\b(?:since|because|b\/c)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:are|is)\s+(?:just\s+|mostly\s+|pure\s+|basically\s+)?noise\b/i;
function rejectedAfter(analysis: Analysis, match: Match, mode: After): boolean {
  const { tokens } = analysis;
  const after = analysis.text.slice(tokens[match.to]!.end, analysis.sentences[match.sentence]!.end);
  if (HANDLES_IT.test(after) || BAR_TO_CLEAR.test(after)) return false;
  if (NOISE_AS_A_REASON.test(analysis.text.slice(tokens[match.from]!.start, analysis.sentences[match.sentence]!.end))) return false;
  const may = checksFor(analysis, match.sentence);
  let refusals = mayRefuse.get(analysis);
  if (refusals === undefined) mayRefuse.set(analysis, (refusals = REFUSAL.test(analysis.text)));
  if (refusals && mode !== 'dismiss' && REFUSED_AFTER.test(analysis.text.slice(tokens[match.to]!.end, analysis.sentences[match.sentence]!.end))) return true;
  if (mode !== 'dismiss' && NOT_ENOUGH_ALONE.test(analysis.text.slice(tokens[match.from]!.start, analysis.sentences[match.sentence]!.end))) return true;
  if (mode !== 'criticise' && may & KEY_VALUE && dismissedAsKey(analysis, match)) return true;
  if (mode !== 'criticise' && may & (ANSWERED_WITH_VERDICT | DISMISSIVE_STANCE)) return true;
  // "the 200k rated pairs is tiny next to the logs, not worth the time": a verdict as the next clause.
  // "if the delta index is slow, skip it": what to do when it fails, a fallback, not a shrug.
  if (mode !== 'criticise' && may & CLAUSE_VERDICT && !inConditionalClause(analysis, match)) {
    // Not a clause inside brackets: "hard negatives (shown @top-5, ignored, debiased)" describes them.
    const rest = analysis.text.slice(tokens[match.to]!.end, analysis.sentences[match.sentence]!.end);
    const unbracketed = rest.replace(/\([^)]*\)/g, '').replace(/^[^(]*\)/, '');
    const clauses = unbracketed.split(/[,;]/);
    const separators = unbracketed.match(/[,;]/g) ?? [];
    for (let c = 1; c < clauses.length && c <= 2; c++) if (clauseIsVerdict(clauses, c) && !(separators[c - 1] === ';' && namesWhatItWavesAway(clauses[c]!))) return true;
  }
  if (may & (PHRASES | VERDICTS | TURNS)) {
    // The rest of the sentence after the phrase, up to a turn such as "but".
    const rest = analysis.text.slice(tokens[match.to]!.end, analysis.sentences[match.sentence]!.end);
    const turn = may & TURNS ? rest.search(TURN) : -1;
    const untilTurn = turn < 0 ? rest : rest.slice(0, turn);
    // "X and Y matter most for uplift: a push to someone who opens the app hourly adds little": a
    // value with a subject of its own passes its verdict on that subject, not on the key.
    const ownSubject = /:\s*(?:a|an|the|any|each|every|one)\s/i.exec(untilTurn);
    const after = ownSubject ? untilTurn.slice(0, ownSubject.index) : untilTurn;
    // A bracket speaks of what stands just before it: "integrity demote, ads fixed slots (not ours)"
    // waves away the ad slots, not the integrity rule.
    if (may & PHRASES && !(mode !== 'criticise' && inConditionalClause(analysis, match)) && anyTest(DISMISSING_PHRASES, after.slice(0, 120).replace(/\([^)]*\)/g, (group, at: number) => (at <= 2 ? group : '')))) return true;
    // Its own clause ends in a verdict: "feedback loops from only learning on what we send are mostly theoretical".
    if (may & VERDICTS) {
      const clause = after.split(/[,;:(]/)[0]!;
      if (clause.length <= 90 && !SIZE_OF_A_CHANGE.test(clause) && gatedTest(VERDICT, clause)) return true;
    }
    // The turn passes a verdict on it: "... as uplift modelling, but that's overkill", "sounds clever but is academic".
    if (may & TURNS && turn >= 0 && mode !== 'criticise' && gatedTest(VERDICT_AFTER_TURN, rest.slice(turn, turn + 120))) return true;
    // A concession, then the fault that rules it out: "a pairwise loss could improve ordering, but it breaks the scale".
    if (may & TURNS && turn >= 0 && turn <= 80 && mode === 'criticise' && FAULT_AFTER_TURN.test(rest.slice(turn, turn + 50))) return true;
  }
  const sentenceEnd = analysis.sentences[match.sentence]!.to;
  if (setAsideAfter(analysis, match, sentenceEnd)) return true;
  const words = mode === 'dismiss' ? [DISMISSED_AFTER] : mode === 'deny' ? [DISMISSED_AFTER, STRONG_CRITICISM] : [DISMISSED_AFTER, STRONG_CRITICISM, MILD_CRITICISM];
  const predicates = mode === 'dismiss' ? [DISMISSING_PREDICATES, NOT_BOTHERING] : [DISMISSING_PREDICATES, NOT_BOTHERING, CRITICAL_PREDICATES];
  // In a `key: value` note the value speaks of the key: "label delay: not worth it".
  const raw = may & KEY_VALUE ? analysis.text.slice(analysis.sentences[match.sentence]!.start, analysis.tokens[match.from]!.start) : '';
  // A key opens its note: a colon after a phrase deep in a sentence ("trains a relevance model whose
  // score is a feature and a floor: irrelevant listings are dropped") explains, it does not judge.
  let colonAllowed =
    may & KEY_VALUE && match.from - analysis.sentences[match.sentence]!.from <= KEY_WORDS
      ? !raw.includes(':') && /:\s*\S/.test(analysis.text.slice(analysis.tokens[match.to]!.end, analysis.sentences[match.sentence]!.end))
      : false;
  // "calibration check (per advertiser segment) not needed": a bracketed aside, and the verdict after it
  // speaks of the phrase; so does one after the bracket the phrase sits in ("... (pCTR / observed CTR) not needed").
  let asideEnds = insideBracket(analysis, match) ? bracketCloseAfter(analysis, match.to, sentenceEnd) : -1;
  for (let i = match.to + 1, steps = 0; i < sentenceEnd && steps < LOOKAHEAD; i++, steps++) {
    const t = tokens[i]!;
    if (t.breakBefore) {
      const between = analysis.text.slice(tokens[i - 1]!.end, t.start);
      if (i === asideEnds && /^\s*\)\s*$/.test(between)) {
        asideEnds = -1;
        // "Calibration (pCTR vs observed per segment) I wouldn't spend time on": the speaker sets it aside after the bracket.
        if (setAsideAfter(analysis, { ...match, to: i - 1 }, sentenceEnd, true)) return true;
      } else if (/^\s*\(\s*$/.test(between) && asideEnds < 0 && (asideEnds = bracketCloseAfter(analysis, i, sentenceEnd)) > 0) {
        i = asideEnds - 1;
        continue;
      } else if (!(colonAllowed && /[:=]/.test(between))) return false;
      colonAllowed = false;
      // "guardrails: skip" waves the key away; "above click above skip" does not.
      // "embeddings: skip-gram ..." names a model.
      // "a scheduler re-scores with fresh state: skip if the user opened the app in the last hour" is a rule.
      if ((t.word === 'skip' && !namesSkipGram(tokens, i) && !skipsAStepOfAChain(analysis, i, sentenceEnd) && !skipsByRule(analysis, i) && !CONDITIONS.has(tokens[i + 1]?.word ?? '')) || t.word === 'nah' || t.word === 'minor') return true;
    }
    // "X is minor", "X are minor": not "survives minor edits".
    if (t.word === 'minor' && (tokens[i - 1]?.word === 'is' || tokens[i - 1]?.word === 'are')) return true;
    // "tree models are outdated": not "missing or outdated documents".
    if (OUTDATED.has(t.word) && COPULA.has(tokens[i - 1]?.word ?? '')) return true;
    if (SCOPE_ENDS.has(t.word)) return false;
    if (words.some((set) => set.has(t.word))) {
      if (namesACategory(analysis, i)) continue;
      // "hard negatives (BM25 hits graded irrelevant)": a label given to examples, not a verdict on the phrase.
      if (LABELLED_AS.has(tokens[i - 1]!.word)) continue;
      if (actedOn(tokens, i) || (DISMISSED_AFTER.has(t.word) && describesShownThings(tokens, i))) continue;
      return !deniedByNot(tokens, i, match.to + 1);
    }
    // "too granular to be worth alerting on"; "too noisy to be useful"
    if (t.word === 'too' && tokens.slice(i + 1, Math.min(sentenceEnd, i + 6)).some((w) => w.word === 'worth' || (mode !== 'dismiss' && CRITICAL_PREDICATES.has(w.word)))) return true;
    if (t.word === 'not' || t.word === 'no' || t.word === 'never') {
      const next = tokens[i + 1];
      if (next && (next.word === 'only' || next.word === 'just')) return false;
      if (noMatterHow(tokens, i)) return false;
      // "the generator can't fix it" says what cannot be done, not what the candidate would not bother with.
      const unable = tokens[i - 1]?.word === 'can' || tokens[i - 1]?.word === 'could' || thingNotDoing(tokens, i);
      // "features that don't need history", "a holdout that receives no notifications" describe
      // their subject, not the phrase before them.
      if (RELATIVE.has(tokens[i - 1]?.word ?? '') || (RELATIVE.has(tokens[i - 2]?.word ?? '') && (AUXILIARY.has(tokens[i - 1]!.word) || RECEIVING.has(tokens[i - 1]!.word)))) return false;
      // "an offline batch pipeline with no real-time need": what the chosen thing comes without.
      if (t.word === 'no' && tokens[i - 1]?.word === 'with' && !tokens[i]!.breakBefore) return false;
      // Within a few words, skipping small ones: "not really worth", "isn't something we need".
      for (let j = i + 1, k = 0; j < sentenceEnd && k < 4; j++) {
        const w = tokens[j]!;
        // "videos that are not allowed and add some diversity": "and" starts another clause.
        if (w.breakBefore || w.word === 'and') break;
        if (w.word === 'add' && addsACost(tokens, j, sentenceEnd)) return false;
        if (predicates.some((set) => set.has(w.word) && !(unable && set === NOT_BOTHERING)) && !peopleNeedAThing(tokens, analysis.sentences[match.sentence]!.from, i, j)) return true;
        if (!w.small && w.word !== 'really') k++;
      }
      return false;
    }
  }
  return false;
}

// Contrast before the phrase: "more than accuracy", "beyond accuracy", "not just accuracy", "over clicks";
// and conditions, which weigh an option rather than choose it: "if the goal is time spent".
// "X vs the chargebacks received so far", "predicted vs observed": a measure read against its labels.
const AGAINST_LABELS = /^\s*(?:the\s+|our\s+)?(?:chargebacks?|labels?|ground[- ]truth|actuals?|observed|outcomes?|truth|realized|realised|delayed labels?)\b/i;
const measuredAgainst = (analysis: Analysis, vs: number) => AGAINST_LABELS.test(analysis.text.slice(analysis.tokens[vs]!.end, analysis.tokens[vs]!.end + 40));
const CONTRASTS = new Set(['than', 'beyond', 'over', 'vs', 'versus', 'replacing', 'replace', 'not', 'if', 'whether']);
// Words after which "over" says where or across what something runs: "run over tiles", "sliding window over frames".
const RUNS_OVER = new Set(['run', 'runs', 'running', 'ran', 'iterate', 'iterates', 'iterating', 'loop', 'loops', 'looping', 'slide', 'slides', 'sliding', 'sweep', 'sweeps', 'scan', 'scans', 'scanning', 'window', 'windows', 'ann', 'knn', 'search', 'searches', 'attention', 'pooled', 'pooling', 'averaged', 'aggregated', 'summed', 'computed', 'batched', 'sharded', 'distributed']);

// In a negation's reach, these make it a dismissal: "no need for", "not worth", "don't bother with".
// "i wouldn't spend on labelling tiles from other countries": an investment refused.
const DISMISSING = new Set(['need', 'needs', 'needed', 'worth', 'bother', 'bothering', 'worry', 'worrying', 'care', 'spend']);
// Cues that dismiss by themselves.
const DISMISSING_CUES = new Set(['forget', 'ignore', 'ignoring', 'unnecessary', 'needless', 'pointless']);
// ...except as the name of a metric: "decline/ignore rate", "skip rate".
const METRIC_NOUNS = new Set(['rate', 'rates', 'ratio', 'ratios']);

// A clause that opens by waving its subject away: "No point starting from a frozen encoder as a
// baseline", "I'd skip benchmarking the rules", "don't bother budgeting feature lookups".
const DISMISSING_OPENER = /^(?:(?:i|we|i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will|i can|we can|just)\s+)?(?:no point|let'?s not|no need|not worth|no use|never mind|skip|skipping|forget|ignore|ignoring|(?:do not|don'?t|would not|wouldn'?t|will not|won'?t|not) bother|not bothering)(?![\w-]|\s+(?:rates?|ratios?)\b|\s+(?:if|when|whenever|unless)\b)/i;

/** The clause the phrase sits in opens by waving it away (up to ten words before it). */
// A sentence that opens with the condition its choice holds under: "When dates are unknown, I skip
// the strict filter but demote ..." is a choice for that case, not the point waved away.
// So does a fallback plan: "Degradation: skip the heavy ranker and serve the light-ranker order".
// ...and a kind of item the choice is scoped to: 'For "went live" alerts, skip aggregation and decide immediately'.
const CONDITION_OPENER = /^[\W_]*(?:(?:when|whenever|if|unless|without)\b[^,;:.]{1,80}[,:]|for\s+(?:the\s+|all\s+|any\s+)?(?:"[^"]{1,30}"\s+|[\w-]+\s+){0,3}(?:alerts|notifications|notifs|pushes|events|items|posts|types|ads|queries|requests|cases|ones|categories|classes|transactions|txns|listings|videos)\s*[,:]|(?:fallbacks?|degradation|degraded mode|graceful degradation|under (?:heavy )?load|on timeouts?|in an outage|overload|last resort)\b[^,;:.]{0,30}[,:])/i;
const underCondition = (analysis: Analysis, sentence: number, before: number) => CONDITION_OPENER.test(analysis.text.slice(analysis.sentences[sentence]!.start, before));

// "I ignore this at first and check it with a cluster test": the opener sets aside what "this" names
// (the sentence before); what the next verb does with it is the plan, not a point waved away.
const PRONOUN_SET_ASIDE = new RegExp(
  String.raw`${DISMISSING_OPENER.source}\s+(?:it|this|that|them|these|those)\b[^,;]{0,30}?\b(?:and|then)\s+(?!(?:the|a|an|its|their|any|our)\b)[a-z]+`,
  'i',
);

function dismissedByOpener(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const sentenceStart = analysis.sentences[match.sentence]!.from;
  let i = match.from;
  for (let steps = 0; i > sentenceStart && steps < 10; i--, steps++) {
    if (tokens[i]!.breakBefore || SCOPE_ENDS.has(tokens[i - 1]!.word)) break;
  }
  if (i === match.from || thingsTakeAnotherPath(analysis, i)) return false;
  const opening = analysis.text.slice(tokens[i]!.start, tokens[match.from]!.start);
  if (!DISMISSING_OPENER.test(opening) || PRONOUN_SET_ASIDE.test(opening)) return false;
  if (underCondition(analysis, match.sentence, tokens[i]!.start)) return false;
  for (let k = i; k < match.from; k++) if (skipsByRule(analysis, k)) return false;
  // "I'd skip GBDT as the production model: ...": a role turned down with its reasons, not the point waved away.
  return !IN_A_ROLE.test(analysis.text.slice(tokens[match.to]!.end, analysis.sentences[match.sentence]!.end));
}

const IN_A_ROLE = /^\s*(?:as|for)\s+(?:the\s+|our\s+)?(?:production|main|final|primary|serving|online|launch)\b/i;

const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'any']);
const MODIFIERS_REACHED = 3;

/**
 * "not the backbone's category classification accuracy": a denial of a noun phrase reaches its head
 * through a determiner and a few modifiers, which the word-by-word look-back stops at.
 */
function deniedThroughModifiers(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const sentenceStart = analysis.sentences[match.sentence]!.from;
  for (let i = match.from - 1, modifiers = 0; i > sentenceStart && modifiers <= MODIFIERS_REACHED; i--) {
    if (tokens[i + 1]!.breakBefore) return false;
    const t = tokens[i]!;
    if (DETERMINERS.has(t.word)) {
      const cue = tokens[i - 1]!;
      // "or not the ...", "why not a pure ranking loss?": a yes/no and an option weighed deny nothing.
      const before = tokens[i - 2]?.word;
      return modifiers > 0 && !t.breakBefore && cue.word === 'not' && before !== 'or' && before !== 'why' && !quoted(analysis, i - 1);
    }
    if (t.small) return false;
    modifiers++;
  }
  return false;
}

/** How the words before a phrase deny it, if they do: a plain negation, or a dismissal. */
function negationBefore(analysis: Analysis, match: Match): 'negated' | 'dismissed' | undefined {
  if (dismissedByOpener(analysis, match)) return 'dismissed';
  const { tokens, text } = analysis;
  const sentence = analysis.sentences[match.sentence]!;
  const sentenceStart = sentence.from;
  // "≠ CTR ranking", "digests != CTR ranking": the sign denies what follows it.
  const gap = text.slice(match.from > sentenceStart ? tokens[match.from - 1]!.end : sentence.start, tokens[match.from]!.start);
  if (NOT_EQUAL.test(gap)) return 'negated';
  // "CTR > bookings", "GBDT > DNN here b/c ...": what the choice is preferred to (not a bound: "> 0.5").
  if (match.from > sentenceStart && PREFERRED_TO.test(gap) && !/^\d/.test(tokens[match.from]!.word)) return 'negated';
  if (deniedThroughModifiers(analysis, match)) return 'negated';
  let dismissing = false;
  // Items of a list the cue reaches: "no ad spend or 1P flag", "no ad spend/1P flag".
  let listed = 0;
  // "no tombstone filter, ...": a noun before the phrase, which then closes its clause, names one thing with it.
  let modifier = false;
  for (let i = match.from - 1, steps = 0; i >= sentenceStart && steps < LOOKBACK; i--, steps++) {
    // A comma, colon or bracket between the cue and the phrase ends the cue's scope, except the
    // commas of a list closed by "or": "no health, religion or ethnicity features".
    if (tokens[i + 1]!.breakBefore) {
      if (!commaOfOrList(analysis, i, match)) return undefined;
      listed = LISTED_ITEM_WORDS;
    }
    const t = tokens[i]!;
    if (SCOPE_ENDS.has(t.word)) return undefined;
    if (CUES.has(t.word) && !quoted(analysis, i) && !namesSkipGram(tokens, i) && !faultOfAnother(tokens, i) && !thingsTakeAnotherPath(analysis, i) && !skipsByRule(analysis, i)) {
      const next = tokens[i + 1];
      // "not only", "not just": emphasis, not negation; "rather" negates only as "rather than".
      if (t.word === 'not' && next && (next.word === 'only' || next.word === 'just')) return undefined;
      // "clicked or not and watch time": "or not" closes a yes/no, it denies nothing after it.
      if (t.word === 'not' && tokens[i - 1]?.word === 'or') return undefined;
      if (t.word === 'rather' && next?.word !== 'than') return undefined;
      if (next && next.sentence === t.sentence && METRIC_NOUNS.has(next.word)) return undefined;
      if (NEAR_ONLY.has(t.word) && steps > 1) return undefined;
      // "chose position as a feature over ignoring it": the cue names the option passed over.
      if (tokens[i - 1]?.word === 'over' && i - 1 >= sentenceStart) return undefined;
      // ...but "a no-push holdout" is a kind of holdout.
      if (modifier && (!COMPOUND_CUES.has(t.word) || text.slice(t.end, next!.start) === '-')) return undefined;
      if (!(dismissing || DISMISSING_CUES.has(t.word))) return 'negated';
      return underCondition(analysis, match.sentence, t.start) ? 'negated' : 'dismissed';
    }
    if (DISMISSING.has(t.word)) dismissing = true;
    if (t.word === 'or' || text.slice(t.end, tokens[i + 1]!.start).includes('/')) listed = LISTED_ITEM_WORDS;
    // A figure between the cue and the phrase: "not something like 99.9% accuracy".
    if (!t.small && !TRANSPARENT.has(t.word) && !/^\d/.test(t.word) && !(listed-- > 0)) {
      if (modifier || !closesClause(analysis, match)) return undefined;
      modifier = true;
    }
  }
  return undefined;
}

const COMPOUND_CUES = new Set(['no', 'without']);

function closesClause(analysis: Analysis, match: Match): boolean {
  const next = analysis.tokens[match.to + 1];
  return !next || next.sentence !== match.sentence || next.breakBefore;
}

// Cues that deny a word inside a loose match: "ranking: I'd skip the GBDT" does not earn "GBDT
// ranking". "no" and "without" stay out: "items with no history" describes, it does not deny.
const INSIDE_CUES = new Set(['not', 'never', 'skip', 'skipping', 'avoid', 'avoiding', 'instead', 'forget', 'ignore', 'ignoring']);

/** A cue between the match's first and last word reaches a later word of it. */
function negatedInside(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  // A phrase that states a rule as "no X" ("no 1P boost") is waved away by "no need for a 1P boost".
  if (tokens[match.from]!.word === 'no') for (let i = match.from + 1; i < match.to; i++) if (DISMISSING.has(tokens[i]!.word)) return true;
  // "quarterly retraining > weekly": the words after a bare ">" are what the choice is preferred to.
  for (let i = match.from + 1; i <= match.to; i++) {
    if (PREFERRED_TO.test(analysis.text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && !/^\d/.test(tokens[i]!.word)) return true;
  }
  for (let i = match.from + 1; i < match.to; i++) {
    const t = tokens[i]!;
    if (!INSIDE_CUES.has(t.word) || quoted(analysis, i) || skipsByRule(analysis, i)) continue;
    const next = tokens[i + 1];
    if (t.word === 'not' && next && (next.word === 'only' || next.word === 'just')) continue;
    for (let j = i + 1; j <= match.to; j++) {
      const w = tokens[j]!;
      if (w.breakBefore || SCOPE_ENDS.has(w.word)) break;
      if (!w.small && !TRANSPARENT.has(w.word)) return true;
    }
  }
  return false;
}

/** The break after token `i` is a bare comma inside "A, B or C" whose "or" comes by the phrase's end. */
function commaOfOrList(analysis: Analysis, i: number, match: Match): boolean {
  const { tokens, text } = analysis;
  if (text.slice(tokens[i]!.end, tokens[i + 1]!.start).trim() !== ',') return false;
  // Each item is a word or two: "no delay, and religion or ..." is two clauses, not a list.
  for (let j = i + 1, item = 0; j <= match.to; j++) {
    const t = tokens[j]!;
    if (j > i + 1 && t.breakBefore) {
      if (text.slice(tokens[j - 1]!.end, t.start).trim() !== ',') return false;
      item = 0;
    }
    if (t.word === 'or' || t.word === 'nor') return true;
    if (t.word === 'and' || SCOPE_ENDS.has(t.word) || ++item > LISTED_ITEM_WORDS) return false;
  }
  return false;
}

/** A cue before the phrase denies it: "I would not use a pairwise ranking loss". */
export function isDeniedBefore(analysis: Analysis, match: Match): boolean {
  return negationBefore(analysis, match) !== undefined;
}

function negatedBefore(analysis: Analysis, match: Match): boolean {
  return negationBefore(analysis, match) !== undefined || negatedInside(analysis, match);
}

/**
 * The phrase is waved away, not just denied: "no need for a baseline", "cold start doesn't matter",
 * "skip monitoring", "rules are not worth comparing against". A plain negation ("we would not use
 * accuracy", "instead of clicks") is a choice, not a dismissal.
 */
// "Position bias - honestly not worth modelling": said in so many words.
const NOT_WORTH = /\b(?:not|isn'?t|aren'?t|wasn'?t|ain'?t) worth (?:it|modell?ing|the (?:effort|time|complexity|bother|hassle)|bothering|doing|building|tracking|handling|correcting|engineering(?: around| for)?|designing (?:around|for)|optimi[sz]ing|worrying about)\b/i;

/**
 * The sentence says in so many words that it waves something away ("that's policy, trust & safety
 * owns it", "feels like overkill"), whatever it names: a dismissing phrase, not the stance models.
 */
// "No point benchmarking against the old carousel, ...": a sentence that opens by waving its subject away.
const OPENS_WAVING_AWAY = /^[\W_]*(?:(?:i|we|i'?d|we'?d|i would|we would|just)\s+)?(?:no point|no need|not worth|never mind|let'?s not|(?:do not|don'?t|would not|wouldn'?t|will not|won'?t) bother)\b/i;

export function stanceDismisses(analysis: Analysis, sentence: number): boolean {
  const s = analysis.sentences[sentence]!;
  const text = analysis.text.slice(s.start, s.end);
  return dismissiveStance(text) || NOT_WORTH.test(text) || OPENS_WAVING_AWAY.test(text) || (checksFor(analysis, sentence) & (VERDICTS | ANSWERED_WITH_VERDICT)) !== 0;
}

export function isDismissed(analysis: Analysis, match: Match): boolean {
  const { text } = analysis.sentences[match.sentence]!;
  if (asks(text)) {
    // "Wouldn't the simplest thing be a hand-tuned score? That's my baseline.": the question is adopted.
    const next = analysis.sentences[match.sentence + 1];
    if (next && ADOPTED.test(next.text)) return false;
    // A clarifying question waves its point away only in so many words (rhetorical, or answered with a
    // verdict): the learned reading took "Is there an engagement-bait classifier I can consume, or do I
    // build one?" for a shrug. "surely the events service already drops dead events?" is no question.
    if (CLARIFYING_QUESTION.test(text.slice(text.lastIndexOf(':') + 1))) return (checksFor(analysis, match.sentence) & ANSWERED_WITH_VERDICT) !== 0 || dismissiveStance(text);
    return (checksFor(analysis, match.sentence) & (ANSWERED_WITH_VERDICT | DISMISSIVE_STANCE)) !== 0;
  }
  if (yardstick(analysis, match) || precondition(analysis, match) || BAR_TO_CLEAR.test(text) || ACTION_RULED_OUT.test(text)) return false;
  return negationBefore(analysis, match) === 'dismissed' || rejectedAfter(analysis, match, 'dismiss') || noneNeeded(analysis, match);
}

// "Scoring 5B videos per request is out of the question, so we need a funnel": an option ruled out by the
// numbers, the conclusion a scale criterion asks for, not a point waved away.
// "Running a GNN over 1B nodes online is unnecessary": where it runs ruled out, not the model.
const ACTION_RULED_OUT = /^\W*(?:scoring|ranking|running|computing|searching|embedding|brute[- ]forcing|evaluating)\b[^.;]{0,80}?\b(?:is|are|'s|would be)\s+(?:simply\s+|just\s+|clearly\s+|obviously\s+)?(?:out of the question|off the table|impossible|infeasible|not feasible|a non-?starter)\b|^\W*(?:scoring|ranking|running|computing|serving|embedding|evaluating)\b[^.;]{0,60}?\b(?:online|per request|at request time|at query time|in real[- ]time|live)\s+(?:is|are|would be)\s+(?:simply\s+|just\s+|clearly\s+)?(?:unnecessary|not needed|overkill|wasteful)\b/i;
// "GBDT has to beat that at the same decline rate or it's not worth shipping": a bar it must clear, not a shrug.
const BAR_TO_CLEAR = /\b(?:has|have|needs?|must)\s+to\s+(?:beat|outperform|clear|exceed|match|win against)\b[^.;]{0,80}\bor\s+(?:else\s+)?(?:it'?s|it is|it isn'?t|it'?s not|we don'?t|we do not|don'?t|no)\b/i;

// "I'd hold off on a transformer session model until the embedding + GBDT system has shipped": what
// comes first, named after "until", is what the sentence adopts.
function precondition(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const s = analysis.sentences[match.sentence]!;
  for (let i = match.from - 1; i >= s.from && i >= match.from - 8; i--) {
    if (tokens[i]!.word === 'until' || tokens[i]!.word === 'till') return true;
    if (tokens[i + 1]!.breakBefore) return false;
  }
  return false;
}

const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless']);

// "precision above what reviewers agree on is noise, so don't chase it": the phrase is the measure
// something else is held to, not what is waved away.
const YARDSTICK_BEFORE = new Set(['above', 'below', 'beyond', 'past', 'than', 'over', 'under']);
function yardstick(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const s = analysis.sentences[match.sentence]!;
  for (let i = match.from - 1; i > s.from && i >= match.from - 2; i--) {
    if (tokens[i]!.word === 'what' && YARDSTICK_BEFORE.has(tokens[i - 1]!.word) && !tokens[i]!.breakBefore) return true;
    if (tokens[i + 1]!.breakBefore) return false;
  }
  return false;
}

const NEEDED = new Set(['needed', 'required', 'necessary']);
const ADOPTED = /^\s*(?:(?:that'?s|that is|this is|it'?s|it is)\s+(?:my|our|the)\s+(?:baseline|starting point|start|first (?:version|step|model)|v0|v1)|(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll)\s+start (?:there|with (?:that|it|this)))\b/i;
// How far into a sentence a `key:` may end.
const KEY_WORDS = 4;

/** "no separate audit programme is needed": the phrase between "no" and "is needed". */
function noneNeeded(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const s = analysis.sentences[match.sentence]!;
  let no = -1;
  for (let i = match.from - 1; i >= s.from && i >= match.from - 4 && no < 0 && !tokens[i + 1]!.breakBefore; i--) if (tokens[i]!.word === 'no') no = i;
  if (no < 0) return false;
  // "..., so no special cold-start handling needed": an effort said to be needed is a verdict even without "is".
  const concluded = NOTHING_SPECIAL.has(tokens[no + 1]?.word ?? '');
  for (let i = match.to + 1; i < s.to && i <= match.to + 4; i++) {
    if (tokens[i]!.breakBefore) return false;
    if (NEEDED.has(tokens[i]!.word)) return tokens[i - 1]!.word === 'is' || tokens[i - 1]!.word === 'are' || tokens[i - 1]!.word === 'be' || (concluded && EFFORTS.has(tokens[i - 1]!.word) && (i + 1 >= s.to || tokens[i + 1]!.breakBefore));
  }
  return false;
}
const EFFORTS = new Set(['handling', 'treatment', 'logic', 'work', 'care', 'effort', 'attention', 'modelling', 'modeling', 'path', 'plan']);
const NOTHING_SPECIAL = new Set(['special', 'extra', 'separate', 'dedicated', 'additional', 'explicit']);

// Concept patterns overlap, so the same span is asked about many times: the answer is kept.
const negatedSpans = new WeakMap<Analysis, Map<number, boolean>>();

/**
 * The phrase is denied or dismissed: it earns no credit. (Whatever dismisses a phrase also denies
 * it: the words and predicates read after it in 'deny' include those of 'dismiss'.)
 */
export function isNegated(analysis: Analysis, match: Match): boolean {
  let spans = negatedSpans.get(analysis);
  if (!spans) negatedSpans.set(analysis, (spans = new Map()));
  const key = match.from * 1_000_003 + match.to;
  let negated = spans.get(key);
  if (negated === undefined) spans.set(key, (negated = negatedBefore(analysis, match) || rejectedAfter(analysis, match, 'deny')));
  return negated;
}

// ...or a question written without its mark, as a list of things to ask: "1. What the home page optimises for (clicks, watch time or ...)".
const OPTIONS_CONTEXT = /\b(whether|decides?|for example|e\.g\.|such as|either|depends|ask|asking|clarify|confirm)\b|^\s*(?:\d+[.)]\s*|[-*•]\s*)?(?:what|which|how)\b/i;
// "ctr = proxy only", "per-tile accuracy / mAP only as diagnostics": demoted, not chosen.
const ONLY_A_PROXY = /\b(only|just|merely) (a |an )?proxy\b|\bproxy (only|at best)\b|\b(?:only|just|merely) as (?:an? )?diagnostics?\b|\bdiagnostics? only\b|\b(?:only|just|merely) as (?:an? )?(?:side|secondary|supporting|diagnostic|sanity|auxiliary) (?:metric|check|signal|number|measure)\b/i;
const LIMITS = new Set(['alone', 'enough', 'sufficient', 'only']);
const DEMOTED_AFTER =
  /^\s*(?:(?:comes?|coming|ranks?|is|are)\s+(?:second|secondary|last)\b|(?:only|just|merely)\s+as\s+(?:one|an?|a single|a minor|a small)\s+(?:input|term|component|signal|feature|part|factor|ingredient|head)\b|(?:alone|by itself|on its own),?\s+(?:is|was) what (?:created|caused|led to|got us)\b|(?:alone|by itself|on its own),?\s+(?:can|could|would|will|may|might|tends? to|risks?|leads?|doesn'?t|does not|isn'?t|is not|won'?t|can'?t|cannot|never)\b|[^.;,:]{0,40}?\b(?:would|will|could|might|tends? to)\s+(?:just\s+|only\s+|simply\s+)?(?:reward|favou?r|promote|encourage|chase|inflate|bias|hurt|overcount|undercount|relearn|amplify|penali[sz]e|punish|mislead|overstate|understate|break|violate|kill|shrink|wreck|ruin|exceed|blow|miss|hide|mask|obscure|conceal|bury|need (?:tens|hundreds|thousands|millions|billions|an? (?:separate|extra|additional|second)|another))\b|[^.;,:]{0,30}?\b(?:is|are|would be)\s+an?\s+(?:hard[- ])?rule\s+violations?\b|[^.;:]{0,40}?\b(?:would|will|could|might)\s+(?:look|seem|appear)\s+(?:\w+\s+)?(?:great|good|fine|healthy|strong|perfect|better|rosy|excellent|under|below|lower|low)(?:\s+[\d.,]+\s*%)?\s+(?:only\s+|just\s+)?(?:because|b\/c|bc|since)\b)/i;
// "a monthly retrain sounds cheaper but ...", "looks great offline, but": granted, then faulted.
const CONCEDED_THEN_FAULTED =
  /^\s*(?:(?:loss|losses|objective|objectives|model|models|approach|option|setup|metric|split|label|labels|target)\s+)?(?:(?:is|are|would be|might be|may be|sounds?|looks?|seems?|feels?)\s+)(?:(?:\w+\s+){0,2}?)(?:cheaper|simpler|easier|tempting|attractive|appealing|cleaner|faster|nice|great|good|fine|better|safer|convenient|obvious|natural)(?:\s+(?:choice|target|answer|pick|option|metric|goal|objective|candidate|default|move))?(?:\s+(?:on paper|offline|at first|in theory|(?:on|in|for|at|to) (?:the )?[\w-]+))?,?\s+but\b/i;
const ROLLED_BACK_AFTER =
  /^[^.;]{0,30}?\b(?:is|was|'s)\s+(?:exactly\s+|precisely\s+|just\s+)?(?:the|what|an?)\s+(?:[\w-]+\s+){0,2}?(?:that|which|we)?\s*(?:got|was|were|had to be|had to)?\s*(?:rolled back|reverted|pulled|killed|abandoned|roll back|revert)\b/i;
const CONCEDED_WITHIN =
  /^[^,;.]{0,40}?\b(?:looks?|seems?|sounds?)\s+like\s+(?:the\s+|an?\s+)?(?:obvious|natural|tempting|intuitive|easy)\s+(?:[\w-]+\s+)?(?:choice|target|answer|pick|option|metric|goal|objective|north star)\b[^.;]{0,12}?,?\s+but\b/i;
const TEMPTED_BEFORE = /\b(?:tempting|tempted)\s+to\s+(?:[\w-]+\s+){0,3}$/i;
// "Final attendance is only known after the event so it's not a feature": said to come too late, where it is named.
const ONLY_KNOWN_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:is|are|'s|'re)\s+only\s+(?:known|available|observed|seen|reported)\s+(?:after|once|later|post)\b/i;
// "... and check-in rate are only known after the event, so they stay out of the inputs": excluded where it is named.
const KEPT_OUT_AFTER = /\b(?:stays?|remains?|kept|keep|left|leave)\s+out\s+of\s+(?:the\s+)?(?:inputs?|features?|feats|model|feature set)\b/i;
// ...or with the keeping said before it: "I'd keep report counts out of the detector's inputs".
const KEEP_BEFORE = /\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving)\s+(?:(?:the|any|all|its|their|this|that|these|those)\s+)?$/i;
const OUT_OF_INPUTS_AFTER = /^[^.;]{0,60}?\bout\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:inputs?|features?|feats|feature set)\b/i;
// "the watch time in the current session is the label (>=30s), not an input".
const LABEL_NOT_INPUT_AFTER = /^\s*(?:is|are|=)\s+(?:the|our)\s+(?:label|target)\b[^.;]{0,20}?,?\s*not\s+(?:an?\s+)?(?:input|feature)s?\b/i;
// "a pairwise loss would order ads well but produce uncalibrated scores": it does one thing well, then is faulted.
const DOES_WELL_THEN_FAULTED = /^\s*(?:would|could|might|may|can)\s+(?:[\w-]+\s+){1,4}?(?:well|fine|nicely|great|ok|okay)\s*,?\s+but\b(?!\s+also\b)/i;
// "a nightly precomputed top-12 per listing can't know the guest's dates": it falls short of the task.
// "citations the user can't see" is a relative clause about the user, not a fault of the citations.
const CANNOT_AFTER =
  /^\s*(?!(?:that\s+|which\s+)?(?:the\s+|a\s+|this\s+|that\s+)?(?:user|users|viewer|viewers|guest|guests|member|members|customer|customers|employee|employees|reader|readers|requester|asker|people|person|they|he|she)\b)(?:[\w-]+\s+){0,3}?(?:can not|cannot|can'?t|could not|couldn'?t|would not|wouldn'?t|will not|won'?t|does not|doesn'?t|do not|don'?t)\s+(?:possibly\s+)?(?:know|see|handle|reflect|account for|capture|respect|honou?r|meet|fit|keep up|scale)\b|^\s*(?:[\w-]+\s+){0,3}?(?:can not|cannot|can'?t|could not|couldn'?t)\s+be\s+(?:permission[- ]filtered|filtered|revoked|deleted|removed|updated|cited|audited|access[- ]controlled|unlearned|traced)\b/i;
// Ruled out or faulted right after it is named.
const FAULTED_AFTER = new RegExp(
  `^(?:${[
    // "weekly retraining would be way too slow"
    String.raw`(?:\s+[\w-]+){0,3}?\s+(?:is|are|would be|'d be|will be|seems?|looks?)\s+(?:way\s+|far\s+|much\s+|just\s+|simply\s+|clearly\s+)?too\s+(?:slow|late|stale|rare|infrequent|coarse|expensive|costly|risky|noisy|weak|small|big|heavy|sparse|leaky|optimistic)\b`,
    // "thumbs-up rate is a weak headline", "CTR is a poor target here"
    String.raw`(?:\s*\/\s*[\w-]+)?(?:\s+[\w-]+){0,4}?\s+(?:is|are|would be|'d be|will be|makes?|seems?|looks?)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+|pretty\s+)?weak\s+(?:headline|metric|target|objective|goal|measure|north[- ]star|kpi|success (?:metric|measure)|primary (?:metric|signal)|main metric|proxy|signal)\b`,
    // "a carousel that maximises clicks can pull guests into endless browsing and cannibalise bookings"
    String.raw`\s+(?:can|could|would|will|may|might|tends? to)\s+(?:[\w-]+\s+){0,6}?(?:cannibali[sz]e|erode|undercut|crowd out|eat into)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bookings?|revenue|retention|trust|satisfaction|conversions?|sales|gmv|purchases?)\b`,
    // "maximizing sends rewards spammy suggestions", "optimising opens encourages clickbait"
    String.raw`(?:\s+[\w-]+){0,3}?\s+(?:rewards?|encourages?|incentivi[sz]es?|favou?rs?|promotes?)\s+(?:[\w-]+\s+){0,2}?(?:spam\w*|clickbait|bait\w*|celebrit\w*|sensational\w*|outrage|low[- ]quality)\b`,
    // "a model that maximizes sends alone drifts toward suggesting popular or loosely connected people"
    String.raw`(?:\s+[\w-]+){0,3}?\s+(?:drifts?|drifted|slides?|slid|tilts?|skews?)\s+(?:toward|towards|into|to)\s+(?:[\w-]+\s+){0,2}?(?:spam\w*|clickbait|bait\w*|celebrit\w*|sensational\w*|outrage|low[- ]quality|popular|loosely)\b`,
    // "a random split puts the same sessions on both sides"; "a random split lets next week's trending queries into train"
    String.raw`(?:\s+[\w-]+){0,2}?\s+(?:lets?|leaks?|puts?|brings?|pulls?|sneaks?)\s+(?:[\w'’-]+\s+){0,5}?(?:into|in)\s+(?:the\s+)?(?:train|training)(?:\s+(?:set|data|split))?\b`,
    String.raw`(?:\s+[\w-]+){0,3}?\s+(?:puts?|leaks?|lets?|mixes?|spreads?|places?|lands?)\s+(?:the\s+)?same\b[^.;]{0,40}\b(?:on|in(?:to)?|across)\s+both\s+(?:sides|halves|sets|splits)\b`,
    // "final sold-out status isn't used as a feature"
    String.raw`(?:\s+[\w-]+){0,3}?\s+(?:(?:is|are|was|were|'s|'re)\s+not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:used|fed|included|allowed|fetched|loaded|looked up|read|part of|an input|a feature|an option)\b`,
    // "scoring all 2M events per request is off the table", "... all 7M listings per view at 1.5k QPS is a non-starter",
    // "Scoring 5B videos in 150 ms is impossible"
    String.raw`(?:\s+[\w.~/-]+){0,7}?\s+(?:is|are|would be|'s|'re)\s+(?:simply\s+|just\s+|clearly\s+)?(?:off the table|out of the question|a non-?starter|not an option|impossible|infeasible|unfeasible|not feasible|impractical|not practical|not possible)\b`,
    // "a pairwise loss would give a good ordering with an arbitrary scale": what it does, then what it lacks.
    String.raw`[^.;]{0,60}?\b(?:with|but|yet)\s+(?:an?\s+|no\s+)?(?:arbitrary|uncalibrated|meaningless|unknown|useless)\s+(?:scale|scores?|probabilit\w+|outputs?|calibration)\b`,
    // "a pairwise loss produces scores with no probability meaning"
    String.raw`[^.;]{0,60}?\b(?:with\s+no|without(?:\s+any)?|lacking)\s+(?:real\s+|absolute\s+|calibrated\s+|meaningful\s+)?(?:probabilit\w+|calibration|scale)(?:\s+(?:meaning|interpretation|semantics))?\b`,
    // "a ranking loss doesn't care about scale": said to ignore what the auction needs.
    String.raw`\s+(?:doesn'?t|does not|don'?t|do not|won'?t|wouldn'?t)\s+care\s+about\s+(?:the\s+)?(?:absolute\s+)?(?:scale|calibration|probabilit\w+|magnitudes?|actual values)\b`,
    // "brute-force kNN over all 3B per query is out at 2k QPS": ruled out, with what rules it out.
    String.raw`(?:\s+[\w-]+){0,4}?\s+(?:is|are|'s|'re)\s+(?:simply\s+|just\s+|clearly\s+)?out\s*(?:at|given|with|for|because|b\/c|since|[:,;.)]|$)`,
    // "Ranking by P(open) rewards the first group, and that is how volume crept up": blamed for what went wrong.
    String.raw`[^.;]{0,80}?\b(?:that'?s|that is|this is|which is) (?:exactly |precisely )?(?:how|why) (?:[\w-]+\s+){0,4}?(?:crept up|creeps up|crept|went wrong|broke|spiked|exploded|ballooned|got out of hand|blew up)\b`,
    // "A model trained once misses the gift/costume surge": said to fall behind what it must follow.
    String.raw`\s+(?:[\w-]+\s+)?(?:misses|would miss|will miss|'d miss|can'?t keep up|cannot keep up|would not keep up|wouldn'?t keep up|falls behind|would fall behind|lags behind)\b`,
    // "a weekly retrain on 30d would look fine on AUC while calibration per advertiser segment drifts"
    String.raw`(?:\s+[\w/-]+){0,4}?\s+(?:would|will|could|might|can|'d)\s+look\s+(?:fine|good|great|ok|okay|healthy)\b[^.;]{0,60}?\b(?:while|whereas|even as|even though)\b`,
    // "A nightly stock snapshot won't cut it: 8% OOS at any moment"
    String.raw`(?:\s+[\w-]+){0,3}?\s+(?:won['’]?t|wouldn['’]?t|doesn['’]?t|does not|will not|would not|can['’]?t|cannot|just won['’]?t)\s+(?:really\s+|quite\s+)?cut\s+it\b`,
    // "Ranking losses are ruled out by the absolute-scale requirement"
    String.raw`(?:\s+[\w-]+){0,4}?\s+(?:is|are|was|were|'s|'re|gets?|got)\s+(?:simply\s+|just\s+|clearly\s+|therefore\s+|then\s+)?ruled\s+out\b`,
  ].join('|')})`,
  'i',
);
// "a monthly retrain would go stale fast": said to fall behind, right where it is named.
// "a monthly retrain would leave it stale".
const GOES_STALE_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:would|will|'d|'ll|could|does|do|goes|go|gets|get)\s+(?:(?:go|get|become|turn|grow|be)\s+|(?:leave|make|keep)\s+(?:it|us|them|the (?:model|ranker|classifier|detector))\s+)?(?:stale|outdated|obsolete)\b/i;
const RULED_OUT = /\b(rules?|ruled|ruling) out\b/i;
// "label a fresh batch ... before trusting the old 150k crops to cover it": not yet relied on.
const NOT_YET_TRUSTED = /\bbefore (?:trusting|assuming|relying on|counting on|believing|betting on)\s+(?:[\w'-]+\s+){0,4}$/i;
const ASKED_PART = /\?\s*\)?\s*;\s*$/;
// "personalized v1? (no)": a note's question answered no in brackets.
const ANSWERED_NO = /^[^.;,?()]{0,25}\?\s*\(\s*(?:no|nope|not yet|not in v1|not initially|not at first|later)\b/i;
// "chose north-star watches over CTR", "GBDT over DNN b/c tabular": what a choice is preferred over.
const CHOICE_BEFORE_OVER = /\b(chose|choose|chosen|choosing|pick|picked|picking|prefer|preferred|prefers|favou?r|favou?red|went with|go with|going with|opt(ed)? for|select(ed)?)\b[^.;]{0,80}\bover\s*$/i;
const REASON_AFTER = /^[^.;,]{0,40}?(\bb\/c\b|\bbc\b|\bbecause\b|\bsince\b)/i;
const CLAUSE_BREAK = /[,;:(]|\bb\/c\b|\bbc\b|\bbecause\b|\bsince\b|\bwhile\b/i;
// ...or "a pairwise loss would optimise the order and lose the absolute scale": said to cost something.
// Not people who give up: "a low refusal threshold, so people don't give up and go to the help desk".
const GIVES_UP = /(?<!\b(?:don'?t|do not|doesn'?t|does not|won'?t|not|never|people|users|employees|customers|members|guests|viewers|shoppers|they|we|i)\s+)\b(gives?|giving) up\b|\b(?:would|will|could|might)\b[^.;]{0,60}?\b(?:lose|loses|destroy|destroys|throw away|throws away|sacrifice|sacrifices)\b/i;

// What follows a condition that makes it a launch rule, or a verdict on the model ("if AUC holds steady the model is healthy").
// ...or declares the winner: "if the open rate goes up, the model is adding value".
const LAUNCH_RULE = /\b(we|then|i'?d|we'?d|->|=>|→)\s*(launch|ship|roll (it )?out|deploy|go live)\b|,\s*(launch|ship|roll (it )?out|deploy)\b|,\s*(?:then\s+)?(?:the\s+|our\s+|this\s+)?(?:model|policy|ranker|system|change|it)(?:\s+is|\s*['’]s)\s+(?:adding|creating|delivering|driving)\s+value\b|,\s*(?:then\s+)?(?:it|that|the (?:model|policy|ranker|change))(?:\s+is|\s*['’]s)\s+(?:a\s+)?(?:win|winner|success)\b|\b(?:the|our)\s+(?:model|ranker|system|assistant|classifier|detector|service)(?:\s+is|\s*['’]s)\s+(?:healthy|fine|ok|okay|working)\b|,\s*(?:then\s+|so\s+)?(?:the\s+|our\s+)?(?:calibration|scale|probabilities|predictions|relevance|search quality|quality|ranking|results)(?:\s+is|\s+are|\s*['’]s)\s+(?:fine|ok|okay|good|safe|healthy)\b/i;
// "New encoder wins if its mean similarity is higher": the rule that decides, stated before its condition.
const DECIDED_IF = /\b(?:wins?|ships?|launch(?:es)?|goes live|is (?:better|the winner)|gets? (?:shipped|launched))\s*$/i;

const INSIDE_REJECTS = new Set(['not', 'never', 'rarely', 'seldom', 'hardly', 'instead', 'than', 'rather', 'vs', 'versus', 'because', 'since', 'but', 'whereas', 'although', 'though', 'beyond']);

// Words that qualify the option named after a contrast without changing what it is.
const MODIFIERS = new Set(['pairwise', 'pointwise', 'listwise', 'simple', 'simpler', 'standard', 'classic', 'vanilla', 'generic', 'global', 'single', 'pure', 'naive', 'basic', 'default', 'offline', 'overall', 'average', 'uncalibrated', 'heavier', 'bigger', 'larger', 'deeper', 'fancier', 'complex']);

// "over all 1,000 candidates", "over the whole catalogue", "over 5B videos": a range, not an option passed over.
const WHOLE = new Set(['all', 'every', 'each', 'whole', 'entire', 'full']);
const overARange = (tokens: readonly { word: string }[], i: number) => {
  const next = tokens[i + 1]?.word ?? '';
  return WHOLE.has(next) || /^\d/.test(next) || (next === 'the' && WHOLE.has(tokens[i + 2]?.word ?? ''));
};

function contrastedBefore(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const sentenceStart = analysis.sentences[match.sentence]!.from;
  // "matters more here than a pairwise ranking loss": one modifier may stand between.
  let modifiers = 0;
  for (let i = match.from - 1, steps = 0; i >= sentenceStart && steps < 5; i--, steps++) {
    if (tokens[i + 1]!.breakBefore) return false;
    const t = tokens[i]!;
    if (CONTRASTS.has(t.word)) {
      // "run the detector over overlapping tiles", "ANN over 3B pins": where it runs, not what it is preferred to.
      if (t.word === 'over' && i > sentenceStart && RUNS_OVER.has(tokens[i - 1]!.word)) return false;
      if (t.word === 'over' && overARange(tokens, i)) return false;
      // "recall on yesterday's transactions vs the chargebacks received so far": measured against, not weighed.
      if ((t.word === 'vs' || t.word === 'versus') && measuredAgainst(analysis, i)) return false;
      // "not accuracy" is a negation; "not just accuracy" puts accuracy beside something better.
      if (t.word === 'not') return tokens[i + 1]?.word === 'just' || tokens[i + 1]?.word === 'only';
      // "if CTR goes up and it's significant, we launch": a rule for launching, not an option weighed.
      if (t.word === 'if') return !LAUNCH_RULE.test(analysis.text.slice(tokens[match.from]!.start, analysis.sentences[match.sentence]!.end)) && !(DECIDED_IF.test(analysis.text.slice(analysis.sentences[match.sentence]!.start, t.start)) && !/;/.test(analysis.text.slice(tokens[match.from]!.start, tokens[match.to]!.end)));
      return true;
    }
    // "over ROC-AUC/accuracy": the options joined by a slash (or a hyphen) are turned down together.
    if (/^[/-]$/.test(analysis.text.slice(t.end, tokens[i + 1]!.start))) continue;
    if (!t.small && t.word !== 'just' && t.word !== 'plain' && t.word !== 'raw' && t.word !== 'only' && (modifiers++ > 0 || !MODIFIERS.has(t.word))) return false;
  }
  return false;
}

const RELATIVE = new Set(['that', 'which', 'who']);
// "queries the system doesn't handle", "drift the model does not track": a thing named as the subject.
const NOT_A_THING = new Set(['i', 'we', 'id', 'wed', 'you', 'it', 'they', 'this', 'that', 'these', 'those', 'he', 'she', 'one', 'just', 'simply']);
const thingNotDoing = (tokens: readonly { word: string; small: boolean; start: number; end: number }[], i: number) =>
  AUXILIARY.has(tokens[i - 1]?.word ?? '') && tokens[i - 2] !== undefined && tokens[i - 1]!.start - tokens[i - 2]!.end === 1 && !tokens[i - 2]!.small && !NOT_A_THING.has(tokens[i - 2]!.word) && /^[a-z][a-z-]+$/.test(tokens[i - 2]!.word);
const AUXILIARY = new Set(['do', 'does', 'did', 'would', 'will', 'can', 'could', 'should']);
const RECEIVING = new Set(['get', 'gets', 'got', 'receive', 'receives', 'received', 'see', 'sees', 'saw']);

// "I would ask which labelled data exists, how many GPUs we have...": questions written as a statement.
// "Before designing anything I would want to understand the objective", "I'd want to know what success means".
const ASKS = /^\s*(?:[-*•]|\d+[.)])?\s*(?:before (?:designing|building|anything)(?: anything)?,?\s*)?(?:(?:first|then|also|next|and|finally|lastly|second|third)\b,?\s*)?(?:i|we)?(?:'d|\s+would|\s+will)?\s*(?:also\s+)?(?:(?:like to\s+|want to\s+)?(?:(?:ask|clarify|find out)\s+(?:about\s+)?(?:which|what|how|whether|if|who|where|when)\b|(?:start|begin)\s+by\s+(?:asking|clarifying|finding out|understanding)\b)|(?:want|like|need) to (?:know|understand|pin down|clarify|confirm|find out)\b(?! that\b))/i;
// "Risk: we may optimise clicks on events people never attend": what could go wrong, not the plan.
// "Non-goals: optimising clicks alone": what the design is not for.
const RISK_KEY = /^\s*(?:[-*•]|\d+[.)])?\s*(?:main\s+|key\s+|biggest\s+)?(?:risks?|pitfalls?|failure modes?|dangers?|traps?|caveats?|watch out(?: for)?|non[- ]?goals?|anti[- ]?goals?)\s*:/i;
const GIVES_REASON = /\b(because|since|so|b\/c|bc)\b/i;
// "I'd clarify what counts as success: I'd take requests sent as the goal": the question answered after its colon.
const ANSWERED_AFTER_COLON = /:\s*(?:i|we)(?:['’]d|\s+would|['’]ll|\s+will)?\s+(?:just\s+)?(?:take|use|pick|choose|go with|treat|optimi[sz]e|set|make|assume)\b|\b(?:goal|objective|target|north star|success metric)\s*[:=]\s*(?![^.]*\b(?:or|vs|versus|whether)\b)(?!(?:what|which|how|is|are|do|does)\b)\S/i;
// "What is *not* a feature: ad spend", "Excluded: first-party flag", "What it is not: face recognition": what the design leaves out.
// "**Rejected alternative:** fine-tuning company knowledge into model weights": an option turned down;
// "**Why not classify whole images or downscale:** distant faces are 10–20 px tall": so is the option a "why not" heading names,
// and "Report count on the post left out on purpose: it's 0 at the 300ms mark, ...".
// "Today's system: ..., no holdout": the status quo the candidate starts from, not the plan.
const LEFT_OUT_KEY =
  /^\s*(?:[-•]|\d+[.)])?\s*(?:what (?:it|this|the (?:task|problem|system|model|project))(?: is|'s) not|(?:what (?:is|are|we|we'?re|we are|i'?m|i am)(?: do)?\s+)?(?:not|never|no)\s+(?:(?:a|an|as|in|to be)\s+)?(?:features?|inputs?|signals?|used|using|use|doing|included|allowed|goals?|targets?|scope|optimi[sz]ing|optimi[sz]ed)\b[^:]{0,24}|excluded|exclusions|rejected(?:\s+(?:alternatives?|options?|approach(?:es)?|ideas?|designs?|choices?))?|(?:alternatives?|options?)\s+(?:considered\s+and\s+)?rejected|considered (?:and|but) rejected|ruled out|why not\b[^:?]{0,60}\??|[^:]{1,50}\b(?:left|kept) out (?:on purpose|deliberately|intentionally)|discarded|left out(?: on purpose| deliberately)?|deliberately (?:excluded|left out)|not used|avoid|don'?ts|never|out of scope|(?:today'?s|current|existing|legacy|old|previous)(?: (?:system|setup|state|pipeline|approach|model|ranker|baseline|process))|today|currently|status quo|as[- ]is)\s*:/i;

/**
 * The sentence asks, or names a risk, rather than claiming anything: a question, a list of things to
 * ask written as a statement, or a `Risk:` note. A red flag or mistake said there is not the plan.
 */
export function claimsNothing(text: string): boolean {
  const t = text.trimEnd();
  return asks(t) || RISK_KEY.test(t) || (ASKS.test(t) && !GIVES_REASON.test(t) && !ANSWERED_AFTER_COLON.test(t)) || (/:/.test(t) && LEFT_OUT_KEY.test(t.replace(/[*_]/g, '')));
}

// Every red-flag signal in a sentence asks this: worked out once a sentence.
const claimsNothingBySentence = new WeakMap<Analysis, Int8Array>();

function sentenceClaimsNothing(analysis: Analysis, sentence: number): boolean {
  let known = claimsNothingBySentence.get(analysis);
  if (!known) claimsNothingBySentence.set(analysis, (known = new Int8Array(analysis.sentences.length).fill(-1)));
  if (known[sentence]! < 0) known[sentence] = claimsNothing(analysis.sentences[sentence]!.text) || keyedToClaimNothing(analysis, sentence) ? 1 : 0;
  return known[sentence] === 1;
}

const CLARIFYING_QUESTION = /^[\s*_#>-]*(?:q\s*[:.]\s*)?(?:is|are|do|does|did|can|could|will|would|should|what|which|how|who|when|where|whether)\b/i;

/** A sentence that ends asking, past closing markup: "**Q: What is the objective: opens, or something else?**". */
function asks(text: string): boolean {
  return /\?[*_`"'\u201d)\]]*\s*$/.test(text);
}

const BOLD_LABEL_SENTENCE = /^\s*(?:[-*•+]\s+|\d+[.)]\s+)?\*\*([^*.!?]{1,30})\.\*\*$/;

/**
 * "**Excluded.** Sensitive attributes and their proxies (health or religion) ...": a bold label
 * closed by a full stop, on the same line, keys the sentence after it as "Excluded:" would.
 */
export function keyedToClaimNothing(analysis: Analysis, sentence: number): boolean {
  if (sentence === 0) return false;
  const before = analysis.sentences[sentence - 1]!;
  const s = analysis.sentences[sentence]!;
  if (analysis.text.slice(before.end, s.start).includes('\n')) return false;
  const label = BOLD_LABEL_SENTENCE.exec(before.text);
  return label !== null && claimsNothing(`${label[1]}: ${s.text}`);
}

const ALTERNATIVES_AFTER = /^,\s*[a-z][a-z -]{1,30}(?:,\s*[a-z][a-z -]{1,30}){0,3},?\s+or\s+[a-z]|^,\s+or\s+(?:something like|maybe|perhaps|possibly|ideally)\b/i;

/** What follows the phrase denies it: "accuracy is not useful here", "a feature store isn't needed". */
export function isDeniedAfter(analysis: Analysis, match: Match): boolean {
  return rejectedAfter(analysis, match, 'deny');
}

/** The phrase is denied, contrasted with something better, or criticised: a red-flag signal there does not count. */
const ON_THE_ALTERNATIVE = /[,;]\s*(?:and\s+|but\s+)?(?:anything\s+)?(?:more|less)\s+(?:often|frequent(?:ly)?|frequent retrains?|than (?:that|this))\s+(?:is|would be|'d be|seems|feels|sounds)\s+(?:just\s+|simply\s+|probably\s+)?(?:an?\s+)?$/i;
const PRONOUN_VERDICT = new RegExp(String.raw`^\s*(?:it|that|this)(?:'s|\s+is|\s+would be|\s+will be)\s+(?:just\s+|simply\s+|completely\s+|totally\s+)?(?:${[...STRONG_CRITICISM].join('|')})\b`, 'i');
// "... is what matters and the absolute probs are secondary": ranked below by a subject of its own, after the phrase.
// "time spent as the north star, with long-term DAU + meaningful interactions as secondary": the others are ranked below it.
// "accuracy on the test set, with fraud $ caught at <=0.5% ... as a secondary number": the same.
const OTHERS_RANKED_WITH = /,\s*(?:with|and)\s+[^;]{1,160}?\bas\s+(?:an?\s+)?$/i;
const OTHER_SUBJECT_RANKED = /\b(?:and|so|while|whereas|but)\s+(?:the\s+|their\s+|its\s+|our\s+)?(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:just\s+|only\s+|merely\s+)?$/i;
const WEAK_VERDICT = /\b(?:is|are|'s|'re)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+|pretty\s+)?weak\s+(?:headline|metric|target|objective|goal|measure|kpi|proxy|signal)\b/i;

// "clicks are a denser auxiliary signal, not the objective": demoted, then denied the goal's place.
const NOT_THE_GOAL_AFTER = /^[^.;]{0,60}?,\s*(?:but\s+)?not\s+(?:the|our|a|an)\s+(?:objective|goal|target|north[- ]star|primary metric|main metric|success metric|kpi)\b/i;
// "can quietly become "maximise time spent", which is explicitly *not* what we want": named to be refused;
// "ranking by predicted time spent is exactly what leadership doesn't want".
const NOT_WANTED_AFTER = /^[\s"'”’)*]*,?\s*(?:which|that)\s+(?:(?:is|'s|would be)\s+(?:explicitly\s+|clearly\s+|precisely\s+|exactly\s+|definitely\s+|really\s+)?\*?not\*?|isn'?t)\s+what\s+(?:we|i|you|they|the \w+)\s+(?:want|need|are after|'re after|care about)\b|^\s+(?:is|'s|are|would be)\s+(?:exactly|precisely|just)?\s*what\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:doesn'?t|does not|don'?t|do not|explicitly doesn'?t)\s+want\b/i;

// `Not "retrieve everything and tell the LLM to use only what the user may see"`: a quoted option turned down whole.
const DENIAL_BEFORE_QUOTE = /\b(?:not|never|no|avoid|instead of|rather than|don'?t|do not)\s*:?\s*$/i;

const MOVED_AWAY_FROM = /\b(?:shift|shifts|shifting|shifted|move|moves|moving|moved|switch|switches|switching|switched|pivot|pivots|pivoting|away)\s+from\s*["“']?\s*$/i;

function insideDeniedQuote(analysis: Analysis, match: Match): boolean {
  const before = analysis.text.slice(analysis.sentences[match.sentence]!.start, analysis.tokens[match.from]!.start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0 || before.slice(open + 1).includes('”')) return false;
  const prior = before.slice(0, open);
  // An odd number of straight quotes before it: this one closes a quote.
  if (before[open] === '"' && (prior.match(/"/g)?.length ?? 0) % 2 === 1) return false;
  return DENIAL_BEFORE_QUOTE.test(prior);
}

export function isRejected(analysis: Analysis, match: Match): boolean {
  // A question weighs the option; it does not choose it.
  if (sentenceClaimsNothing(analysis, match.sentence)) return true;
  if (insideDeniedQuote(analysis, match)) return true;
  // "a shift from "maximise opens" to "send what helps retention"": the option moved away from.
  if (MOVED_AWAY_FROM.test(analysis.text.slice(Math.max(analysis.sentences[match.sentence]!.start, analysis.tokens[match.from]!.start - 40), analysis.tokens[match.from]!.start))) return true;
  if (negatedBefore(analysis, match) || contrastedBefore(analysis, match) || rejectedAfter(analysis, match, 'criticise')) return true;
  // "the goal is bookings, not carousel CTR": a denial inside the matched span rejects it too, and so
  // does a turn between its words ("the success metric, because clicks ... pull different ways").
  for (let i = match.from + 1; i <= match.to; i++) {
    if (INSIDE_REJECTS.has(analysis.tokens[i]!.word)) return true;
  }
  // "clicks vs successful watches": one option weighed against others.
  const next = analysis.tokens[match.to + 1];
  const before = analysis.tokens[match.from - 1];
  const measured = before !== undefined && before.sentence === match.sentence && /^\d/.test(before.word);
  if (next && next.sentence === match.sentence && (next.word === 'vs' || next.word === 'versus') && !measured && !measuredAgainst(analysis, match.to + 1)) return true;
  // "Ranking on P(sent) alone would push ...": a match that ends inside notation is read from past its ")".
  const afterMatch = analysis.text.slice(analysis.tokens[match.to]!.end, analysis.sentences[match.sentence]!.end).replace(/^[)\]](?=\s)/, '');
  // "thumbs-up rate is a weak headline": the verdict can sit between the phrase's own words.
  if (WEAK_VERDICT.test(analysis.text.slice(analysis.tokens[match.from]!.start, analysis.tokens[match.to]!.end))) return true;
  // "Ranking by p_click alone is exactly the experiment that got rolled back": tried, and undone.
  if (ROLLED_BACK_AFTER.test(afterMatch)) return true;
  // "Time spent looks like the obvious target but you said it isn't": granted inside the phrase's own span, then faulted.
  if (CONCEDED_WITHIN.test(analysis.text.slice(analysis.tokens[match.from]!.start, analysis.sentences[match.sentence]!.end))) return true;
  // "per-pixel accuracy will look like 99.9% ...; it's meaningless here": the next part's "it" is the phrase.
  const semicolon = afterMatch.indexOf(';');
  if (semicolon >= 0 && PRONOUN_VERDICT.test(afterMatch.slice(semicolon + 1))) return true;
  // "can be optimised for clicks, registrations or ticket revenue": one of the options listed, not chosen.
  if (ALTERNATIVES_AFTER.test(afterMatch) || ANSWERED_NO.test(afterMatch) || NOT_WANTED_AFTER.test(afterMatch) || NOT_THE_GOAL_AFTER.test(afterMatch)) return true;
  // "coverage comes second"; "optimising opens alone can drift into spam": ranked below something, or weighed as a risk.
  if (DEMOTED_AFTER.test(afterMatch) || CONCEDED_THEN_FAULTED.test(afterMatch) || DOES_WELL_THEN_FAULTED.test(afterMatch) || KEPT_OUT_AFTER.test(afterMatch) || ONLY_KNOWN_AFTER.test(afterMatch) || LABEL_NOT_INPUT_AFTER.test(afterMatch) || CANNOT_AFTER.test(afterMatch) || GOES_STALE_AFTER.test(afterMatch) || (FAULTED_AFTER.test(afterMatch) && !personNotAllowed(analysis, match, afterMatch))) return true;
  // "a CTR lift alone doesn't count": the phrase ends in its own limit, and the next words deny it.
  if (LIMITS.has(analysis.tokens[match.to]!.word) && /^\s*(?:(?:should|must|can|could|would|will|may)\s+(?:never|not)|doesn'?t|does not|isn'?t|is not|won'?t|can'?t|cannot|never|is never|(?:only|just|merely)\s+(?:tells?|says?|measures?|shows?|captures?|checks?|reflects?|covers?|gives?|sees?)\b)/i.test(afterMatch)) return true;
  // "CTR alone ≠ win", "clicks != satisfaction": said to fall short of something.
  const s0 = analysis.sentences[match.sentence]!;
  if (NOT_EQUAL.test(analysis.text.slice(analysis.tokens[match.from]!.start, next && next.sentence === match.sentence ? next.start : s0.end))) return true;
  // "plain accuracy would be misleading because ...": criticism anywhere in the same sentence.
  const { tokens } = analysis;
  const s = analysis.sentences[match.sentence]!;
  // "ctr = proxy only", "clicks are just a proxy": demoted, not chosen.
  if (ONLY_A_PROXY.test(s.text)) return true;
  // "That rules out a pure dwell or click objective"; "a listwise loss ... gives up calibration".
  // "Tempting to sort by predicted dwell since ..., but raw time spent isn't the goal": granted as a temptation, then turned down.
  if (TEMPTED_BEFORE.test(analysis.text.slice(s.start, analysis.tokens[match.from]!.start)) && /\bbut\b/i.test(afterMatch)) return true;
  // "I'd keep report counts out of the detector's inputs": excluded around where it is named.
  if (KEEP_BEFORE.test(analysis.text.slice(s.start, analysis.tokens[match.from]!.start)) && OUT_OF_INPUTS_AFTER.test(analysis.text.slice(analysis.tokens[match.from]!.start, s.end))) return true;
  if (RULED_OUT.test(analysis.text.slice(s.start, analysis.tokens[match.from]!.start)) || NOT_YET_TRUSTED.test(analysis.text.slice(s.start, analysis.tokens[match.from]!.start)) || GIVES_UP.test(analysis.text.slice(analysis.tokens[match.to]!.end, s.end))) return true;
  if (preferredOver(analysis, match)) return true;
  // "whether it's clicks, purchases or revenue", "for example click-through rate or watch time":
  // options listed to ask about, not one chosen.
  if (OPTIONS_CONTEXT.test(s.text)) {
    for (let i = match.from + 1, k = 0; i < s.to && k < 5 + match.to - match.from; i++, k++) if (tokens[i]!.word === 'or') return true;
  }
  // ...within the phrase's own part of it: a semicolon starts another ("X is all this needs; tiling is over-engineering").
  const { from, to } = semicolonPart(analysis, match);
  // A part of a note that ends asking: "clarify: QPS; latency (200ms p99, ranking share?); labels?".
  if (to < s.to && ASKED_PART.test(analysis.text.slice(tokens[from]!.start, tokens[to]!.start))) return true;
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.word;
    // "the wrong-answer rate", "wrong labels": a kind of error named, not a verdict on the point.
    if (w === 'wrong' && ERROR_KINDS.has(tokens[i + 1]?.word ?? '')) continue;
    // "broken down per class": split, not faulted.
    if (w === 'broken' && (tokens[i + 1]?.word === 'down' || tokens[i + 1]?.word === 'out')) continue;
    // "retrain monthly, more often is overkill": the verdict is on the alternative, not on the phrase.
    if ((DISMISSED_AFTER.has(w) || STRONG_CRITICISM.has(w) || MILD_CRITICISM.has(w)) && i > match.to && ON_THE_ALTERNATIVE.test(analysis.text.slice(tokens[match.to]!.end, tokens[i]!.start))) continue;
    if (w === 'secondary' && i > match.to && (OTHER_SUBJECT_RANKED.test(analysis.text.slice(tokens[match.to]!.end, tokens[i]!.start)) || OTHERS_RANKED_WITH.test(analysis.text.slice(tokens[match.to]!.end, tokens[i]!.start)))) continue;
    // "calibration is secondary since the auction only needs ... the right order": the phrase is the reason given for the verdict.
    if (i < match.from && REASON_OPENS.test(analysis.text.slice(tokens[i]!.end, tokens[match.from]!.start))) continue;
    if ((DISMISSED_AFTER.has(w) || STRONG_CRITICISM.has(w) || MILD_CRITICISM.has(w)) && !(DISMISSED_AFTER.has(w) && describesShownThings(tokens, i))) return true;
    // "accuracy means nothing here", "tells us little".
    if ((w === 'nothing' || w === 'little') && i > match.to && SAYS.has(tokens[i - 1]!.word === 'us' || tokens[i - 1]!.word === 'you' ? tokens[i - 2]?.word ?? '' : tokens[i - 1]!.word)) return true;
  }
  return false;
}

// "strip any citation the user isn't allowed to open": the phrase ends on the person the clause is about.
const PERSON = new Set(['user', 'viewer', 'guest', 'member', 'customer', 'employee', 'reader', 'requester', 'asker', 'person', 'they', 'he', 'she']);
function personNotAllowed(analysis: Analysis, match: Match, afterMatch: string): boolean {
  const last = analysis.tokens[match.to]!.word;
  return PERSON.has(last) || PEOPLE.has(last) ? NOT_ALLOWED.test(afterMatch) : PERSON_NOT_ALLOWED.test(afterMatch);
}
const NOT_ALLOWED = /^\s+(?:(?:is|are|was|were)\s+not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+allowed\b/i;
// ...or the person comes just after it: "any citation the user isn't allowed to open".
const PERSON_NOT_ALLOWED = /^\s+(?:the\s+|a\s+|that\s+)?(?:users?|viewers?|guests?|members?|customers?|employees?|readers?|requesters?|people|persons?|they|he|she)\s+(?:(?:is|are|was|were)\s+not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+allowed\b/i;

const REASON_OPENS = /^\s*,?\s*(?:since|because|as|b\/c|given that)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The tokens of the match's sentence between the semicolons around it. */
function semicolonPart(analysis: Analysis, match: Match): { from: number; to: number } {
  const { tokens, text } = analysis;
  const s = analysis.sentences[match.sentence]!;
  const semicolonBefore = (i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(';');
  let from = match.from;
  while (from > s.from && !semicolonBefore(from)) from--;
  let to = match.to + 1;
  while (to < s.to && !semicolonBefore(to)) to++;
  return { from, to };
}

/**
 * The phrase is turned down where it stands: denied ("not", "instead of") or what a choice is
 * preferred over ("chose requests sent over accepted friendships").
 */
export function isTurnedDown(analysis: Analysis, match: Match): boolean {
  return isNegated(analysis, match) || contrastedBefore(analysis, match) || preferredOver(analysis, match);
}

/** What a choice is preferred over: "chose X over CTR", or "X over CTR b/c ..." with its reason. */
function preferredOver(analysis: Analysis, match: Match): boolean {
  const s = analysis.sentences[match.sentence]!;
  // "over" just before the match, or inside it before its last word ("north-star ... over CTR").
  for (let o = Math.max(s.from, match.from - 1); o < match.to; o++) {
    const t = analysis.tokens[o]!;
    if (t.word !== 'over') continue;
    // The match must end in what the choice is preferred over, not run on past its reason
    // ("north star over acceptance b/c sends are observed": the sends are chosen).
    if (CLAUSE_BREAK.test(analysis.text.slice(t.end, analysis.tokens[match.to]!.end))) continue;
    if (CHOICE_BEFORE_OVER.test(analysis.text.slice(s.start, t.end)) || REASON_AFTER.test(analysis.text.slice(analysis.tokens[match.to]!.end, s.end))) return true;
  }
  return false;
}

/**
 * The sentence waves something away ("no need for", "won't need", "not worth", "doesn't matter",
 * "skip", "overkill"). Loose word overlap in such a sentence is not evidence of anything.
 */
// Asked once for each criterion of a step about the same few sentences: the answer is kept.
const dismissingSentences = new WeakMap<Analysis, Int8Array>();

export function dismisses(analysis: Analysis, sentence: number): boolean {
  let known = dismissingSentences.get(analysis);
  if (!known) dismissingSentences.set(analysis, (known = new Int8Array(analysis.sentences.length).fill(-1)));
  if (known[sentence]! < 0) known[sentence] = sentenceDismisses(analysis, sentence) ? 1 : 0;
  return known[sentence] === 1;
}

const PEOPLE = new Set(['users', 'people', 'viewers', 'members', 'customers', 'guests', 'recipients', 'employees', 'creators', 'buyers', 'sellers', 'shoppers', 'searchers', 'attendees', 'cardholders']);
// "Users who would have opened the app anyway shouldn't need a push": people said not to need a thing.
function peopleNeedAThing(tokens: Analysis['tokens'], from: number, not: number, predicate: number): boolean {
  const word = tokens[predicate]!.word;
  if (word !== 'need' && word !== 'needs') return false;
  const next = tokens[predicate + 1]?.word;
  if (next !== 'a' && next !== 'an' && next !== 'another' && next !== 'more') return false;
  for (let i = from; i < not; i++) if (PEOPLE.has(tokens[i]!.word)) return true;
  return false;
}

function sentenceDismisses(analysis: Analysis, sentence: number): boolean {
  const { tokens } = analysis;
  const s = analysis.sentences[sentence]!;
  const clauses = s.text.split(/[,;:(]|\s[-–—]\s/);
  // "When dates are unknown, I skip ...": the clause after a condition holds under it.
  const conditional = CONDITION_OPENER.test(s.text);
  if (clauses.some((clause, c) => !(conditional && c <= 1) && DISMISSING_OPENER.test(clause.trim().replace(/^[-*•+]\s*/, '')))) return true;
  // A sneer anywhere in it, or a question it asks and answers with a verdict ("new cards? the model figures it out").
  const checks = checksFor(analysis, sentence);
  if (checks & (DISMISSIVE_STANCE | ANSWERED_WITH_VERDICT)) return true;
  // A note whose value is a verdict: "injection suites: security team's job, not eval".
  if (checks & KEY_VALUE && valueHasVerdict(s.text, false)) return true;
  for (let i = s.from; i < s.to; i++) {
    const w = tokens[i]!.word;
    if ((DISMISSED_AFTER.has(w) || DISMISSING_CUES.has(w)) && !deniedByNot(tokens, i, s.from) && !(i > s.from && LABELLED_AS.has(tokens[i - 1]!.word)) && !actedOn(tokens, i) && !(i > s.from && namesACategory(analysis, i)) && !describesShownThings(tokens, i)) return true;
    if ((w === 'not' || w === 'no' || w === 'never') && !noMatterHow(tokens, i)) {
      for (let j = i + 1, k = 0; j < s.to && k < 3; j++) {
        if (DISMISSING_PREDICATES.has(tokens[j]!.word) && !peopleNeedAThing(tokens, s.from, i, j)) return true;
        if (!tokens[j]!.small) k++;
      }
    }
  }
  return false;
}
