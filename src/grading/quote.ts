import type { Analysis } from '../text/analyze.js';
import type { Match } from '../text/matcher.js';

/** A verbatim piece of the answer around a match: its sentence, trimmed to a readable length around the matched words. */
export function quoteAround(analysis: Analysis, match: Match, maxLength = 220): string {
  const sentence = analysis.sentences[match.sentence]!;
  const text = analysis.text.slice(sentence.start, sentence.end).trim();
  if (text.length <= maxLength) return text;
  const lead = analysis.text.slice(sentence.start, sentence.end).length - analysis.text.slice(sentence.start, sentence.end).trimStart().length;
  const from = analysis.tokens[match.from]!.start - sentence.start - lead;
  const to = analysis.tokens[match.to]!.end - sentence.start - lead;
  let start = Math.max(0, Math.min(from - 60, to - maxLength + 40));
  let end = Math.min(text.length, Math.max(start + maxLength, to));
  // Whole words only.
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  return text.slice(start, end).trim();
}
