import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Case, DeepDive, Twist } from '../cases/schema.js';
import { UserError } from '../errors.js';
import { gradeConversation } from '../grading/conversation.js';
import type { Grader } from '../grading/types.js';
import { mapLimit } from '../util/pool.js';
import { parseYamlData } from './yaml-data.js';

/**
 * Labelled answers to the mock's conversation: for each case's changed requirements and deep
 * dives, a strong, a mid and a weak answer, written without sight of the criteria. Calibration
 * checks the grader orders them (strong > mid > weak) as it does the steps.
 */

export const CONVERSATION_DIR = 'conversation';
const LEVELS = ['strong', 'mid', 'weak'] as const;
type Level = (typeof LEVELS)[number];

const Answers = z.object({ strong: z.string().min(1), mid: z.string().min(1), weak: z.string().min(1) }).strict();
const FileSchema = z
  .object({ case: z.string().min(1), twists: z.record(z.string(), Answers).default({}), deepDives: z.record(z.string(), Answers).default({}) })
  .strict();

export interface ConversationAnswers {
  caseId: string;
  kind: 'twist' | 'deep-dive';
  id: string;
  answers: Record<Level, string>;
}

export function loadConversationSet(dir: string): ConversationAnswers[] {
  let files: string[];
  try {
    files = readdirSync(join(dir, CONVERSATION_DIR)).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  const out: ConversationAnswers[] = [];
  for (const name of files) {
    const file = join(dir, CONVERSATION_DIR, name);
    const { case: caseId, twists, deepDives } = parseYamlData(file, readFileSync(file, 'utf8'), FileSchema);
    for (const [id, answers] of Object.entries(twists)) out.push({ caseId, kind: 'twist', id, answers });
    for (const [id, answers] of Object.entries(deepDives)) out.push({ caseId, kind: 'deep-dive', id, answers });
  }
  return out;
}

export interface ConversationReport {
  entries: number;
  pairs: number;
  ordered: number;
  means: Record<Level, number>;
  /** Entries whose three answers are not in order, with their scores. */
  misses: { caseId: string; id: string; scores: Record<Level, number> }[];
}

export async function calibrateConversation(grader: Grader, cases: Map<string, Case>, set: ConversationAnswers[], concurrency: number): Promise<ConversationReport> {
  const scored = await mapLimit(set, concurrency, async (entry) => {
    const c = cases.get(entry.caseId);
    if (!c) throw new UserError(`the conversation set names case "${entry.caseId}", which is not in the library`);
    const target: Twist | DeepDive | undefined = entry.kind === 'twist' ? c.twists.find((t) => t.id === entry.id) : c.deepDives.find((d) => d.id === entry.id);
    if (!target) throw new UserError(`the conversation set names ${entry.kind} "${entry.id}", which case ${c.id} does not have`);
    const scores = {} as Record<Level, number>;
    for (const level of LEVELS) scores[level] = (await gradeConversation(grader, c, entry.kind, target, entry.answers[level])).score;
    return { entry, scores };
  });
  let pairs = 0;
  let ordered = 0;
  const misses: ConversationReport['misses'] = [];
  for (const { entry, scores } of scored) {
    let inOrder = true;
    for (const [a, b] of [['strong', 'mid'], ['mid', 'weak'], ['strong', 'weak']] as const) {
      pairs++;
      if (scores[a] > scores[b]) ordered++;
      else inOrder = false;
    }
    if (!inOrder) misses.push({ caseId: entry.caseId, id: entry.id, scores });
  }
  const mean = (level: Level) => (scored.length === 0 ? 0 : Math.round(scored.reduce((sum, s) => sum + s.scores[level], 0) / scored.length));
  return { entries: scored.length, pairs, ordered, means: { strong: mean('strong'), mid: mean('mid'), weak: mean('weak') }, misses };
}
