import type { Analysis } from './analyze.js';
import type { Match } from './matcher.js';

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

const CUES = new Set(['not', 'no', 'never', 'neither', 'nor', 'avoid', 'avoiding', 'instead', 'rather', 'without', 'wo', 'skip', 'skipping', 'forget', 'ignore', 'ignoring', 'unnecessary', 'needless', 'pointless']);
// Cues that only dismiss when they reach the phrase directly ("skip monitoring", not "skip the first 3 clicks").
const NEAR_ONLY = new Set(['skip', 'skipping', 'forget', 'ignore', 'ignoring']);
const SCOPE_ENDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'so', 'because', 'bc', 'since', 'then', 'only', 'just', 'unless', 'until', 'except']);
// Words a negation reaches through: "not use accuracy", "no need to worry about cold start".
const TRANSPARENT = new Set(
  `use using used rely relying optimize optimizing optimise train training pick choose trust report measure look treat apply
  go need needs needed want recommend show just simply plain raw overall really worry bother care handle have build add
  consider include compare comparing about bothering worrying separate dedicated explicit any real extra special fancy
  multiple complex complicated heavy`.split(/\s+/),
);
const LOOKBACK = 6;

// After the phrase, in its clause: "X is not worth ...", "X doesn't matter", "X isn't an issue".
const NOT_PREDICATES = new Set(['worth', 'need', 'needed', 'necessary', 'required', 'matter', 'matters', 'issue', 'concern', 'problem', 'important', 'relevant', 'useful', 'helpful', 'applicable', 'worry', 'priority', 'needs', 'big', 'deal', 'bother', 'value', 'valuable', 'point', 'something', 'work', 'works', 'fit', 'suitable', 'appropriate', 'good', 'informative', 'meaningful', 'reliable', 'enough', 'sufficient', 'ideal', 'great', 'tell', 'capture', 'reflect', 'mean']);
const DISMISSED_AFTER = new Set(['unnecessary', 'irrelevant', 'overkill', 'pointless', 'useless', 'meaningless', 'misleading', 'wrong', 'inflated', 'trap', 'negligible', 'moot', 'skip', 'skipped', 'skippable', 'superfluous', 'redundant', 'premature', 'waste']);
// Milder criticism: enough to clear a red flag, not to deny credit.
const MILD_CRITICISM = new Set(['insufficient', 'inadequate', 'unreliable', 'bad', 'poor', 'fail', 'fails', 'broken', 'naive', 'flawed', 'worse', 'misleads', 'hides', 'hide', 'lies', 'fooled', 'useless']);
const LOOKAHEAD = 8;

// Contrast before the phrase: "more than accuracy", "beyond accuracy", "not just accuracy", "over clicks".
const CONTRASTS = new Set(['than', 'beyond', 'over', 'vs', 'versus', 'replacing', 'replace', 'not']);

function negatedBefore(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const sentenceStart = analysis.sentences[match.sentence]!.from;
  for (let i = match.from - 1, steps = 0; i >= sentenceStart && steps < LOOKBACK; i--, steps++) {
    // A comma, colon or bracket between the cue and the phrase ends the cue's scope.
    if (tokens[i + 1]!.breakBefore) return false;
    const t = tokens[i]!;
    if (SCOPE_ENDS.has(t.word)) return false;
    if (CUES.has(t.word)) {
      const next = tokens[i + 1];
      // "not only", "not just": emphasis, not negation; "rather" negates only as "rather than".
      if (t.word === 'not' && next && (next.word === 'only' || next.word === 'just')) return false;
      if (t.word === 'rather' && next?.word !== 'than') return false;
      if (NEAR_ONLY.has(t.word) && steps > 1) return false;
      return true;
    }
    if (!t.small && !TRANSPARENT.has(t.word)) return false;
  }
  return false;
}

/** "X is not worth it", "X doesn't matter", "X is overkill": the clause after the phrase dismisses it. */
function dismissedAfter(analysis: Analysis, match: Match, mild: boolean): boolean {
  const { tokens } = analysis;
  const sentenceEnd = analysis.sentences[match.sentence]!.to;
  for (let i = match.to + 1, steps = 0; i < sentenceEnd && steps < LOOKAHEAD; i++, steps++) {
    const t = tokens[i]!;
    if (t.breakBefore || SCOPE_ENDS.has(t.word)) return false;
    if (DISMISSED_AFTER.has(t.word) || (mild && MILD_CRITICISM.has(t.word))) return true;
    if (t.word === 'not' || t.word === 'no' || t.word === 'never') {
      const next = tokens[i + 1];
      if (next && (next.word === 'only' || next.word === 'just')) return false;
      // Within a few words, skipping small ones: "not really worth", "isn't something we need".
      for (let j = i + 1, k = 0; j < sentenceEnd && k < 4; j++) {
        const w = tokens[j]!;
        if (w.breakBefore) break;
        if (NOT_PREDICATES.has(w.word)) return true;
        if (!w.small && w.word !== 'really') k++;
      }
      return false;
    }
  }
  return false;
}

/** The phrase is denied or dismissed: it earns no credit. */
export function isNegated(analysis: Analysis, match: Match): boolean {
  return negatedBefore(analysis, match) || dismissedAfter(analysis, match, false);
}

function contrastedBefore(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const sentenceStart = analysis.sentences[match.sentence]!.from;
  for (let i = match.from - 1, steps = 0; i >= sentenceStart && steps < 3; i--, steps++) {
    if (tokens[i + 1]!.breakBefore) return false;
    const t = tokens[i]!;
    if (CONTRASTS.has(t.word)) {
      // "not accuracy" is a negation; "not just accuracy" puts accuracy beside something better.
      if (t.word === 'not') return tokens[i + 1]?.word === 'just' || tokens[i + 1]?.word === 'only';
      return true;
    }
    if (!t.small && t.word !== 'just' && t.word !== 'plain' && t.word !== 'raw' && t.word !== 'only') return false;
  }
  return false;
}

/** The phrase is denied, contrasted with something better, or criticised: a red-flag signal there does not count. */
export function isRejected(analysis: Analysis, match: Match): boolean {
  if (negatedBefore(analysis, match) || contrastedBefore(analysis, match) || dismissedAfter(analysis, match, true)) return true;
  // "plain accuracy would be misleading because ...": criticism anywhere in the same sentence.
  const { tokens } = analysis;
  const s = analysis.sentences[match.sentence]!;
  for (let i = s.from; i < s.to; i++) {
    const w = tokens[i]!.word;
    if (DISMISSED_AFTER.has(w) || MILD_CRITICISM.has(w)) return true;
  }
  return false;
}

/**
 * The sentence waves something away ("no need for", "won't need", "not worth", "doesn't matter",
 * "skip", "overkill"). Loose word overlap in such a sentence is not evidence of anything.
 */
export function dismisses(analysis: Analysis, sentence: number): boolean {
  const { tokens } = analysis;
  const s = analysis.sentences[sentence]!;
  for (let i = s.from; i < s.to; i++) {
    const w = tokens[i]!.word;
    if (DISMISSED_AFTER.has(w) || NEAR_ONLY.has(w)) return true;
    if (w === 'not' || w === 'no' || w === 'never') {
      for (let j = i + 1, k = 0; j < s.to && k < 3; j++) {
        if (NOT_PREDICATES.has(tokens[j]!.word)) return true;
        if (!tokens[j]!.small) k++;
      }
    }
  }
  return false;
}
