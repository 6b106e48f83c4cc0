import type { Step } from '../../cases/schema.js';
import type { Analysis } from '../../text/analyze.js';
import { compileCasePattern, findCaseMatches, type CasePattern, type Match } from '../../text/matcher.js';
import { isDeniedAfter, isDeniedBefore, isDismissed, isRejected, isTurnedDown } from '../../text/negation.js';
import { quoteAround } from '../quote.js';
import { TUNING } from '../tuning.js';
import type { CheckResult } from './types.js';

/**
 * The case's own red flags: phrases that suggest a mistake particular to this problem. A signal
 * that is denied, contrasted or criticised where it stands ("more important than accuracy")
 * does not count. Each flag quotes what raised it and costs the step points.
 */

interface CompiledRedFlag {
  id: string;
  description: string;
  patterns: CasePattern[];
  /** Phrases that clear the flag in their sentence. */
  unless: CasePattern[];
}

/** Each red flag's compiled signals and clearing phrases, as the case's grading pack stores them. */
export type RedFlagPatterns = { signals: CasePattern[]; unless: CasePattern[] }[];

const compiled = new WeakMap<Step, CompiledRedFlag[]>();

export function redFlagPatterns(step: Step): RedFlagPatterns {
  return redFlagsOf(step).map((f) => ({ signals: f.patterns, unless: f.unless }));
}

export function seedRedFlagPatterns(step: Step, patterns: RedFlagPatterns): void {
  compiled.set(
    step,
    step.redFlags.map((r, i) => ({ id: r.id, description: r.description, patterns: patterns[i]!.signals, unless: patterns[i]!.unless })),
  );
}

function redFlagsOf(step: Step): CompiledRedFlag[] {
  let flags = compiled.get(step);
  if (!flags) {
    flags = step.redFlags.map((r) => ({ id: r.id, description: r.description, patterns: r.signals.map(compileCasePattern), unless: (r.unless ?? []).map(compileCasePattern) }));
    compiled.set(step, flags);
  }
  return flags;
}

export interface RedFlagsFound {
  results: CheckResult[];
  /** Sentences that raised a red flag: like a shared mistake, they earn no credit. */
  sentences: Set<number>;
}

// "Online primary: sent requests per impression; accepted friendships as a secondary readout": sound
// practice kept only on the side does not clear the flagged choice it sits beside.
// "topped up with reviewer decisions where we have them": a supplement where it happens to exist, not the practice.
const CALLED_SECONDARY = /^\s*(?:[\w-]+\s+){0,3}?(?:as|is|are|=|:|stays?|kept as)\s+(?:an?\s+|the\s+|only\s+an?\s+|just\s+an?\s+)?(?:secondary|side)\b|^\s*(?:where|when|if|whenever)\s+(?:we\s+(?:have|get|got)\s+(?:them|it|any|some)|(?:they(?:'re| are)|it(?:'s| is))\s+available|available)\b/i;
// "so there's no need to recheck them at serving time", "no re-check at request time": the clearing practice refused.
const REFUSED_JUST_BEFORE = /\b(?:no need to|no need for|needn['’]?t|(?:do|does|did)(?:n['’]?t| not) need to|no|never|without)\s+$/i;
const TAKEN_UP_NEXT = /\b(?:that|this|those|these)\s+(?:list|lists|candidates?|candidate set|set|cache|batch|output|index|table|top[- ]?\d+)\b/i;
const refusedJustBefore = (analysis: Analysis, m: Match) =>
  REFUSED_JUST_BEFORE.test(analysis.text.slice(analysis.sentences[m.sentence]!.start, analysis.tokens[m.from]!.start).replace(/\bre-?\s*$/i, ''));
// "calibration ... per segment hourly; retrain weekly": words joined across a semicolon are two notes, not one
// clearing phrase ("hourly retrain"); nor across ", so" or ", but": "the audience check done at cache time, so serving
// goes straight to ranking" is no serving-time check.
const acrossClauses = (analysis: Analysis, m: Match) => /;|,\s*(?:so|but|whereas)\s/.test(analysis.text.slice(analysis.tokens[m.from]!.start, analysis.tokens[m.to]!.end));
// "can everyone see everything? (No. Many documents ...)": a signal read across a question mark starts inside the question
// (not across a table's or note's question cell, "| Goal | Which loss? | Gross fraud, 40 bps ... |", nor into its
// answer: "What is the business objective? → Revenue from clicks.").
const acrossQuestion = (analysis: Analysis, m: Match) => /^[^|:;]*\?(?!\s*(?:->|→|=>|=|:))/.test(analysis.text.slice(analysis.tokens[m.from]!.start, analysis.tokens[m.to]!.end));
const calledSecondary = (analysis: Analysis, m: Match) =>
  CALLED_SECONDARY.test(analysis.text.slice(analysis.tokens[m.to]!.end, analysis.sentences[m.sentence]!.end));

