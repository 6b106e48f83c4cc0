import type { Case } from '../cases/schema.js';

const NUMBER = /\d+(?:[.,]\d+)*/g;
// A figure with its magnitude: "3 billion", "3B", "2.5k", "40,000". Written either way it is the same figure.
const FIGURE = /(?<![\w.,])(\d+(?:,\d{3})+|\d+(?:\.\d+)?)\s?(billion|bn|b|million|mn|m|thousand|k)?(?![\w])/gi;
const MAGNITUDE: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
const WORD_FIGURE = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(billion|million|thousand)\b/gi;
const WORD_VALUE: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const factNumbers = new WeakMap<Case, Set<string>>();

/** Figures of a thousand or more, as values: "3 billion", "three billion" and "3B", "2,000" and "2k" are one figure. */
function figures(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? MAGNITUDE[m[2].toLowerCase()]! : 1);
    if (value >= 1000) out.push(`=${Math.round(value)}`);
  }
  for (const m of text.matchAll(WORD_FIGURE)) out.push(`=${WORD_VALUE[m[1]!.toLowerCase()]! * MAGNITUDE[m[2]!.toLowerCase()]!}`);
  return out;
}

/**
 * The numbers the interviewer's facts state (two digits or more: "15% of ads", "80 ms", "2,000 posts"),
 * and their figures of a thousand or more however written ("3 billion pins" is "3B" in a note).
 */
export function numbersOfFacts(c: Case): ReadonlySet<string> {
  let set = factNumbers.get(c);
  if (!set) {
    const text = c.facts.map((f) => f.answer).join(' ');
    set = new Set([...(text.match(NUMBER) ?? []).filter((n) => n.length >= 2), ...figures(text)]);
    factNumbers.set(c, set);
  }
  return set;
}

/** The numbers of `text` that are the case's own. */
export function factNumbersIn(text: string, facts: ReadonlySet<string>): string[] {
  return [...(text.match(NUMBER) ?? []), ...figures(text)].filter((n) => facts.has(n));
}
