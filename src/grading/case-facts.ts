import type { Case } from '../cases/schema.js';

const NUMBER = /\d+(?:[.,]\d+)*/g;
const factNumbers = new WeakMap<Case, Set<string>>();

/** The numbers the interviewer's facts state (two digits or more: "15% of ads", "80 ms", "2,000 posts"). */
export function numbersOfFacts(c: Case): ReadonlySet<string> {
  let set = factNumbers.get(c);
  if (!set) {
    set = new Set((c.facts.map((f) => f.answer).join(' ').match(NUMBER) ?? []).filter((n) => n.length >= 2));
    factNumbers.set(c, set);
  }
  return set;
}

/** The numbers of `text` that are the case's own. */
export function factNumbersIn(text: string, facts: ReadonlySet<string>): string[] {
  return (text.match(NUMBER) ?? []).filter((n) => facts.has(n));
}
