import { normalizeSpelling, type Analysis } from '../../text/analyze.js';
import { readsAsMistake } from '../../text/mistake-model.js';
import { claimsNothing, keyedToClaimNothing } from '../../text/negation.js';
import { TUNING } from '../tuning.js';
import { LEAKAGE } from './mistakes.js';
import type { CheckResult } from './types.js';

const LEARNED = 'Reads like a claim interviewers mark down, though no written rule names it (a learned reading: check it)';
// "rank by bid x pCTR", "score = P(click) × P(book | click)": a prediction weighted by what it is worth is
// the sound ranking the written click-objective rule spares; the learned reading has only seen "rank by P(click)".
// "... go into the labels (drop accidental clicks from positives), not into the features": placed, not leaked.
const LABEL_NOT_INPUT = /\b(?:labels?|targets?)\b[^.;]{0,80}?,?\s+not\s+(?:as\s+|in(?:to)?\s+)?(?:the\s+|an?\s+)?(?:features?|inputs?|feats)\b/i;
// "a device that has seen 9 cards today is a strong signal": a count said in the present perfect is
// what is known at the moment of scoring, not an outcome read back.
const COUNTED_SO_FAR = /\b(?:has|have)\s+(?:already\s+)?(?:seen|had|made|used|touched|hit|tried)\s+(?:\d+|many|several|a dozen)\s+[\w-]+\s+(?:today|this (?:hour|minute|session)|so far|in the (?:last|past) (?:\d+\s*)?(?:min(?:ute)?s?|hours?|h))\b/i;
// "Holding every post until the full model has run isn't on the table": the option named to be ruled out.
const RULED_OUT = /\b(?:is(?:n['’]?t| not)|are(?:n['’]?t| not)) (?:an option|on the table)\b|\b(?:is|are|'s|'re) (?:off the table|ruled out|out of the question|a non-?starter)\b|^\s*(?:there(?:['’]s| is)\s+)?no way (?:we|i|you|they|that|this)\b/i;
// "Joining today's chargeback table onto all 2 yrs of auths would leak disputes filed later": the leak named, to be avoided.
// "Whether the user started a session in the 2h after the send is the outcome we're trying to move, so it's the label."
const NAMED_THE_LABEL = /\b(?:it['’]?s|it is|is|are|as) (?:the|our) (?:labels?|targets?|outcome we(?:['’]re| are) (?:trying to|aiming to) (?:move|predict|change))\b/i;
// "Label: opened + whether a session happened in the 2h after send": a note keyed as the label says what is
// predicted, not an input (though "labels = user reports" can still state a wrong label).
// "label_click = click in the same session" names one label of several.
export const KEYED_AS_LABEL = /^\s*(?:[-*•]\s*)?(?:the\s+)?(?:labels?|targets?|y)(?:_[a-z0-9]+)?\s*[:=]/i;
// "Analyst review outcome and issuer fraud-report flag stay out of the inputs on purpose": kept out, not fed in.
const KEPT_OUT_OF_INPUTS = /\b(?:stays?|stayed|kept|keep|keeps|left|leave|leaves)\s+out\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:inputs?|features?|feats|model)\b/i;
// "mAP@0.5 on held-out crops is secondary, it averages away the small misses": demoted below the headline, not chosen.
const DEMOTED = /\b(?:is|are|'s|stays?|kept as|only as|just as)\s+(?:only\s+|just\s+)?(?:an?\s+)?secondary\b|\bcomes?\s+second\b|\bas\s+an?\s+(?:aux|auxiliary|side|secondary)\s+(?:task|head|signal|objective|loss|label)\b|\bnot\s+as\s+the\s+(?:thing|target|objective|metric|label|score)\s+(?:we|i)\s+(?:rank|sort|optimi[sz]e|order)\b/i;
// "Pointwise multi-task is simpler to serve at 400k QPS and good enough": a choice defended by what it costs.
const SIMPLER_TO_RUN = /\b(?:is|are|'s)\s+(?:much\s+|far\s+)?(?:simpler|cheaper|faster|easier)\s+to\s+(?:serve|train|run|maintain|debug|calibrate|deploy|explain|operate)\b/i;
const SAYS_IT_WOULD_LEAK = /\bwould\s+(?:leak|include|see|count|contain|peek)\b/i;
// "The events table only holds today's count, which for past impressions includes sales made after the user saw the event": the leak explained.
const INCLUDES_WHAT_CAME_AFTER = /\binclud(?:e|es|ing)\b[^.;]{0,40}\b(?:made|placed|sold|bought|booked|added|recorded|logged|happen\w*|occurr\w*)\s+after\b/i;
// "Headline = fraud $ caught at <=0.5% legit declined/challenged": a catch rate read at an operating point.
const AT_AN_OPERATING_POINT = /\b(?:caught|catch|recall|detected)\b[^.;]{0,20}?\bat\s*(?:<=|≤|<|under|below|a fixed|fixed)\s*~?\d/i;
// "sales rank taken from the daily listing snapshot for the search date": read as it stood at the moment.
const AS_IT_STOOD = /\b(?:snapshot|snapshots|state|values?)\s+(?:for|of|on|as of|from)\s+(?:the|that|each|every)\s+(?:search|query|impression|send|request|auth\w*|transaction|booking|event|example'?s?|row'?s?)\s+(?:date|day|time|moment)\b/i;
// "Offline, we replay logged queries against the full index including new listings": an evaluation run, not a
// feature; but a replay scored by what users clicked or saved under the old model favours that model.
const REPLAYS_LOGGED = /\breplay(?:s|ed|ing)?\s+(?:the\s+|our\s+|last\s+\w+['’]s\s+)?(?:logged|historical|past|recorded|old)\s+(?:queries|searches|requests|traffic|sessions)\b/i;
const SCORED_BY_LOGGED_ENGAGEMENT = /\b(?:click\w*|sav(?:e|es|ed|ing)|engag\w*|bought|purchas\w*|watch\w*)\b/i;
// "If the new encoder has higher offline recall@20, we A/B it on saves and outbound clicks and launch on that":
// the online test the offline gain must pass, not the offline gain taken for an online one.
const LAUNCHED_ON_AN_ONLINE_TEST = /\b(?:a\/b|ab)(?:[- ]test)?\s+(?:it|them|the new [\w-]+)\b[^.;]{0,80}\b(?:launch|ship)\w*\s+on\s+(?:that|it|the result|those|them)\b/i;
const RANKS_BY_A_PRODUCT = /\b(?:rank|ranks|ranked|ranking|sort|sorted|order|ordered|score)\b[^.;]{0,12}?(?:\bby\b|=)\s*(?:[\w()|,-]+\s*){1,4}?(?:x|×|\*|·)\s*(?:p\(|p[a-z]{2,5}\b|e\[|bid|value|price|expected|predicted)/i;

/**
 * A sentence the check passes over by its words alone, whatever the models read in it: one ranked by
 * a product, a label placed as no input, a count so far, an option ruled out or kept out of the
 * inputs, a leak named to be avoided, the label named. Training leaves these out of a pair's sound
 * examples: they name the mistake to set it aside, and would teach the models its words are sound.
 */
export function setAsideByRule(text: string): boolean {
  return RANKS_BY_A_PRODUCT.test(text) || LAUNCHED_ON_AN_ONLINE_TEST.test(text) || LABEL_NOT_INPUT.test(text) || COUNTED_SO_FAR.test(text) || RULED_OUT.test(text) || KEPT_OUT_OF_INPUTS.test(text) || SAYS_IT_WOULD_LEAK.test(text) || SIMPLER_TO_RUN.test(text) || INCLUDES_WHAT_CAME_AFTER.test(text) || AS_IT_STOOD.test(text) || AT_AN_OPERATING_POINT.test(text) || NAMED_THE_LABEL.test(text);
}

/**
 * The first sentence the learned reading (src/text/mistake-model.ts) takes for a mistake, among
 * those no written mistake or red flag has already flagged (`skip`): one flag quoting it, and the
 * step held at `caps.learnedMistake`. Unlike a written mistake's, its words keep what they earn
 * (see pipeline.ts).
 */
export function findLearnedMistakes(analysis: Analysis, skip: ReadonlySet<number>): CheckResult[] {
  for (const s of analysis.sentences) {
    if (skip.has(s.index)) continue;
    const read = readsAsMistake(analysis, s.index);
    // Questions and `Risk:` notes claim nothing.
    if (!read || claimsNothing(normalizeSpelling(s.text)) || keyedToClaimNothing(analysis, s.index) || setAsideByRule(s.text) || (read !== 'leakage' && DEMOTED.test(s.text)) || (read === 'leakage' && KEYED_AS_LABEL.test(s.text)) || (REPLAYS_LOGGED.test(s.text) && !SCORED_BY_LOGGED_ENGAGEMENT.test(s.text))) continue;
    const quote = s.text.length > 140 ? `${s.text.slice(0, 137)}...` : s.text;
    const description = read === 'leakage' ? `${LEAKAGE.description}, as a learned reading takes it: check it` : LEARNED;
    return [{ kind: 'mistake', message: `${description} ("${quote}")`, quote: s.text, cap: TUNING.caps.learnedMistake }];
  }
  return [];
}
