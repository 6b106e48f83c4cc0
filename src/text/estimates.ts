import { gated, mayMatch } from './regex-gate.js';

/**
 * Back-of-envelope arithmetic, checked. A candidate writes "800M DAU x 3 visits x 40 videos = 96B
 * impressions a day" or "20B/day ≈ 230k/s": the figures on the left are multiplied (or divided)
 * and compared with the figure stated on the right, and a per-day figure restated per second is
 * checked against 86,400 seconds a day. A result off by more than 3x is reported with the right
 * order of magnitude. Deterministic; a line the code cannot reconstruct is left alone.
 */

export interface EstimateCheck {
  /** The claim as written. */
  text: string;
  stated: number;
  computed: number;
  /** How far apart they are, as a factor of at least 1. */
  factor: number;
  ok: boolean;
}

/** Off by more than this is wrong, not rounding or a peak factor. */
export const ESTIMATE_TOLERANCE = 3;

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
};

// A quantity: 800M, 1.5 billion, 2,500, 0.1%, ~150, 96B.
const NUMBER = String.raw`~?\s?(\d+(?:[.,]\d+)*)\s?(k|thousand|mm|mn|m|million|millions|bn|b|billion|billions|t|trillion|%)?\b`;
const OPERATOR = String.raw`\s*(?:x|×|\*|/|÷|times|per)\s*`;
const RESULT = String.raw`\s*(?:=|≈|~=|~|->|→|=>|is about|is roughly|gives|comes to|makes)\s*`;
const QUANTITY_RE = new RegExp(NUMBER, 'i');

export function parseQuantity(text: string): number | undefined {
  const m = QUANTITY_RE.exec(text);
  if (!m) return undefined;
  const raw = m[1]!;
  // "2,500" is a thousands separator; "2,5" is not how candidates write here, so treat commas as separators.
  const value = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const unit = m[2]?.toLowerCase();
  if (unit === '%') return value / 100;
  return value * (unit ? (SCALE[unit] ?? 1) : 1);
}

// Operands may carry a word after the number ("3 visits", "40 videos/visit").
const OPERAND = String.raw`${NUMBER}(?:\s?[a-z][a-z/-]*){0,2}`;
const CHAIN = gated(new RegExp(String.raw`(${OPERAND}(?:${OPERATOR}${OPERAND})+)${RESULT}(${NUMBER})`, 'gi'));

function evaluate(chain: string): number | undefined {
  const parts = chain.split(/(\s(?:x|times|per)\s|×|\*|\/|÷)/i);
  let value: number | undefined;
  let op = '*';
  for (const part of parts) {
    const token = part.trim().toLowerCase();
    if (['x', '×', '*', 'times'].includes(token)) op = '*';
    else if (['/', '÷', 'per'].includes(token)) op = '/';
    else if (token) {
      const q = parseQuantity(token);
      if (q === undefined) return undefined;
      if (value === undefined) value = q;
      else value = op === '*' ? value * q : value / q;
    }
  }
  return value;
}

const WORDS = String.raw`(?:\s?[a-z][a-z-]*){0,2}`;
const PER_DAY_TO_SECOND = gated(
  new RegExp(
    String.raw`(?<day>${NUMBER})${WORDS}\s?(?:/|per|a)\s?day\b${RESULT}(?:about |roughly |~)?(?<second>${NUMBER})${WORDS}\s?(?:/|per|a)\s?(?:s|sec|second)\b`,
    'gi',
  ),
);

export function checkEstimates(text: string): EstimateCheck[] {
  const out: EstimateCheck[] = [];
  const add = (claim: string, stated: number | undefined, computed: number | undefined) => {
    if (stated === undefined || computed === undefined || stated <= 0 || computed <= 0) return;
    const factor = Math.max(stated, computed) / Math.min(stated, computed);
    out.push({ text: claim.trim(), stated, computed, factor, ok: factor <= ESTIMATE_TOLERANCE });
  };
  const lower = text.toLowerCase();
  for (const m of mayMatch(PER_DAY_TO_SECOND, text, lower) ? text.matchAll(PER_DAY_TO_SECOND) : []) {
    add(m[0], parseQuantity(m.groups!.second!), (parseQuantity(m.groups!.day!) ?? 0) / 86_400);
  }
  for (const m of mayMatch(CHAIN, text, lower) ? text.matchAll(CHAIN) : []) {
    // A per-day to per-second restatement is checked above, with its own arithmetic.
    if (/day\b[^=≈~→>]*(?:=|≈|~|->|→)/i.test(m[0]) && /\/\s?s\b|per\s?s(ec(ond)?)?\b/i.test(m[0])) continue;
    add(m[0], parseQuantity(m[m.length - 3] ?? ''), evaluate(m[1]!));
  }
  return out;
}

/** A figure as a person reads it: 96B, 230k, 1.2M. */
export function formatQuantity(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (n >= size) return `${Number((n / size).toPrecision(2))}${suffix}`;
  }
  return String(Number(n.toPrecision(2)));
}
