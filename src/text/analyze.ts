import { stemmer } from 'stemmer';
import { expandAbbreviations } from './abbreviations.js';

/**
 * Text analysis for the offline grader: sentences, tokens with their offsets, stems, and the word
 * classes that matter for grading (small words, negations, reasons and contrasts).
 */

export interface Token {
  /** Stem after spelling normalisation; what matching compares. */
  stem: string;
  /** The word as written, lowercased. */
  word: string;
  start: number;
  end: number;
  sentence: number;
  /** A comma, semicolon, colon or bracket separates this token from the one before. */
  breakBefore: boolean;
  /** A comma or semicolon outside balanced brackets does: the separator of listed items. */
  commaBefore: boolean;
  /** Inside balanced brackets. */
  aside?: boolean;
  small: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of its first token in the token array, and one past its last. */
  from: number;
  to: number;
  /** Starts a bullet or numbered list line. */
  bulleted: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Positions of each stem in the token array. */
  index: Map<string, number[]>;
  wordCount: number;
  /**
   * How many tokens before each position stand inside balanced brackets: an aside ("reports (3M a
   * day) as positives") does not push a phrase's words apart. Absent where nothing is bracketed.
   */
  asidesBefore?: Int32Array;
}

// Words that carry grammar rather than meaning. Negations are deliberately absent.
export const SMALL_WORDS = new Set(
  `a an the of to in on at for and or nor with by from as into onto about over under than then so
  that this these those there here it its it's we our us i my me you your they them their he she his
  her is are was were be been being am do does did done have has had having will would shall should
  can could may might must also just very really quite which who whom whose what when where why how
  if else while each every all any some such both either other another own more much many
  lot lots like per via etc e g eg ie i e let lets let's w`.split(/\s+/),
);


const stemCache = new Map<string, string>();
// Words the stemmer merges that mean different things here: "position" bias is not a "positive" label.
const KEPT_APART: Record<string, string> = {
  position: 'position', positions: 'position', positional: 'position', positioned: 'position', positioning: 'position',
  positive: 'positiv', positives: 'positiv', positively: 'positiv',
};

const BRITISH = /\b(optim|normal|personal|priorit|minim|maxim|regular|summar|token|categor|util|real|general|visual|standard|recogn|organ|central|special|custom|emphas|characteri|randomi|vectori|quanti|parameteri|generali|initiali|monet|penal|synchron|serial|anonym|material|amort|stabil|final|author|catalog|capital|hospital|democrat|operational|contextual|conceptual|individual|prioritiz)is(e|es|ed|ing|ation|ations|er|ers)\b/g;

// Misspellings typed under a clock, mended word by word (readChunks keeps offsets when a length changes).
const TYPO_FIXES: Record<string, string> = {
  langauge: 'language', langauges: 'languages', recieve: 'receive', recieved: 'received', recieves: 'receives',
  seperate: 'separate', seperately: 'separately', seperated: 'separated', experiance: 'experience', calender: 'calendar',
  thier: 'their', relevent: 'relevant', relevence: 'relevance', retreival: 'retrieval', retreive: 'retrieve',
  retreived: 'retrieved', acheive: 'achieve', beleive: 'believe', wierd: 'weird', teh: 'the', lable: 'label',
  lables: 'labels', metirc: 'metric', metircs: 'metrics', featrues: 'features', fetaures: 'features',
  trian: 'train', trianing: 'training', modle: 'model', modles: 'models', knowlege: 'knowledge', occurence: 'occurrence',
  occurences: 'occurrences',
};
const TYPOS = new RegExp(`\\b(?:${Object.keys(TYPO_FIXES).join('|')})\\b`, 'g');
const TYPO_IN = new RegExp(TYPOS.source, 'i');

