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
  // Bytes: figures of memory and storage are compared in bytes.
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
  // Pixels: "2M panoramas × 100 MP = 200 TP".
  mp: 1e6,
  gp: 1e9,
  tp: 1e12,
  terapixels: 1e12,
  gigapixels: 1e9,
  megapixels: 1e6,
  mpx: 1e6,
  gpx: 1e9,
  tpx: 1e12,
  // Compute: "500 × 1 MFLOP ≈ 0.5 GFLOP".
  kflop: 1e3,
  kflops: 1e3,
  mflop: 1e6,
  mflops: 1e6,
  gflop: 1e9,
  gflops: 1e9,
  tflop: 1e12,
  tflops: 1e12,
  pflop: 1e15,
  pflops: 1e15,
};

// A quantity: 800M, 1.5 billion, 2,500, 0.1%, ~150, 96B.
const VALUE = String.raw`(\d+(?:[.,]\d+)*)`;
const UNIT = String.raw`\s?(kb|mb|gb|tb|pb|mpx|gpx|tpx|mp|gp|tp|terapixels|gigapixels|megapixels|[kmgtp]flops?|k|thousand|mm|mn|m|million|millions|bn|b|billion|billions|t|trillion|%)?(?:\b|(?<=%))`;
const NUMBER = String.raw`~?\s?${VALUE}${UNIT}`;
// "~2.6M reachable users, ×3 sends ×14 days": a comma may stand before the operator.
const OPERATOR = String.raw`(?:\s*,)?\s*(?:x|×|\*|/|÷|times|per)\s*`;
// "~" gives a result only standing alone ("3 x 4 ~ 12"): before a number it means "about" ("x ~16 tiles").
const RESULT = String.raw`(?:\s*(?:=|≈|~=|->|→|=>)\s*|\s+~\s+|\s+(?:is about|is roughly|is ~|is ≈|gives|comes to|makes)\s*)`;
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
const OPERAND = String.raw`${NUMBER}(?:\s?(?!(?:x|times|per)\b)[a-z][a-z0-9/-]*){0,2}`;
// A stated result may be a range, "≈ 8–9 GB": its low end is checked, in the unit written after it.
const RESULT_NUMBER = String.raw`~?\s?${VALUE}(?:\s?(?:–|-|to)\s?\d+(?:[.,]\d+)*)?${UNIT}`;
const CHAIN = gated(new RegExp(String.raw`(${OPERAND}(?:${OPERATOR}${OPERAND})+)${RESULT}(${RESULT_NUMBER})`, 'gi'));

