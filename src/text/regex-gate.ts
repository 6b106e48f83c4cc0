import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * The checks' large regexes cost more to compile than to run, and most never match an ordinary
 * answer. The build works out, from each one's source, strings it cannot match without (groups:
 * every match holds one string of each; see scripts/regex-literals.ts) and stores them here; a text
 * that lacks a group is refused without running, so without compiling, the regex. A regex the file
 * does not list (not built, or edited since) simply runs.
 */
export const GATES_FILE = ['dist', 'grading', 'regex-gates.json'] as const;

/** Gates by `${flags}/${source}`. */
export type Gates = Record<string, string[][]>;

export const gateKey = (re: RegExp) => `${re.flags}/${re.source}`;

const registered: RegExp[] = [];

/** Marks a regex for the build to work out its gate; returns it. */
export function gated<T extends RegExp>(re: T): T {
  registered.push(re);
  return re;
}

/** Every regex marked so far (the build imports the checks first). */
export function gatedRegexes(): readonly RegExp[] {
  return registered;
}

interface Gate {
  groups: string[][];
  checks: number;
  /** Each large group as one regex of its strings, made once the gate has been checked often. */
  finders?: (RegExp | undefined)[];
}

// A group of many strings is checked faster by one regex of them all than by looking for each in
// turn, once that regex is compiled: worth it for a gate checked this often. (The two largest
// groups, of some 300 strings, were a fifth of a warm grade. With these, a gate never gives way to
// its regex, as it did after 256 checks: a warm grade of seven steps is a fifth faster, a grade in
// a fresh process runs as many instructions as before.)
const FINDER_AFTER_CHECKS = 64;
const FINDER_MIN_STRINGS = 12;

/** One regex that finds any of a group's strings, for a group large enough to be worth it. */
export function groupFinder(group: string[]): RegExp | undefined {
  return group.length >= FINDER_MIN_STRINGS ? new RegExp(group.map((g) => g.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')) : undefined;
}

let stored: Gates | undefined;
const byRegex = new WeakMap<RegExp, Gate | null>();

function gateFor(re: RegExp): Gate | null {
  let gate = byRegex.get(re);
  if (gate === undefined) {
    if (!stored) {
      try {
        stored = JSON.parse(readFileSync(join(packageRoot(), ...GATES_FILE), 'utf8')) as Gates;
      } catch {
        stored = {};
      }
    }
    gate = Object.hasOwn(stored, gateKey(re)) ? { groups: stored[gateKey(re)]!, checks: 0 } : null;
    byRegex.set(re, gate);
  }
  return gate;
}

/** Every group has a string in the text. (Plain loops: this runs for every sentence and regex, cold.) */
function passes(gate: Gate, text: string): boolean {
  const { groups, finders } = gate;
  for (let g = 0; g < groups.length; g++) {
    const finder = finders?.[g];
    if (finder) {
      if (!finder.test(text)) return false;
      continue;
    }
    const group = groups[g]!;
    let found = false;
    for (let i = 0; i < group.length && !found; i++) found = text.includes(group[i]!);
    if (!found) return false;
  }
  return true;
}

/**
 * False when `re` surely cannot match `text`; true when it may. `lower` is the text lowercased (it
 * is computed when not given), which a case-insensitive regex's gate is checked against.
 */
export function mayMatch(re: RegExp, text: string, lower?: string): boolean {
  const part = necessaryParts.get(re);
  if (part && !gatedTest(part, text, lower)) return false;
  const gate = gateFor(re);
  if (!gate) return true;
  const seen = re.ignoreCase ? (lower ?? text.toLowerCase()) : text;
  if (++gate.checks === FINDER_AFTER_CHECKS) gate.finders = gate.groups.map(groupFinder);
  if (!passes(gate, seen)) return false;
  // The regex is about to be compiled: from now on, running it is cheaper than its gate.
  byRegex.set(re, null);
  return true;
}

// A regex whose every match holds a match of a smaller one: the smaller runs first, so the larger
// compiles only for a text the smaller finds something in. The leak patterns share one long opening
// (the sentence up to its inputs) and differ in their short ending; each compiled, cold, for every
// sentence its gate let through: the largest single cost of a seven-step grade in its own process.
const necessaryParts = new WeakMap<RegExp, RegExp>();

/** Marks `re` as matching only where `part` also matches (`part` ends every match of `re`, say); returns `re`. */
export function requiring<T extends RegExp>(re: T, part: RegExp): T {
  necessaryParts.set(re, gated(part));
  return re;
}

/**
 * A regex `\b(A|B|...)\b` of many alternatives, as several smaller regexes of the same form: only
 * those whose gates pass compile, where one large regex's gate passes almost every text. Any part
 * matches exactly when the whole would. A source of another form stays one regex.
 */
export function gatedAlternatives(re: RegExp, perPart: number): RegExp[] {
  const { source, flags } = re;
  if (!source.startsWith('\\b(') || !source.endsWith(')\\b')) return [gated(re)];
  const inner = source.slice(3, -3);
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(inner.slice(start));
  // Numbered groups would shift between parts: a back-reference by number keeps the regex whole.
  if (depth !== 0 || /\\[1-9]/.test(inner)) return [gated(re)];
  const parts: RegExp[] = [];
  for (let i = 0; i < alternatives.length; i += perPart) parts.push(gated(new RegExp(`\\b(${alternatives.slice(i, i + perPart).join('|')})\\b`, flags)));
  return parts;
}

/** Whether any of the regexes (the parts of gatedAlternatives) may match. */
export const anyMayMatch = (parts: readonly RegExp[], text: string, lower?: string) => parts.some((re) => mayMatch(re, text, lower));

/** Whether any of the regexes matches, each run only when it may. */
export const anyTest = (parts: readonly RegExp[], text: string, lower?: string) => parts.some((re) => gatedTest(re, text, lower));

/** `re.test(text)` for a regex without the g or y flag, run only when it may match. */
export function gatedTest(re: RegExp, text: string, lower?: string): boolean {
  // Skipping a global or sticky regex's test would leave its lastIndex where it was.
  if (re.global || re.sticky) return re.test(text);
  return mayMatch(re, text, lower) && re.test(text);
}