/** Folds spelling variants so that both sides of a comparison see the same words. */
export function normalizeSpelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    // "$-weighted loss": the dollar sign written as a word's first half (longer: read chunk by chunk).
    .replace(/\$-(?=[a-z])/gi, 'dollar-')
    // Shorthand, kept the same length so that offsets still point into the original text.
    .replace(/\bw\/o\b/g, 'wo ')
    .replace(/\bb\/c\b/g, 'bc ')
    .replace(/\ba\/b\b/g, 'ab ')
    .replace(/\bw\/(?=\s|\w)/g, 'w ')
    // "incl. the full window", "approx. 2k": an abbreviation's full stop ends no sentence.
    .replace(/\b(incl|approx|esp|vs|exp)\.(?=\s)/g, '$1 ')
    // "Σp/Σclicks", "∑pred/∑obs": a calibration ratio, predicted over observed.
    .replace(/[σ∑]\s*(?:p\u0302?|preds?|predicted|pctr|pclicks?)\s*\/\s*[σ∑]\s*(?=\w)/g, 'predicted versus observed ')
    .replace(/[σ∑]/g, 'sum ')
    // "p(session|send) − p(session|¬send)": a probability given a condition, and its negation.
    .replace(/\b(p|pr|prob)\(([^()|]{1,40})\|/g, '$1($2 given ')
    .replace(/¬\s*/g, 'without ')
    // "✗ ad spend ✗ 1P flag": crossed out, not used.
    .replace(/[✗✘❌]\s*/g, 'no ')
    // "over-engineering", "over-kill": one word, as the readings of dismissal list it.
    .replace(/\bover-(engineer\w*|complicat\w*|kill|think\w*)/g, (_m, w: string) => `over${w} `)
    .replace(/\b(ca|wo)n't\b/g, (_m, w: string) => (w === 'ca' ? 'can not' : 'will not'))
    .replace(/\bcannot\b/g, 'can not')
    // "what share of queries are not in English": the non-English share, not a negation (same length).
    .replace(/\bnot in english\b/g, 'non-english   ')
    .replace(/n't\b/g, ' not')
    // Typed without the apostrophe under a clock: "isnt", "dont", "wont".
    .replace(/\b(?:(is|are|was|were|does|do|did|has|have|had|should|would|could|need)nt|(ca)nt|(wo)nt)\b/g, (_m, w?: string, ca?: string) => (w ? `${w} not` : ca ? 'can not' : 'will not'))
    .replace(TYPOS, (w) => TYPO_FIXES[w]!)
    .replace(BRITISH, (_m, root: string, end: string) => `${root}iz${end}`)
    .replace(/\b(analy|paraly)s(e|ed|es|ing)\b/g, '$1z$2')
    .replace(/\bmonetis/g, 'monetiz')
    .replace(/\b(behavio|colo|favo|neighbo)ur/g, '$1r')
    .replace(/\b(model|label|cancel|travel|signal)l(ed|ing|er|ers)\b/g, '$1$2')
    .replace(/\btrade-?offs?\b/g, 'trade off')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bcatalogue\b/g, 'catalog');
}

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]{4,}$/.test(word) ? (KEPT_APART[word] ?? stemmer(word)) : word;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