// Units a candidate multiplies through: a vector of "256 floats" is 1 KB, "15 ms" is 0.015 s.
const BYTES_PER: Record<string, number> = { float: 4, floats: 4, fp32: 4, float32: 4, int32: 4, ints: 4, id: 4, ids: 4, fp16: 2, bf16: 2, half: 2, int8: 1, fp64: 8, float64: 8, double: 8, doubles: 8, int64: 8 };
const VECTOR_DIMENSIONS = new Set(['dims', 'dim', 'dimensions', 'dimensional', 'd']);
const SECONDS_PER: Record<string, number> = { ns: 1e-9, 'µs': 1e-6, 'μs': 1e-6, us: 1e-6, ms: 1e-3, msec: 1e-3, s: 1, sec: 1, secs: 1, second: 1, seconds: 1, min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, day: 86400, days: 86400 };
const BYTE_RESULT = /^[kmgtp]b$/i;
// "≈ 230 GPU-days": the time unit may carry what it is time of.
const TIME_AFTER = /^\s?(?:(?:gpu|cpu|machine|node|core|worker|server)[- ]?)?(ns|µs|μs|us|ms|msec|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b/i;

/**
 * What the chain gives, in the unit of its stated result. A figure may be read more than one way:
 * "B" is a billion or a byte, "256 floats" is a count or 1 KB, "15 ms" is 15 or 0.015 s beside a
 * rate, "72 h" 259,200 GPU-seconds; the reading nearest the stated result is the one checked (at most 64 of them).
 */
function reckon(chain: string, stated: number | undefined, resultUnit: string | undefined, after: string): number | undefined {
  const bytes = resultUnit !== undefined && BYTE_RESULT.test(resultUnit);
  const time = TIME_AFTER.exec(after)?.[1]?.toLowerCase();
  const parts = chain.split(/(\s(?:x|times|per)\s|×|\*|\/|÷)/i);
  const readings: { op: string; values: number[] }[] = [];
  let op = '*';
  let timed = false;
  for (const part of parts) {
    const token = part.trim().toLowerCase();
    if (['x', '×', '*', 'times'].includes(token)) op = '*';
    else if (['/', '÷', 'per'].includes(token)) op = '/';
    else if (token) {
      const q = parseQuantity(token);
      if (q === undefined) return undefined;
      const m = QUANTITY_RE.exec(token)!;
      const word = token.slice(m.index + m[0].length).trim().split(/[\s/-]/)[0] ?? '';
      const values = [q];
      if (bytes && m[2]?.toLowerCase() === 'b') values.push(q / 1e9);
      // "2M panos × 100MP ~ 200M": a result counted in megapixels.
      if (m[2] && /^(mp|gp|tp)x?$/i.test(m[2])) values.push(q / SCALE[m[2].toLowerCase()]!);
      if (bytes && BYTES_PER[word]) values.push(q * BYTES_PER[word]!);
      // "5M ads × 64 dims ≈ 1.3 GB": a vector's dimensions, stored as 4-byte or 2-byte floats.
      if (bytes && VECTOR_DIMENSIONS.has(word)) values.push(q * 4, q * 2);
      if (SECONDS_PER[word] !== undefined) {
        timed = true;
        if (time) values[0] = q * SECONDS_PER[word]!;
        else if (SECONDS_PER[word] !== 1) values.push(q * SECONDS_PER[word]!);
      }
      readings.push({ op, values });
    }
  }
  let totals = [1];
  for (const { op: o, values } of readings) {
    totals = totals.flatMap((t) => values.map((v) => (o === '*' ? t * v : t / v))).slice(0, 64);
  }
  // "2M × ~100 tiles ≈ 2.3k/s": a day's work restated per second.
  // "2M × ~120 tiles ≈ 2.8k tiles/s" likewise, with the unit named before the rate.
  if (!timed && /^\s?(?:[a-z]+\s?)?(?:\/\s?|per\s)(?:s|sec|second)\b/i.test(after)) totals = totals.concat(totals.map((t) => t / 86_400));
  const scale = time && timed ? SECONDS_PER[time] ?? 1 : 1;
  const inResultUnit = totals.map((t) => t / scale).filter((t) => t > 0 && Number.isFinite(t));
  if (inResultUnit.length === 0) return undefined;
  if (stated === undefined) return inResultUnit[0];
  return inResultUnit.reduce((best, t) => (Math.abs(Math.log(t / stated)) < Math.abs(Math.log(best / stated)) ? t : best));
}

const WORDS = String.raw`(?:\s?[a-z][a-z-]*){0,2}`;
const PER_DAY_TO_SECOND = gated(
  new RegExp(
    String.raw`(?<day>${NUMBER})${WORDS}\s?(?:/|per|a)\s?day\b${RESULT}(?:about |roughly |~)?(?<second>${NUMBER})${WORDS}\s?(?:/|per|a)\s?(?:s|sec|second)\b(?!\s?(?:/|per\s)\s?[a-z])`,
    'gi',
  ),
);

// ...or per a typical one, its figure left unsaid: "~1 per 10 s → ~36 for a median video".
const PER_ANOTHER_FIGURE = /^\s?(?:[a-z-]+\s){0,2}(?:for|over|across|within|in)\s(?:an?|the|each|every|one)?\s?(?:[a-z]+\s){0,2}~?\d|^\s?(?:[a-z-]+\s){0,2}(?:for|per|in)\s(?:an?|the|each|every|one)\s(?:median|average|avg|typical|mean)\b/i;

const TIMES_TEN_TO = /^\s?(?:×|x|\*|·)\s?10\s?\^\s?(\d{1,2})/i;

const FRAME_RATE_BEFORE = /\b(?:key ?)?frames?\s*(?:\/|per|every)\s*~?\d*(?:\.\d+)?\s*(?:s|sec|secs|seconds?)\b|\bfps\b/i;

const PER_SCALE: Record<string, number> = { '100': 100, '1k': 1e3, '1,000': 1e3, '1000': 1e3, thousand: 1e3, mille: 1e3, '10k': 1e4, '1m': 1e6, million: 1e6 };
const PER_SCALE_BEFORE = /(?:\/\s?|\bper\s)(100|1k|1,000|1000|thousand|mille|10k|1m|million)\b[^.;=≈]{0,25}$/i;

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
    // "~1 per 10 s → ~36 frames for a median 6-minute video": the result is per a figure outside the chain.
    if (PER_ANOTHER_FIGURE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 48))) continue;
    const unit = m[m.length - 1];
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    // "sample ~1 frame / 5 s. 3M uploads × 6 min ≈ 216M frames/day": the frame rate stated just before is a factor of the chain.
    if (/^\s*(?:key ?)?frames?\b/i.test(after) && FRAME_RATE_BEFORE.test(text.slice(Math.max(0, m.index! - 120), m.index!))) continue;
    // "18M new min/day at 1 frame/5 s ≈ 216M frames/day": a rate of one thing per so much, applied to the
    // figure before "at"; the result counts that figure's total, not the rate.
    if (/^~?\s?1\s?[a-z]+\s?\//i.test(m[0]) && /\bat\s*$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    // A result in scientific notation: "2M × 100 MP ≈ 2×10^14 pixels".
    const power = unit ? undefined : TIMES_TEN_TO.exec(after);
    const stated = (parseQuantity(`${m[m.length - 2] ?? ''}${unit ? ` ${unit}` : ''}`) ?? NaN) * (power ? 10 ** Number(power[1]) : 1);
    let computed = reckon(m[1]!, stated, m[m.length - 1], power ? after.slice(power[0].length) : after);
    // "guardrail opt-outs/1k sends (now 1/6,000 ≈ 0.17)": a rate written per a thousand (or a hundred, a million) named just before.
    const per = PER_SCALE_BEFORE.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    if (per && computed !== undefined && !Number.isNaN(stated)) {
      const scaled = computed * PER_SCALE[per[1]!.toLowerCase()]!;
      if (Math.abs(Math.log(scaled / stated)) < Math.abs(Math.log(computed / stated))) computed = scaled;
    }
    add(m[0], Number.isNaN(stated) ? undefined : stated, computed);
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

/** A figure of the case the candidate stated, and how it compares with the case's value. */
export interface FigureClaim {
  id: string;
  name: string;
  text: string;
  stated: number;
  expected: number;
  factor: number;
  ok: boolean;
  derivation: string;
}

export interface CaseFigure {
  id: string;
  name: string;
  aliases: string[];
  value: number;
  given: boolean;
  dependsOn: string[];
  derivation: string;
}

// Numbers that measure something other than a count or a rate: times, shares, multipliers.
const NOT_A_COUNT = /^[\s-]?(?:ms|millis|milliseconds?|s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|%|x|×)(?![a-z])/i;
const FIGURE = new RegExp(NUMBER, 'gi');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const RATE_AFTER = { second: /^\s?(?:(?:\/\s?|per\s|an?\s|each\s)(?:s|sec|secs|seconds?)|qps|rps|tps)\b/i, day: /^\s?(?:\/\s?|per\s|an?\s|each\s)(?:d|days?)\b/i, month: /^\s?(?:\/\s?|per\s|an?\s|each\s)(?:mo|months?)\b/i };
const RATE_NAMED = { second: /(?:\/\s?|\bper\s|\ba\s|\beach\s)(?:s|sec|secs|seconds?)\b|\b(?:qps|rps|tps)\b/i, day: /(?:\/\s?|\bper\s|\ba\s|\beach\s)(?:d|days?)\b|\bdaily\b/i, month: /(?:\/\s?|\bper\s|\ba\s|\beach\s)(?:mo|months?)\b|\bmonthly\b/i };

/** The time a rate is per, as written after a number ("600/s", "50M a day") or in a figure's name. */
function rateUnit(text: string, after: boolean): 'second' | 'day' | 'month' | undefined {
  const rates = after ? RATE_AFTER : RATE_NAMED;
  for (const unit of ['second', 'day', 'month'] as const) if (rates[unit].test(text)) return unit;
  return undefined;
}

/** The table cell around a mention names more than one thing: "index size, QPS". */
function manyInCell(sentence: string, from: number, to: number): boolean {
  const cellStart = sentence.lastIndexOf('|', from) + 1;
  const cellEnd = sentence.indexOf('|', to);
  return /[,/]|\band\b/i.test(sentence.slice(cellStart, cellEnd < 0 ? undefined : cellEnd));
}

// "**Cost per month (2.2M questions):**": a sum of money is written with its currency, or stands bare;
// a number followed by what it counts ("questions", "GPUs") is not the sum.
const MONEY_FIGURE = /\b(?:dollars?|usd|cost|costs|spend|bill|budget|price)\b/i;
const COUNTED_NOUN = /^\s?(?!(?:dollars?|usd|bucks|a month|a year|a day|per|monthly|yearly|annually|daily|total|in total|overall)\b)[a-z]{3,}/i;

/** The number closest to a mention of the figure, in the same sentence: "peak QPS ~ 70k", "70k QPS". */
function figureNear(sentence: string, from: number, to: number, money = false, bytes = false): number | undefined {
  let best: { value: number; distance: number } | undefined;
  // "~50M listing-page views a day, ~600/s": a rate per second is not the daily figure.
  const per = rateUnit(sentence.slice(from, to), false);
  for (const m of sentence.matchAll(FIGURE)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    const end = m.index! + m[0].length;
    if (NOT_A_COUNT.test(sentence.slice(end)) && !m[2]) continue;
    if (money && !/\$\s?~?\s?$/.test(sentence.slice(0, start)) && COUNTED_NOUN.test(sentence.slice(end))) continue;
    // "~10% are shoppable": a share, not a count.
    if (m[2] === '%') continue;
    // "3B embeddings would take about 3 TB": a figure of memory is the number written in bytes.
    if (bytes && !BYTE_RESULT.test(m[2] ?? '') && !/^\s?bytes?\b/i.test(sentence.slice(end))) continue;
    const unit = rateUnit(sentence.slice(end), true) ?? rateUnit(sentence.slice(end).replace(/^\s?(?:[a-z-]+\s?){1,2}?(?=\/|per\s)/i, ' '), true);
    if (per && unit && unit !== per) continue;
    // "~20M new per day, ~10% are shoppable": a rate is not the size of a stock ("pins in the index").
    if (!per && rateUnit(sentence.slice(end).replace(/^\s?(?:[a-z]+\s){1,2}(?=per\s|a\s|each\s)/i, ' '), true)) continue;
    // Part of a longer token (p99, v2, a version, a date): not a quantity on its own.
    if (/[\da-z]/i.test(sentence[start - 1] ?? '') || /^(?:\d|\.\d)/.test(sentence.slice(end))) continue;
    // "(4) latency and monthly cost stay within budget": a list's number, not a quantity.
    if (!m[2] && sentence[start - 1] === '(' && sentence[end] === ')') continue;
    const distance = end <= from ? from - end : start >= to ? start - to : 0;
    if (distance > 24) continue;
    const between = end <= from ? sentence.slice(end, from) : start >= to ? sentence.slice(to, start) : '';
    // "(a product index for shoppable items) → ~1,000 candidates": an arrow leads to another figure.
    if (/→|->|=>/.test(between)) continue;
    // "~50–100 pins, some of them shoppable products": a part of that count, not the figure itself.
    if (/\b(?:some|many|most|few|part|none|half) of (?:them|which|these|those)\b|\bof which\b/i.test(between)) continue;
    // "the 100B-edge graph": a count of the noun written onto it, not of what the figure names.
    const onto = /^-([a-z]+)/i.exec(sentence.slice(end));
    if (onto && !sentence.slice(from, to).toLowerCase().includes(onto[1]!.toLowerCase().replace(/s$/, ''))) continue;
    // "~50–100 public pins, with shoppable products where they match": the count's own noun, then a part of it.
    if (end <= from && /^(?:\s*(?:-|–|to)\s*~?[\d.,]+\s*[kmb]?)?\s*[a-z][\w\s,-]{0,30}?,?\s+(?:with|including|incl\.?|plus)\s/i.test(between)) continue;
    // "| Scale | index size, QPS | 7M active listings, ... |": a table cell that lists several things
    // gives no one of them the number in the next cell.
    if (between.includes('|') && manyInCell(sentence, from, to)) continue;
    const value = parseQuantity(m[0]);
    if (value === undefined || value <= 0) continue;
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

const OWN_FRAME_RATE = /\b(?:key ?frames?|one frame every|every\s+~?\d+(?:\s*[–-]\s*\d+)?\s*(?:s|sec|secs|seconds)\b|(?:[2-9]|\d{2,}|0?\.\d+)\s*fps)/i;

/** Sentences with arithmetic in them are checked by `checkEstimates`, on their own figures. */
const ARITHMETIC = /\d[^\n]{0,40}?(?:\s(?:x|times)\s|×|\*|÷|\s\/\s)\s*\$?~?\d|\d[^\n]*?(?:=|≈|→|->)\s*\$?~?\d/i;

const aliasPatterns = new WeakMap<CaseFigure, { plain: string[]; patterns: RegExp[] }>();

/** A figure's aliases compiled once, with their plain spelling to skip sentences that cannot mention them. */
function aliasesOf(figure: CaseFigure): { plain: string[]; patterns: RegExp[] } {
  let compiled = aliasPatterns.get(figure);
  if (!compiled) {
    compiled = {
      plain: figure.aliases.map((a) => a.toLowerCase().replace(/[\s-]+/g, ' ')),
      patterns: figure.aliases.map((a) => new RegExp(String.raw`(?<![a-z])${escapeRe(a).replace(/\s+/g, '[\\s-]+')}(?![a-z])`, 'gi')),
    };
    aliasPatterns.set(figure, compiled);
  }
  return compiled;
}

/** Sentences that state a figure and are not arithmetic, with a plain lowercase copy for quick tests. */
function figureSentences(text: string): { text: string; plain: string }[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .filter((sentence) => /\d/.test(sentence) && !ARITHMETIC.test(sentence))
    .map((sentence) => ({ text: sentence, plain: sentence.toLowerCase().replace(/[\s-]+/g, ' ') }));
}

function statedValues(sentences: { text: string; plain: string }[], figure: CaseFigure): { text: string; value: number }[] {
  const out: { text: string; value: number }[] = [];
  const { plain, patterns } = aliasesOf(figure);
  const money = MONEY_FIGURE.test(figure.name);
  const bytes = /\bbytes\b/i.test(figure.name);
  for (const sentence of sentences) {
    for (let i = 0; i < patterns.length; i++) {
      if (!sentence.plain.includes(plain[i]!)) continue;
      const m = [...sentence.text.matchAll(patterns[i]!)].map((x) => figureNear(sentence.text, x.index!, x.index! + x[0].length, money, bytes)).find((v) => v !== undefined);
      if (m !== undefined) {
        out.push({ text: sentence.text.trim(), value: m });
        break;
      }
    }
  }
  return out;
}

/**
 * "~15% of loads are signed-out ..., roughly 9k QPS at peak": the figure is a stated share of the
 * case's figure, not the figure itself.
 */
function isShareOf(sentence: string, stated: number, expected: number): boolean {
  for (const m of sentence.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
    const share = (expected * Number(m[1])) / 100;
    if (share > 0 && Math.max(stated, share) / Math.min(stated, share) <= 1.5) return true;
  }
  return false;
}

/**
 * The case's derived figures as the candidate states them, compared with the value the case's
 * facts give. A figure derived from one the candidate assumed differently is their own
 * arithmetic, not the case's, and is left alone (arithmetic is checked by `checkEstimates`).
 */
export function checkCaseFigures(text: string, figures: readonly CaseFigure[]): FigureClaim[] {
  if (figures.length === 0 || !/\d/.test(text)) return [];
  const sentences = figureSentences(text);
  if (sentences.length === 0) return [];
  const assumedOtherwise = new Set<string>();
  for (const f of figures) {
    if (!f.given) continue;
    for (const s of statedValues(sentences, f)) {
      const factor = Math.max(s.value, f.value) / Math.min(s.value, f.value);
      if (factor > 1.5) assumedOtherwise.add(f.id);
    }
  }
  const out: FigureClaim[] = [];
  // "one keyframe every 5-10 s ... about 150M frames a day": a figure the case derives at one frame a
  // second is the candidate's own arithmetic once they state another frame rate.
  const ownFrameRate = OWN_FRAME_RATE.test(text);
  for (const f of figures) {
    if (f.given || f.dependsOn.some((d) => assumedOtherwise.has(d))) continue;
    if (ownFrameRate && /\bframe a second\b/.test(f.name)) continue;
    for (const s of statedValues(sentences, f)) {
      const factor = Math.max(s.value, f.value) / Math.min(s.value, f.value);
      if (factor > ESTIMATE_TOLERANCE && isShareOf(s.text, s.value, f.value)) continue;
      out.push({ id: f.id, name: f.name, text: s.text, stated: s.value, expected: f.value, factor, ok: factor <= ESTIMATE_TOLERANCE, derivation: f.derivation });
    }
  }
  return out;
}
