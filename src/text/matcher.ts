import { joinSmallPairs, phraseStems, type Analysis } from './analyze.js';

/**
 * Phrase patterns: "(new|first-time) (user|viewer)" matches one choice per group; "word?" and
 * "(a|b)?" are optional. A compiled pattern is the list of its expansions, each a list of stems
 * that must all occur close together in one sentence, in any order.
 */
export type CompiledPattern = string[][];

const MAX_EXPANSIONS = 256;
const CASE_PATTERN_EXPANSIONS = 1024;

type Element = { choices: string[]; optional: boolean };

function parsePattern(pattern: string): Element[] {
  const elements: Element[] = [];
  const re = /\(([^()]*)\)(\?)?|([^\s()]+)/g;
  for (const m of joinSmallPairs(pattern).matchAll(re)) {
    if (m[1] !== undefined) elements.push({ choices: m[1].split('|').map((c) => c.trim()), optional: m[2] === '?' });
    else {
      const word = m[3]!;
      const optional = word.endsWith('?') && word.length > 1;
      elements.push({ choices: [optional ? word.slice(0, -1) : word], optional });
    }
  }
  return elements;
}

/** Thesaurus and keyword patterns keep their first 256 expansions: the thesaurus index files every one. */
export function compilePattern(pattern: string): CompiledPattern {
  return expandPattern(pattern, MAX_EXPANSIONS).expansions;
}

/**
 * A case concept or red-flag signal: anchors, the first words of the choices of its most selective
 * required element (an answer with none of them cannot match, so most patterns are passed over
 * after a few lookups), and its expansions, kept as the stems of each element's choices and
 * multiplied out only for the patterns an answer gets past the anchors of. A grading pack stores
 * that form, far smaller than the expansions it stands for (one signal's 3 x 2 x 3 choices are 18
 * expansions): the cap, then one line an element, its choices "stem stem|stem", an optional
 * element ending in an empty choice.
 */
export type CasePattern = [anchors: string[], choices: string];

/** A red-flag signal keeps up to 1,024 expansions: a long list of phrasings must not lose its tail. */
export function compileCasePattern(pattern: string): CasePattern {
  return packedPattern(pattern, CASE_PATTERN_EXPANSIONS);
}

/** A concept keeps its first 256, as it always has: past that, matching costs more than it finds. */
export function compileConceptPattern(pattern: string): CasePattern {
  return packedPattern(pattern, MAX_EXPANSIONS);
}

interface Unpacked {
  elements: string[][][];
  /** How many combinations one choice of each element stands for: a choice's place in the product is a sum of these. */
  stride: number[];
  max: number;
}

const unpackedPatterns = new WeakMap<CasePattern, Unpacked>();

function unpacked(elements: string[][][], max: number): Unpacked {
  const stride = new Array<number>(elements.length);
  for (let k = elements.length - 1, size = 1; k >= 0; size *= elements[k]!.length, k--) stride[k] = size;
  return { elements, stride, max };
}

function unpack(pattern: CasePattern): Unpacked {
  let found = unpackedPatterns.get(pattern);
  if (!found) {
    const [max, ...lines] = pattern[1].split('\n');
    found = unpacked(lines.map((element) => element.split('|').map((choice) => (choice === '' ? [] : choice.split(' ')))), Number(max));
    unpackedPatterns.set(pattern, found);
  }
  return found;
}

/** A case pattern's expansions, multiplied out: the first `max` combinations, without repeats or the empty one. */
export function expansionsOf(pattern: CasePattern): CompiledPattern {
  return combinations(unpack(pattern), () => true);
}

/** Every stem its expansions use, without multiplying them out: the choices that some kept combination takes. */
export function stemsOf(pattern: CasePattern): Set<string> {
  const { elements, stride, max } = unpack(pattern);
  const stems = new Set<string>();
  elements.forEach((choices, k) => choices.forEach((choice, i) => i * stride[k]! < max && choice.forEach((stem) => stems.add(stem))));
  return stems;
}

