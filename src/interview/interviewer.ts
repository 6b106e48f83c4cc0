import type { Case, Fact } from '../cases/schema.js';
import { compilePattern, findMatches } from '../text/matcher.js';
import { analyze } from '../text/analyze.js';

/**
 * Answers a candidate's clarifying question from the case's facts, offline: the fact whose
 * keywords the question uses, or whose own question it most resembles. No match: the interviewer
 * hands the decision back, as a real one would.
 */
export interface InterviewerReply {
  reply: string;
  fact: Fact | null;
}

export const NO_FACT_REPLY = "That's your call: state the assumption you'd make and go on.";

function stemsOf(text: string): Set<string> {
  return new Set(analyze(text).tokens.filter((t) => !t.small && t.stem.length > 2).map((t) => t.stem));
}

export function answerFromFacts(c: Case, question: string): InterviewerReply {
  const asked = analyze(question);
  const askedStems = new Set(asked.tokens.filter((t) => !t.small && t.stem.length > 2).map((t) => t.stem));
  if (askedStems.size === 0) return { reply: NO_FACT_REPLY, fact: null };
  const factStems = c.facts.map((f) => stemsOf(f.question));
  const df = new Map<string, number>();
  for (const set of factStems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  let best: { fact: Fact; score: number } | undefined;
  c.facts.forEach((fact, i) => {
    let score = 0;
    for (const keyword of fact.keywords) if (findMatches(compilePattern(keyword), asked).length > 0) score += 3;
    for (const s of askedStems) if (factStems[i]!.has(s)) score += Math.log((c.facts.length + 1) / df.get(s)!);
    if (!best || score > best.score) best = { fact, score };
  });
  if (!best || best.score < 1.5) return { reply: NO_FACT_REPLY, fact: null };
  return { reply: best.fact.answer, fact: best.fact };
}
