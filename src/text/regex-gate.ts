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

/**
 * Checking a gate costs more than running a compiled regex: a regex that has been gated this many
 * times (a long answer) is compiled after all, and from then on simply runs.
 */
const CHECKS = 256;

interface Gate {
  groups: string[][];
  checks: number;
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
function passes(groups: string[][], text: string): boolean {
  for (let g = 0; g < groups.length; g++) {
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
  const gate = gateFor(re);
  if (!gate) return true;
  const seen = re.ignoreCase ? (lower ?? text.toLowerCase()) : text;
  if (++gate.checks < CHECKS && !passes(gate.groups, seen)) return false;
  // The regex is about to be compiled: from now on, running it is cheaper than its gate.
  byRegex.set(re, null);
  return true;
}

/** `re.test(text)` for a regex without the g or y flag, run only when it may match. */
export function gatedTest(re: RegExp, text: string, lower?: string): boolean {
  // Skipping a global or sticky regex's test would leave its lastIndex where it was.
  if (re.global || re.sticky) return re.test(text);
  return mayMatch(re, text, lower) && re.test(text);
}