// A word: letters and digits, with inner dots or apostrophes ("0.5", "e.g", "user's"), or a percent.
const WORD = /[a-z0-9]+(?:[.'][a-z0-9]+)*%?/g;
const BREAK = /[,;:()[\]{}|]/;

/** Splits text into sentences: at . ! ? followed by space, and at line breaks. */
export function splitSentences(text: string): { start: number; end: number; bulleted: boolean }[] {
  const out: { start: number; end: number; bulleted: boolean }[] = [];
  const lines = text.split(/(\n)/);
  let offset = 0;
  for (const line of lines) {
    if (line === '\n') {
      offset += 1;
      continue;
    }
    const bulleted = /^\s*(?:[-*•+]|\d+[.)])\s+/.test(line);
    // Sentence ends: a terminator followed by whitespace and the next sentence; notes often go on
    // in lowercase ("clicks only -> clickbait. billions of vids -> retrieval"), so any letter counts.
    // Markdown emphasis may close a sentence ("**Whose loss is it?** Gross fraud ..."), and a bound may open one ("≥99%").
    const re = /[.!?]+["')\]*_]*\s+(?=[A-Za-z0-9"'(\[~<>$*_≥≤-])/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const before = line.slice(Math.max(0, m.index - 4), m.index + 1).toLowerCase();
      if (/\b(e\.g|i\.e|vs|etc|approx|incl|esp|exp|cf|fig|no|[a-z])\.$/.test(before)) continue;
      // "latency? (30ms / 500 cands, CPU)": a note's question and, in brackets, its answer are one item.
      if (m[0].startsWith('?') && line[m.index + m[0].length] === '(') continue;
      const end = m.index + m[0].trimEnd().length;
      if (line.slice(last, end).trim()) out.push({ start: offset + last, end: offset + end, bulleted: bulleted && last === 0 });
      last = m.index + m[0].length;
    }
    if (line.slice(last).trim()) out.push({ start: offset + last, end: offset + line.length, bulleted: bulleted && last === 0 });
    offset += line.length;
  }
  return out;
}

const NUMBER_STEM = stem('anynumber');
const PERCENT_STEM = stem('anypercent');

// Spellings that normalisation lengthens or shortens: two of them can cancel out over a sentence.
const LENGTH_CHANGING = /[Σσ∑]|n['\u2019\u02bc]t\b|\b(?:is|are|was|were|does|do|did|has|have|had|should|would|could|need|ca|wo)nt\b|trade-?offs?\b|ll(?:ed|ing|ers?)\b|our\b|catalogue|¬|[✗✘❌]|\b(?:p|pr|prob)\([^()|]{1,40}\|/i;

type PushToken = (raw: string, between: string, start: number, end: number) => boolean;

/** Tokens of a normalised text as long as its original: offsets point straight into it. */
function readWords(norm: string, offset: number, push: PushToken): void {
  let lastEnd = 0;
  // exec on a copy rather than matchAll: the same matches, without an iterator (this is cold code).
  const words = new RegExp(WORD);
  for (let m = words.exec(norm); m !== null; m = words.exec(norm)) {
    const raw = m[0];
    const between = norm.slice(lastEnd, m.index);
    if (push(raw, between, offset + m.index, offset + m.index + raw.length)) lastEnd = m.index + raw.length;
  }
}

const chunks = new Map<string, string>();

// A word none of normalizeSpelling's rules can touch: it only needs lowercasing.
const UNTOUCHED = /^[a-zA-Z0-9.,;:!?()%$#@&*+=<>"[\]{}~^|\\]*$/;
const MAYBE_RULE = /[Σσ∑¬|✗✘❌]|is|ys|our|ll|trade|centre|catalogue|cannot|incl\.|approx\.|esp\.|vs\.|\b(?:are|does|was|were|do|did|has|have|had|should|would|could|need|ca|wo)nt\b/i;

function normalizedChunk(chunk: string): string {
  if (UNTOUCHED.test(chunk) && !MAYBE_RULE.test(chunk) && !TYPO_IN.test(chunk)) return chunk.toLowerCase();
  let norm = chunks.get(chunk);
  if (norm === undefined) {
    // A trailing space lets rules that look at the next character ("w/ ") see one.
    norm = normalizeSpelling(`${chunk} `).slice(0, -1).replace(/[-/_]/g, ' ');
    if (chunks.size > 50_000) chunks.clear();
    chunks.set(chunk, norm);
  }
  return norm;
}

/**
 * Spelling normalisation changed the sentence's length ("don't" -> "do not"): normalise it word by
 * word (every rule is local to a word), so each token still points at its own word in the original.
 */
function readChunks(original: string, offset: number, push: PushToken): void {
  let pending = '';
  const pieces = /\S+|\s+/g;
  for (let p = pieces.exec(original); p !== null; p = pieces.exec(original)) {
    const chunk = p[0];
    if (!chunk.trim()) {
      pending += chunk;
      continue;
    }
    const norm = normalizedChunk(chunk);
    const exact = norm.length === chunk.length;
    const at = offset + p.index;
    let last = 0;
    const words = new RegExp(WORD);
    for (let m = words.exec(norm); m !== null; m = words.exec(norm)) {
      const raw = m[0];
      const start = exact ? at + m.index : at;
      const end = exact ? at + m.index + raw.length : at + chunk.length;
      if (push(raw, pending + norm.slice(last, m.index), start, end)) {
        pending = '';
        last = m.index + raw.length;
      }
    }
    pending += norm.slice(last);
  }
}

export function analyze(text: string): Analysis {
  const spans = splitSentences(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Bracketed groups, numbered across the text: their sizes, those that are no aside (they list things, or are written onto a word), each token's group.
  let groupCount = 0;
  const sizes = new Map<number, number>();
  const notAside = new Set<number>();
  const groupOf = new Map<number, number>();
  // Tokens are read from the normalised text; their offsets point at their words in the original.
  spans.forEach((span, sentenceIndex) => {
    const original = text.slice(span.start, span.end);
    const from = tokens.length;
    // A comma inside brackets lists inside one item ("GBDT multi-head (open, session, opt-out)"):
    // it does not split the sentence's pieces, when the brackets are balanced.
    let depth = 0;
    let group = groupCount;
    const bracketed = original.includes('(') && original.split('(').length === original.split(')').length;
    const commaOutside = (between: string) => {
      if (!bracketed) return /[,;]/.test(between);
      let comma = false;
      for (let k = 0; k < between.length; k++) {
        const ch = between[k]!;
        if (ch === '(') {
          if (depth === 0) {
            group++;
            // "P(click)", "f(x)": a bracket written onto a word is part of it, not an aside.
            if (k === 0 && tokens.length > from) notAside.add(group);
          }
          depth++;
        } else if (ch === ')') depth = Math.max(0, depth - 1);
        else if ((ch === ',' || ch === ';') && depth === 0) comma = true;
        else if (ch === ',' || ch === ';') notAside.add(group);
      }
      return comma;
    };
    const push = (raw: string, between: string, start: number, end: number) => {
      const word = raw.replace(/'s$/, '').replace(/'/g, '');
      if (!word) return false;
      const commaBefore = commaOutside(between);
      const token: Token = { stem: stem(word), word, start, end, sentence: sentenceIndex, breakBefore: BREAK.test(between), commaBefore, small: SMALL_WORDS.has(word) };
      if (bracketed && depth > 0) {
        groupOf.set(tokens.length, group);
        sizes.set(group, (sizes.get(group) ?? 0) + 1);
      }
      tokens.push(token);
      return true;
    };
    const norm = normalizeSpelling(original).replace(/[-/_]/g, ' ');
    if (norm.length === original.length && !LENGTH_CHANGING.test(original)) readWords(norm, span.start, push);
    else readChunks(original, span.start, push);
    groupCount = group;
    sentences.push({ index: sentenceIndex, start: span.start, end: span.end, text: original.trim(), from, to: tokens.length, bulleted: span.bulleted });
  });
  const index = new Map<string, number[]>();
  const add = (stemmed: string, i: number) => {
    const list = index.get(stemmed);
    if (list) list.push(i);
    else index.set(stemmed, [i]);
  };
  tokens.forEach((t, i) => {
    // Phrases never ask for small words, so "like" as in "such as" never stands for "likes".
    if (!t.small) add(t.stem, i);
    else if (SMALL_PAIRS.has(t.word) && tokens[i + 1]?.word === SMALL_PAIRS.get(t.word) && tokens[i + 1]!.sentence === t.sentence) add(t.word + SMALL_PAIRS.get(t.word)!, i);
    // Patterns can ask for any number ("anynumber") or any percentage ("anypercent").
    if (/^\d/.test(t.word)) {
      add(NUMBER_STEM, i);
      // "$53k", "€2M": an amount of money.
      if (CURRENCY.has(text[t.start - 1] ?? '')) add(DOLLAR_STEM, i);
    }
    if (t.word.endsWith('%')) add(PERCENT_STEM, i);
  });
  const analysis: Analysis = { text, tokens, sentences, index, wordCount: tokens.length };
  // A short aside ("(3 million a day)") is read past; a bracket that lists or explains at length
  // ("(batched CPU, user feats from KV, refreshed hourly)") is a part of its own.
  let anyAside = markBoundWords(tokens);
  for (const [i, g] of groupOf) {
    if (sizes.get(g)! > MAX_ASIDE_WORDS || notAside.has(g)) continue;
    tokens[i]!.aside = true;
    anyAside = true;
  }
  if (anyAside) {
    const before = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) before[i + 1] = before[i]! + (tokens[i]!.aside ? 1 : 0);
    analysis.asidesBefore = before;
  }
  expandAbbreviations(analysis);
  return analysis;
}

const MAX_ASIDE_WORDS = 5;

// "at least 99%", "no more than 0.5%", "up to 3B": the words bounding a number qualify it, as ">="
// does in a note, and are read as asides (they keep a phrase's words no further apart).
const BOUND_WORDS: readonly (readonly string[])[] = [['at', 'least'], ['at', 'most'], ['no', 'more', 'than'], ['no', 'less', 'than'], ['no', 'fewer', 'than'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['roughly'], ['approximately'], ['around'], ['about']];

function markBoundWords(tokens: Token[]): boolean {
  let any = false;
  for (let i = 1; i < tokens.length; i++) {
    const next = tokens[i];
    if (!next || !/^\d/.test(next.word) || next.breakBefore) continue;
    for (const bound of BOUND_WORDS) {
      const from = i - bound.length;
      if (from < 0 || tokens[from]!.sentence !== next.sentence) continue;
      if (!bound.every((w, k) => tokens[from + k]!.word === w && (k === 0 || !tokens[from + k]!.breakBefore))) continue;
      for (let k = from; k < i; k++) tokens[k]!.aside = true;
      any = true;
      break;
    }
  }
  return any;
}

/** Stems of the meaningful words of a phrase, in order: what a pattern element matches. */
const phraseCache = new Map<string, string[]>();

export function phraseStems(phrase: string): string[] {
  let stems = phraseCache.get(phrase);
  if (!stems) {
    stems = computePhraseStems(phrase);
    if (phraseCache.size > 20_000) phraseCache.clear();
    phraseCache.set(phrase, stems);
  }
  return stems;
}

const CURRENCY = new Set(['$', '€', '£']);
const DOLLAR_STEM = 'dollar';

// Phrases of small words that rubrics ask for ("features as of the impression", "counts so far"):
// read as one word, in answers and in phrases alike, since small words are not indexed.
const SMALL_PAIRS = new Map([
  ['as', 'of'],
  ['so', 'far'],
]);

/** Joins the small-word pairs of a phrase or pattern into the one word an answer's index holds. */
export function joinSmallPairs(text: string): string {
  return text.replace(/\b(as of|so far)\b/g, (pair) => pair.replace(' ', ''));
}

function computePhraseStems(phrase: string): string[] {
  const norm = joinSmallPairs(normalizeSpelling(phrase).replace(/[-/_]/g, ' '));
  const out: string[] = [];
  for (const m of norm.matchAll(WORD)) {
    const word = m[0].replace(/'s$/, '').replace(/'/g, '');
    if (word && !SMALL_WORDS.has(word)) out.push(stem(word));
  }
  return out;
}

/** Folds case and whitespace (and typographic quotes and dashes) for verbatim quote checks. */
export function foldForQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
