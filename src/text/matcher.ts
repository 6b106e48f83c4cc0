import { phraseStems, type Analysis } from './analyze.js';

/**
 * Phrase patterns: "(new|first-time) (user|viewer)" matches one choice per group; "word?" and
 * "(a|b)?" are optional. A compiled pattern is the list of its expansions, each a list of stems
 * that must all occur close together in one sentence, in any order.
 */
export type CompiledPattern = string[][];

const MAX_EXPANSIONS = 256;

type Element = { choices: string[]; optional: boolean };

function parsePattern(pattern: string): Element[] {
  const elements: Element[] = [];
  const re = /\(([^()]*)\)(\?)?|([^\s()]+)/g;
  for (const m of pattern.matchAll(re)) {
    if (m[1] !== undefined) elements.push({ choices: m[1].split('|').map((c) => c.trim()), optional: m[2] === '?' });
    else {
      const word = m[3]!;
      const optional = word.endsWith('?') && word.length > 1;
      elements.push({ choices: [optional ? word.slice(0, -1) : word], optional });
    }
  }
  return elements;
}

export function compilePattern(pattern: string): CompiledPattern {
  // Stem each choice once, then combine the stem lists: far cheaper than stemming every expansion.
  let expansions: string[][] = [[]];
  for (const element of parsePattern(pattern)) {
    // A choice made only of small words ("any") matches nothing, rather than making its element optional.
    const choices = element.choices.map((c) => phraseStems(c)).filter((stems) => stems.length > 0);
    if (choices.length === 0) continue;
    if (element.optional) choices.push([]);
    const next: string[][] = [];
    for (const prefix of expansions) for (const choice of choices) next.push(prefix.concat(choice));
    expansions = next.slice(0, MAX_EXPANSIONS);
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const stems of expansions) {
    const key = stems.join(' ');
    if (stems.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(stems);
  }
  return out;
}

export interface Match {
  /** First and last token of the match. */
  from: number;
  to: number;
  sentence: number;
}

/** How far apart the words of a k-word phrase may be, counted in tokens from first to last. */
export function maxSpan(k: number): number {
  return 2 * k + 1;
}

/** Plain-language descriptions ramble more than terms do, so they get a wider window. */
export function looseSpan(k: number): number {
  return 3 * k + 2;
}

/** Every place in the text where one of the pattern's expansions occurs. */
export function findMatches(pattern: CompiledPattern, analysis: Analysis, options: { ordered?: boolean; loose?: boolean } = {}): Match[] {
  const out: Match[] = [];
  const { index } = analysis;
  // Indexed loops: this runs for every expansion of every pattern, mostly before V8 optimises it,
  // and an unoptimised for-of pays for an iterator call per element.
  for (let e = 0; e < pattern.length; e++) {
    const stems = pattern[e]!;
    // Most expansions miss a word: check before allocating anything (this loop is the hot path).
    let present = true;
    for (let i = 0; i < stems.length && present; i++) present = index.has(stems[i]!);
    if (!present) continue;
    const lists = stems.map((s) => index.get(s)!);
    if (stems.length === 1) {
      const positions = lists[0]!;
      for (let i = 0; i < positions.length; i++) out.push({ from: positions[i]!, to: positions[i]!, sentence: analysis.tokens[positions[i]!]!.sentence });
      continue;
    }
    const found = windows(stems, lists, analysis, options.loose ? looseSpan(stems.length) : maxSpan(stems.length));
    // "friends of friends" must not match "friend or not friend": a phrase that repeats a word
    // is matched in order and nearly contiguous.
    const repeats = new Set(stems).size < stems.length;
    const kept = repeats ? found.filter((m) => m.to - m.from <= stems.length && inOrder(stems, m, analysis)) : found;
    out.push(...(options.ordered ? kept.filter((m) => inOrder(stems, m, analysis)) : kept));
  }
  return out;
}

/** Smallest windows, sentence by sentence, that hold every stem of the phrase. */
function windows(stems: string[], lists: number[][], analysis: Analysis, limit: number): Match[] {
  const need = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) need.set(stems[i]!, (need.get(stems[i]!) ?? 0) + 1);
  const events: { pos: number; stem: string }[] = [];
  // One event per position and stem: a stem is known by the place it first appears in the phrase.
  const seen = new Set<number>();
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const first = stems.indexOf(s);
    const positions = lists[i]!;
    for (let k = 0; k < positions.length; k++) {
      const key = positions[k]! * stems.length + first;
      if (!seen.has(key)) {
        seen.add(key);
        events.push({ pos: positions[k]!, stem: s });
      }
    }
  }
  events.sort((a, b) => a.pos - b.pos);
  const out: Match[] = [];
  const have = new Map<string, number>();
  let satisfied = 0;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    const r = events[right]!;
    // Reset the window at a sentence boundary.
    if (right > left && analysis.tokens[r.pos]!.sentence !== analysis.tokens[events[left]!.pos]!.sentence) {
      have.clear();
      satisfied = 0;
      left = right;
    }
    const count = (have.get(r.stem) ?? 0) + 1;
    have.set(r.stem, count);
    if (count === need.get(r.stem)) satisfied++;
    while (satisfied === need.size) {
      const l = events[left]!;
      if (r.pos - l.pos + 1 <= limit) {
        out.push({ from: l.pos, to: r.pos, sentence: analysis.tokens[l.pos]!.sentence });
      }
      const c = have.get(l.stem)! - 1;
      have.set(l.stem, c);
      if (c < need.get(l.stem)!) satisfied--;
      left++;
    }
  }
  return out;
}

/** The phrase's words occur in the window in the order written (for red-flag signals). */
function inOrder(stems: string[], match: Match, analysis: Analysis): boolean {
  let next = 0;
  for (let i = match.from; i <= match.to && next < stems.length; i++) {
    if (analysis.tokens[i]!.stem === stems[next]) next++;
  }
  return next === stems.length;
}
