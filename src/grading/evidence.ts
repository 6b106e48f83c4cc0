import { foldForQuote } from '../text/analyze.js';

/**
 * Checks that quotes a model cites really are in the answer: case and whitespace folded,
 * surrounding quotation marks and ellipses ignored. A quote too short to show anything does not count.
 */
export interface QuoteCheck {
  verified: string[];
  rejected: string[];
}

const MIN_QUOTE_CHARS = 8;

function clean(quote: string): string {
  return quote
    .trim()
    .replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '')
    .replace(/^(\.\.\.|…)\s*|\s*(\.\.\.|…)$/g, '')
    .trim();
}

export function checkQuotes(answer: string, quotes: readonly string[]): QuoteCheck {
  const haystack = foldForQuote(answer);
  const verified: string[] = [];
  const rejected: string[] = [];
  for (const quote of quotes) {
    const q = clean(quote);
    const folded = foldForQuote(q);
    if (folded.length >= MIN_QUOTE_CHARS && haystack.includes(folded)) {
      if (!verified.includes(q)) verified.push(q);
    } else rejected.push(quote);
  }
  return { verified, rejected };
}
