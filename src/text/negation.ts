import type { Match } from './matcher.js';
import type { Analysis } from './analyze.js';

// "We would not use accuracy", "instead of accuracy", "rather than clicks", "never retrain": the
// phrase that follows a negation within a few words, with no comma or contrast word between.
const CUES = new Set(['not', 'no', 'never', 'neither', 'nor', 'avoid', 'avoiding', 'instead', 'rather', 'without']);
const SCOPE_ENDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'so', 'because', 'since', 'then', 'only', 'just']);
// Verbs a negation reaches through: "not use accuracy", "never rely on clicks alone".
const TRANSPARENT = new Set(['use', 'using', 'used', 'rely', 'relying', 'optimize', 'optimizing', 'optimise', 'train', 'training', 'pick', 'choose', 'trust', 'report', 'measure', 'look', 'treat', 'apply', 'go', 'need', 'want', 'recommend', 'show', 'just', 'simply', 'plain', 'raw', 'overall']);
const LOOKBACK = 4;

// Words after a phrase that reject it outright: "accuracy is misleading here".
const STRONG_CRITICISM = new Set(['misleading', 'useless', 'meaningless', 'pointless', 'wrong', 'inflated', 'trap']);
// Words that criticise it more mildly; enough to clear a red flag, not to deny credit.
const MILD_CRITICISM = new Set(['insufficient', 'inadequate', 'unreliable', 'bad', 'poor', 'fail', 'fails', 'broken', 'naive', 'flawed', 'worse']);
const LOOKAHEAD = 6;

function negatedBefore(analysis: Analysis, match: Match): boolean {
  const { tokens } = analysis;
  const sentenceStart = analysis.sentences[match.sentence]!.from;
  for (let i = match.from - 1, steps = 0; i >= sentenceStart && steps < LOOKBACK; i--, steps++) {
    // A comma, colon or bracket between the cue and the phrase ends the cue's scope.
    if (tokens[i + 1]!.breakBefore) return false;
    const t = tokens[i]!;
    if (SCOPE_ENDS.has(t.word)) return false;
    if (!CUES.has(t.word) && !t.small && !TRANSPARENT.has(t.word)) return false;
    if (CUES.has(t.word)) {
      const next = tokens[i + 1];
      // "not only", "not just": emphasis, not negation; "rather" negates only as "rather than".
      if (t.word === 'not' && next && (next.word === 'only' || next.word === 'just')) return false;
      if (t.word === 'rather' && next?.word !== 'than') return false;
      return true;
    }
  }
  return false;
}

function criticisedAfter(analysis: Analysis, match: Match, words: Set<string>[]): boolean {
  const { tokens } = analysis;
  const sentenceEnd = analysis.sentences[match.sentence]!.to;
  for (let i = match.to + 1, steps = 0; i < sentenceEnd && steps < LOOKAHEAD; i++, steps++) {
    const t = tokens[i]!;
    if (t.breakBefore || SCOPE_ENDS.has(t.word)) return false;
    if (words.some((set) => set.has(t.word))) return true;
  }
  return false;
}

/** The phrase is denied ("not X", "instead of X", "X is misleading"): it earns no credit. */
export function isNegated(analysis: Analysis, match: Match): boolean {
  return negatedBefore(analysis, match) || criticisedAfter(analysis, match, [STRONG_CRITICISM]);
}

/** The phrase is denied or criticised: a red-flag signal in such a place does not count. */
export function isRejected(analysis: Analysis, match: Match): boolean {
  if (negatedBefore(analysis, match) || criticisedAfter(analysis, match, [STRONG_CRITICISM, MILD_CRITICISM])) return true;
  // "plain accuracy would be misleading because ...": criticism anywhere in the same clause.
  const { tokens } = analysis;
  const s = analysis.sentences[match.sentence]!;
  for (let i = s.from; i < s.to; i++) {
    if (STRONG_CRITICISM.has(tokens[i]!.word) || MILD_CRITICISM.has(tokens[i]!.word)) return true;
  }
  return false;
}