export function findRedFlags(step: Step, analysis: Analysis, voided?: ReadonlySet<number>): RedFlagsFound {
  const out: CheckResult[] = [];
  const sentences = new Set<number>();
  for (const flag of redFlagsOf(step)) {
    // Sound practice waved away, or turned down for the flagged choice, does not clear the flag:
    // "stratifying by drive adds nothing", "chose requests sent over accepted friendships".
    // Asked of each sentence once, however many of the flag's signals it holds.
    const clearingIn = new Map<number, Match[]>();
    const cleared = (signal: Match) => {
      const { sentence } = signal;
      let clearing = clearingIn.get(sentence);
      if (clearing === undefined) {
        // "a LambdaMART ranker ... It runs comfortably within 80 ms": a sentence opened by "it", or by the
        // work itself ("Scoring 1,000 candidates on CPU fits well inside 80 ms"), speaks of what the one before it named.
        const from = sentence > 0 && PRONOUN_OPENER.test(analysis.sentences[sentence]!.text) ? sentence - 1 : sentence;
        // "- click = 1 if the impression was clicked;" goes on in the next item: "- watch time, capped ...";
        // "Nightly batch builds per-user candidates." goes on where the next sentence takes up "that list".
        const next = analysis.sentences[sentence + 1];
        const to = next && (analysis.sentences[sentence]!.text.trimEnd().endsWith(';') || TAKEN_UP_NEXT.test(next.text)) ? sentence + 1 : sentence;
        clearing = flag.unless.flatMap((p) => findCaseMatches(p, analysis).filter((m) => m.sentence >= from && m.sentence <= to && !acrossClauses(analysis, m) && !isDismissed(analysis, m) && !isTurnedDown(analysis, m) && !calledSecondary(analysis, m) && !refusedJustBefore(analysis, m)));
        clearingIn.set(sentence, clearing);
      }
      // "40% of docs are group-restricted, but for v1 we can live without ACL handling": a fact granted
      // before a turn does not clear the choice made after it.
      return clearing.some((m) => !(m.sentence === sentence && m.to < signal.from && TURNED.test(analysis.text.slice(analysis.tokens[m.to]!.end, analysis.tokens[signal.from]!.start))));
    };
    // Two signals over one phrase are one mention: in "I would not use a pairwise ranking loss" the
    // denial reaches "pairwise ranking" but not "ranking loss", past the word "pairwise".
    const partOfRejected = (m: Match) =>
      flag.patterns.some((p) => findCaseMatches(p, analysis, ORDERED).some((o) => o.sentence === m.sentence && o.from < m.from && m.from <= o.to && isDeniedBefore(analysis, o)));
    const stated = (pattern: CasePattern) =>
      statedMatches(analysis, findCaseMatches(pattern, analysis, ORDERED), (m) => !voided?.has(m.sentence) && !acrossQuestion(analysis, m) && !cleared(m) && !partOfRejected(m));
    let found: Match[] = [];
    let p = 0;
    while (p < flag.patterns.length && found.length === 0) found = stated(flag.patterns[p++]!);
    const hit = found[0];
    if (!hit) continue;
    // Every sentence that states the flagged choice earns nothing, not only the one quoted: "no
    // filtering at request time" and "delisted listings drop out at the next nightly run" are one plan.
    for (const m of found) sentences.add(m.sentence);
    for (; p < flag.patterns.length; p++) for (const m of stated(flag.patterns[p]!)) sentences.add(m.sentence);
    const quote = quoteAround(analysis, hit, 120);
    out.push({
      kind: 'red-flag',
      id: flag.id,
      message: `${flag.description} ("${quote}")`,
      quote,
      penalty: out.length < TUNING.redFlagMax ? TUNING.redFlagPenalty : 0,
    });
  }
  return { results: out, sentences };
}

const ORDERED = { ordered: true };
const PRONOUN_OPENER = /^\W*(?:it|scoring|serving|running)\s/i;

/**
 * The matches that state the flagged choice, in the order found. A term denied by what follows it
 * stays denied for the rest of the sentence: in "Accuracy is not useful here: predicting legitimate for
 * everything gives 99.9% accuracy", the second "accuracy" is the reason for the first's dismissal.
 */
function statedMatches(analysis: Analysis, matches: Match[], admissible: (m: Match) => boolean): Match[] {
  // Where in each sentence the first denied mention ends: a mention that starts after it is the same one again,
  // unless a turn ("but", "however") comes between.
  const deniedUpTo = new Map<number, number>();
  for (const m of matches) if (isDeniedAfter(analysis, m)) deniedUpTo.set(m.sentence, Math.min(m.to, deniedUpTo.get(m.sentence) ?? Infinity));
  // "I would not treat this as a pure learning-to-rank problem, because ranking losses ignore calibration":
  // a term turned down, then named again in the reason for it.
  // Asked once per match: the filter below reads the same answers.
  const rejected = new Set(matches.filter((m) => isRejected(analysis, m)));
  const inTheReason = (m: Match) =>
    [...rejected].some((r) => {
      if (r.sentence !== m.sentence || r.from >= m.from) return false;
      const between = analysis.text.slice(analysis.tokens[r.from]!.end, analysis.tokens[m.from]!.start);
      return REASON_GIVEN.test(between) && !TURNED.test(between) && !between.includes(';');
    });
  const sameMention = (m: Match) => {
    const upTo = deniedUpTo.get(m.sentence);
    if (upTo !== undefined && m.from > upTo && !TURNED.test(analysis.text.slice(analysis.tokens[upTo]!.end, analysis.tokens[m.from]!.start))) return true;
    return inTheReason(m);
  };
  return matches.filter((m) => !sameMention(m) && !rejected.has(m) && admissible(m));
}
const TURNED = /\b(?:but|however|yet|though|although)\b/i;
const REASON_GIVEN = /\b(?:because|since|b\/c|bc)\b|\bgiven that\b/i;
