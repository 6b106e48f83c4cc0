import type { Analysis } from './analyze.js';

// A short quoted phrase names something, such as a button: "don't know" or "not interested" deny nothing.
const QUOTED = /["“]([^"”\n]{1,30})["”]/g;
const quotedRanges = new WeakMap<Analysis, [number, number][]>();

/** The token at `token` stands inside a short quoted phrase. */
export function quoted(analysis: Analysis, token: number): boolean {
  let ranges = quotedRanges.get(analysis);
  if (!ranges) quotedRanges.set(analysis, (ranges = [...analysis.text.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length])));
  const at = analysis.tokens[token]!.start;
  return ranges.some(([from, to]) => at >= from && at < to);
}