/**
 * The combinations, in order, whose every choice `usable` accepts: a choice it turns down prunes all
 * the combinations that take it, so an answer's matches are found without building the rest.
 */
function combinations({ elements, stride, max }: Unpacked, usable: (choice: string[]) => boolean): CompiledPattern {
  const out: string[][] = [];
  const seen = new Set<string>();
  const stems: string[] = [];
  const visit = (k: number, place: number): void => {
    if (k === elements.length) {
      const key = stems.join(' ');
      if (stems.length > 0 && !seen.has(key)) {
        seen.add(key);
        out.push(stems.slice());
      }
      return;
    }
    const choices = elements[k]!;
    for (let i = 0; i < choices.length; i++) {
      // Only the first `max` combinations are kept, as they always were.
      const at = place + i * stride[k]!;
      if (at >= max) break;
      const choice = choices[i]!;
      if (!usable(choice)) continue;
      for (const stem of choice) stems.push(stem);
      visit(k + 1, at);
      stems.length -= choice.length;
    }
  };
  visit(0, 0);
  return out;
}

export function findCaseMatches(pattern: CasePattern, analysis: Analysis, options: { ordered?: boolean; loose?: boolean } = {}): Match[] {
  const anchors = pattern[0];
  const { index } = analysis;
  if (anchors.length > 0) {
    let any = false;
    for (let i = 0; i < anchors.length && !any; i++) any = index.has(anchors[i]!);
    if (!any) return NONE;
  }
  const present = combinations(unpack(pattern), (choice) => {
    for (let i = 0; i < choice.length; i++) if (!index.has(choice[i]!)) return false;
    return true;
  });
  return present.length === 0 ? NONE : findMatches(present, analysis, options);
}

// Returned when nothing can match; frozen, since callers are handed it.
const NONE = Object.freeze([]) as unknown as Match[];

/** Each element's choices, stemmed once, and the anchors. */
function choicesOf(pattern: string): { anchors: string[]; elements: string[][][] } {
  const elements: string[][][] = [];
  let anchors: string[] = [];
  for (const element of parsePattern(pattern)) {
    // A choice made only of small words ("any") matches nothing, rather than making its element optional.
    const choices = element.choices.map((c) => phraseStems(c)).filter((stems) => stems.length > 0);
    if (choices.length === 0) continue;
    if (element.optional) choices.push([]);
    else if (anchors.length === 0 || choices.length < anchors.length) anchors = [...new Set(choices.map((c) => c[0]!))];
    elements.push(choices);
  }
  return { anchors, elements };
}

function packedPattern(pattern: string, max: number): CasePattern {
  const { anchors, elements } = choicesOf(pattern);
  return [anchors, [String(max), ...elements.map((choices) => choices.map((c) => c.join(' ')).join('|'))].join('\n')];
}

function expandPattern(pattern: string, max: number): { anchors: string[]; expansions: CompiledPattern } {
  const { anchors, elements } = choicesOf(pattern);
  return { anchors, expansions: combinations(unpacked(elements, max), () => true) };
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
    if (stems.length === 1) {
      const positions = index.get(stems[0]!)!;
      for (let i = 0; i < positions.length; i++) out.push({ from: positions[i]!, to: positions[i]!, sentence: analysis.tokens[positions[i]!]!.sentence });
      continue;
    }
    const found = windows(stems, analysis, options.loose ? looseSpan(stems.length) : maxSpan(stems.length));
    // "friends of friends" must not match "friend or not friend": a phrase that repeats a word
    // is matched in order and nearly contiguous.
    const repeats = hasRepeat(stems);
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      if (repeats && !(m.to - m.from <= stems.length && inOrder(stems, m, analysis))) continue;
      if (options.ordered && !inOrder(stems, m, analysis)) continue;
      out.push(m);
    }
  }
  return out;
}

function hasRepeat(stems: string[]): boolean {
  for (let i = 1; i < stems.length; i++) if (stems.lastIndexOf(stems[i]!, i - 1) >= 0) return true;
  return false;
}

