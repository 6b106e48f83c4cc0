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
  for (const stems of pattern) {
    // Most expansions miss a word: check before allocating anything (this loop is the hot path).
    let present = true;
    for (let i = 0; i < stems.length && present; i++) present = index.has(stems[i]!);
    if (!present) continue;
    const lists = stems.map((s) => index.get(s)!);
    if (stems.length === 1) {
      for (const pos of lists[0]!) out.push({ from: pos, to: pos, sentence: analysis.tokens[pos]!.sentence });
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
  for (const s of stems) need.set(s, (need.get(s) ?? 0) + 1);
  const events: { pos: number; stem: string }[] = [];
  const seen = new Set<string>();
  stems.forEach((s, i) => {
    for (const pos of lists[i]!) {
      const key = `${pos}:${s}`;
      if (!seen.has(key)) {
        seen.add(key);
        events.push({ pos, stem: s });
      }
    }
  });
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