// Working space for windows(), reused from call to call (it is called for every expansion found).
let keys = new Float64Array(64);
let stemOf = new Int32Array(64);
let at = new Int32Array(64);
let stem = new Int32Array(64);
let have = new Int32Array(8);

/** Smallest windows, sentence by sentence, that hold every stem of the phrase. */
function windows(stems: string[], analysis: Analysis, limit: number): Match[] {
  const { tokens, index } = analysis;
  const asides = analysis.asidesBefore;
  // Each distinct stem is known by its first place in the phrase; a repeated one must occur as often.
  const distinctOf: number[] = [];
  const need: number[] = [];
  let total = 0;
  for (let i = 0; i < stems.length; i++) {
    const first = stems.indexOf(stems[i]!);
    if (first === i) {
      distinctOf.push(need.length);
      need.push(1);
      total += index.get(stems[i]!)!.length;
    } else {
      distinctOf.push(distinctOf[first]!);
      need[distinctOf[first]!]!++;
    }
  }
  if (keys.length < total) {
    const size = 2 ** Math.ceil(Math.log2(total));
    [keys, stemOf, at, stem] = [new Float64Array(size), new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  if (have.length < need.length) have = new Int32Array(2 ** Math.ceil(Math.log2(need.length)));
  // The stems' positions in order, ties in the order found: sorted as numbers, position * total + order.
  let found = 0;
  for (let i = 0; i < stems.length; i++) {
    if (stems.indexOf(stems[i]!) !== i) continue; // A repeated stem has the same positions.
    const positions = index.get(stems[i]!)!;
    for (let k = 0; k < positions.length; k++) {
      keys[found] = positions[k]! * total + found;
      stemOf[found++] = distinctOf[i]!;
    }
  }
  keys.subarray(0, total).sort();
  let events = 0;
  for (let e = 0; e < total; e++) {
    const order = keys[e]! % total;
    const pos = (keys[e]! - order) / total;
    // A position listed twice for a stem is one event (the copies sort next to each other).
    if (events > 0 && at[events - 1] === pos && stem[events - 1] === stemOf[order]) continue;
    at[events] = pos;
    stem[events++] = stemOf[order]!;
  }
  const out: Match[] = [];
  have.fill(0, 0, need.length);
  let satisfied = 0;
  let left = 0;
  for (let right = 0; right < events; right++) {
    // Reset the window at a sentence boundary.
    if (right > left && tokens[at[right]!]!.sentence !== tokens[at[left]!]!.sentence) {
      have.fill(0, 0, need.length);
      satisfied = 0;
      left = right;
    }
    if (++have[stem[right]!]! === need[stem[right]!]) satisfied++;
    while (satisfied === need.length) {
      const from = at[left]!;
      const to = at[right]!;
      // Words inside brackets between the first and last do not count: "reports (3M a day) as positives".
      // Not a phrase that reaches into the brackets from outside them, nor out of them.
      const aside = asides && to - from > 1 && !tokens[from]!.aside && !tokens[to]!.aside ? asides[to]! - asides[from + 1]! : 0;
      if (to - from + 1 - aside <= limit) out.push({ from, to, sentence: tokens[from]!.sentence });
      if (--have[stem[left]!]! < need[stem[left]!]!) satisfied--;
      left++;
    }
  }
  return out;
}

/** The phrase's words occur in the window in the order written (for red-flag signals). */
function inOrder(stems: string[], match: Match, analysis: Analysis): boolean {
  // Read from the index, so that what an abbreviation or plain phrase stands for counts at its place
  // ("CTR" is "click through rate" at one position); a word itself counts once.
  let last = match.from - 1;
  for (const stem of stems) {
    let best = Infinity;
    for (const p of analysis.index.get(stem) ?? []) {
      if (p < last || p > match.to || p >= best) continue;
      if (p === last && analysis.tokens[p]!.stem === stem) continue;
      best = p;
    }
    if (best === Infinity) return false;
    last = best;
  }
  return true;
}
