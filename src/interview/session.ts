import { randomBytes } from 'node:crypto';
import type { StepId } from '../cases/schema.js';
import { UsageError } from '../errors.js';
import type { ConversationSummary } from '../grading/conversation.js';
import type { Answers, Grade, GraderInfo, StepResult } from '../grading/types.js';

/**
 * A practice session and its state machine, as plain data and pure functions: no terminal, no
 * disk. The store saves the result of every transition, so nothing typed is ever lost.
 *
 * item:    pending -> drafting -> answered -> graded -> (probing -> answered -> graded)* -> done
 * session: active -> answered (mock: every step in, grading pending) -> finished
 */

export type SessionKind = 'drill' | 'mock';
export type ItemState = 'pending' | 'drafting' | 'answered' | 'graded' | 'probing' | 'done';
export type SessionStatus = 'active' | 'answered' | 'finished';

export interface ClarifyingExchange {
  question: string;
  reply: string;
  factId: string | null;
}

export interface FollowUp {
  criterion: string;
  probe: string;
  answer: string;
  /** A probe the candidate passed on. */
  skipped?: boolean;
  /** The step's score before and after the follow-up was graded (drills). */
  scores?: { before: number; after: number };
}

export type TargetLevel = 'mid' | 'senior' | 'staff';
export const TARGET_LEVELS: readonly TargetLevel[] = ['mid', 'senior', 'staff'];

/** A turn of the mock's conversation beyond the seven steps: a changed requirement, a deep-dive question. */
export interface Exchange {
  kind: 'twist' | 'deep-dive';
  /** The twist's or deep dive's id in the case. */
  id: string;
  step: StepId;
  question: string;
  answer: string;
  draft: string;
  elapsedMs: number;
  budgetMs: number | null;
  state: 'asked' | 'answered';
}

/** The dialogue as it happened, in order. */
export interface TranscriptEntry {
  at: string;
  step: StepId | null;
  who: 'interviewer' | 'candidate';
  kind: 'question' | 'clarifying' | 'reply' | 'answer' | 'probe' | 'twist' | 'deep-dive' | 'note';
  text: string;
  /** Time on the clock when it was said, for the candidate's turns. */
  elapsedMs?: number;
}

export interface SessionItem {
  caseId: string;
  step: StepId;
  state: ItemState;
  /** The committed answer, and text typed but not yet committed. */
  answer: string;
  draft: string;
  /** Time spent typing, summed across resumes; budget for mock interviews. */
  elapsedMs: number;
  budgetMs: number | null;
  questions: ClarifyingExchange[];
  followUps: FollowUp[];
  result: StepResult | null;
}

export interface Session {
  version: 1;
  id: string;
  kind: SessionKind;
  createdAt: string;
  updatedAt: string;
  status: SessionStatus;
  minutes: number | null;
  items: SessionItem[];
  /** Whole-case grades, newest last (mock interviews and re-grades). */
  grades: { at: string; caseId: string; grade: Grade }[];
  grader: GraderInfo | null;
  /** Mock interviews: the level the candidate aims at, the turns beyond the steps, and the dialogue. */
  level?: TargetLevel;
  exchanges?: Exchange[];
  transcript?: TranscriptEntry[];
  /** The latest grade's reading of the conversation: unprompted share, twist, deep dive, estimates, verdicts. */
  conversation?: ConversationSummary;
}

export function newSessionId(now: Date, caseId: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${caseId.slice(0, 24)}-${randomBytes(2).toString('hex')}`;
}

export function createSession(
  kind: SessionKind,
  items: { caseId: string; step: StepId; budgetMs?: number | null }[],
  now = new Date(),
  minutes: number | null = null,
): Session {
  if (items.length === 0) throw new Error('a session needs at least one item');
  const at = now.toISOString();
  return {
    version: 1,
    id: newSessionId(now, items[0]!.caseId),
    kind,
    createdAt: at,
    updatedAt: at,
    status: 'active',
    minutes,
    items: items.map((i) => ({
      caseId: i.caseId,
      step: i.step,
      state: 'pending',
      answer: '',
      draft: '',
      elapsedMs: 0,
      budgetMs: i.budgetMs ?? null,
      questions: [],
      followUps: [],
      result: null,
    })),
    grades: [],
    grader: null,
  };
}

function touch(s: Session, items: SessionItem[], patch: Partial<Session> = {}, now = new Date()): Session {
  return { ...s, ...patch, items, updatedAt: now.toISOString() };
}

function updateItem(s: Session, index: number, change: (item: SessionItem) => SessionItem, patch: Partial<Session> = {}): Session {
  const item = s.items[index];
  if (!item) throw new Error(`no item ${index} in session ${s.id}`);
  const items = s.items.slice();
  items[index] = change(item);
  return touch(s, items, patch);
}

/** The first item still waiting for the candidate, or -1 when every item is answered. */
export function currentIndex(s: Session): number {
  return s.items.findIndex((i) => i.state === 'pending' || i.state === 'drafting' || i.state === 'probing');
}

export function saveDraft(s: Session, index: number, draft: string, elapsedMs: number): Session {
  return updateItem(s, index, (item) => ({
    ...item,
    state: item.state === 'pending' ? 'drafting' : item.state,
    draft,
    elapsedMs,
  }));
}

export function addClarifying(s: Session, index: number, exchange: ClarifyingExchange): Session {
  return updateItem(s, index, (item) => ({ ...item, questions: [...item.questions, exchange], state: item.state === 'pending' ? 'drafting' : item.state }));
}

export function commitAnswer(s: Session, index: number, answer: string, elapsedMs: number): Session {
  const next = updateItem(s, index, (item) => {
    if (item.state === 'probing') {
      const last = item.followUps[item.followUps.length - 1]!;
      const followUps = [...item.followUps.slice(0, -1), { ...last, answer }];
      return { ...item, followUps, draft: '', elapsedMs, state: 'answered' };
    }
    return { ...item, answer, draft: '', elapsedMs, state: 'answered' };
  });
  return currentIndex(next) === -1 && next.status === 'active' && next.kind === 'mock' ? { ...next, status: 'answered' } : next;
}

/** The text to grade for an item: the answer plus any follow-up answers. */
export function gradedText(item: SessionItem): string {
  const parts = [item.answer];
  for (const f of item.followUps) if (f.answer.trim()) parts.push(f.answer);
  if (item.step === 'requirements' && item.questions.length > 0) {
    parts.push(`Clarifying questions I asked: ${item.questions.map((q) => q.question.replace(/\s+/g, ' ').trim()).join(' ')}`);
  }
  return parts.filter((p) => p.trim()).join('\n\n');
}

export function recordItemGrade(s: Session, index: number, result: StepResult, grader: GraderInfo): Session {
  return updateItem(s, index, (item) => ({ ...item, result, state: 'graded' }), { grader });
}

export function askFollowUp(s: Session, index: number, criterion: string, probe: string): Session {
  return updateItem(s, index, (item) => ({ ...item, state: 'probing', followUps: [...item.followUps, { criterion, probe, answer: '' }] }));
}

export function finishItem(s: Session, index: number): Session {
  const next = updateItem(s, index, (item) => ({ ...item, state: 'done' }));
  return next.items.every((i) => i.state === 'done' || i.state === 'graded') ? { ...next, status: 'finished' } : next;
}

export function recordSessionGrade(s: Session, grade: Grade, now = new Date()): Session {
  const results = new Map(grade.steps.map((r) => [r.step, r]));
  const items = s.items.map((item) => {
    const result = item.caseId === grade.case ? results.get(item.step) : undefined;
    if (!result) return item;
    return { ...item, result, state: item.state === 'pending' || item.state === 'drafting' ? item.state : ('graded' as const) };
  });
  const status: SessionStatus = items.every((i) => i.state === 'graded' || i.state === 'done') ? 'finished' : s.status;
  return touch(s, items, { grades: [...s.grades, { at: now.toISOString(), caseId: grade.case, grade }], grader: grade.grader, status }, now);
}

/** Marks a mock interview whose remaining steps will not be answered (time ran out). */
export function closeUnanswered(s: Session): Session {
  const items = s.items.map((i) => (i.state === 'pending' ? { ...i, state: 'answered' as const } : i));
  return touch(s, items, { status: 'answered' });
}

export function addExchange(s: Session, exchange: Omit<Exchange, 'answer' | 'draft' | 'elapsedMs' | 'state'>): Session {
  return touch(s, s.items, { exchanges: [...(s.exchanges ?? []), { ...exchange, answer: '', draft: '', elapsedMs: 0, state: 'asked' }] });
}

function updateExchange(s: Session, index: number, change: (e: Exchange) => Exchange): Session {
  const exchanges = (s.exchanges ?? []).slice();
  const e = exchanges[index];
  if (!e) throw new Error(`no exchange ${index} in session ${s.id}`);
  exchanges[index] = change(e);
  return touch(s, s.items, { exchanges });
}

export function saveExchangeDraft(s: Session, index: number, draft: string, elapsedMs: number): Session {
  return updateExchange(s, index, (e) => ({ ...e, draft, elapsedMs }));
}

export function commitExchange(s: Session, index: number, answer: string, elapsedMs: number): Session {
  return updateExchange(s, index, (e) => ({ ...e, answer, draft: '', elapsedMs, state: 'answered' }));
}

export function addTranscript(s: Session, entry: Omit<TranscriptEntry, 'at'>, now = new Date()): Session {
  return touch(s, s.items, { transcript: [...(s.transcript ?? []), { at: now.toISOString(), ...entry }] }, now);
}

/** Records what the last follow-up of an item did to the step's score. */
export function scoreFollowUp(s: Session, index: number, before: number, after: number): Session {
  return updateItem(s, index, (item) => {
    const last = item.followUps[item.followUps.length - 1];
    if (!last) return item;
    return { ...item, followUps: [...item.followUps.slice(0, -1), { ...last, scores: { before, after } }] };
  });
}

/** Marks the last probe of an item as passed on: it stays in the record, with no answer. */
export function skipFollowUp(s: Session, index: number, elapsedMs: number): Session {
  return updateItem(s, index, (item) => {
    const last = item.followUps[item.followUps.length - 1]!;
    return { ...item, followUps: [...item.followUps.slice(0, -1), { ...last, answer: '', skipped: true }], draft: '', elapsedMs, state: 'answered' };
  });
}

/** The first answer of each step, without what probes drew out: what the candidate raised unprompted. */
export function firstAnswersOf(s: Session, caseId: string): Answers {
  const answers: Answers = {};
  for (const item of s.items) {
    if (item.caseId !== caseId) continue;
    const text = gradedText({ ...item, answer: item.answer || item.draft, followUps: [] });
    if (text.trim()) answers[item.step] = text;
  }
  return answers;
}

export function caseIdsOf(s: Session): string[] {
  return [...new Set(s.items.map((i) => i.caseId))];
}

/** The answers of one case in a session, by step; drafts count when nothing was committed. */
export function answersOf(s: Session, caseId?: string): Answers {
  const ids = caseIdsOf(s);
  const id = caseId ?? ids[0]!;
  if (!caseId && ids.length > 1) {
    throw new UsageError(`session ${s.id} spans several cases (${ids.join(', ')}); grade it with --case ID`);
  }
  const answers: Answers = {};
  for (const item of s.items) {
    if (item.caseId !== id) continue;
    const text = gradedText({ ...item, answer: item.answer || item.draft });
    if (text.trim()) answers[item.step] = text;
  }
  return answers;
}

/** "skip" or "pass" typed as an answer: a choice to pass, not something said about the design. */
export function isPassed(text: string): boolean {
  return /^\s*\/?(skip|pass)\s*\.?\s*$/i.test(text);
}

/** What kind of session, as lists show it: a drill with its steps, a mock with its target level. */
export function kindLabel(s: Session): string {
  const detail = s.kind === 'drill' ? s.items.map((i) => i.step).join(', ') : s.level;
  return detail ? `${s.kind} (${detail})` : s.kind;
}

/** A session's state as the user reads it: finished, not graded, or unfinished. */
export function statusName(s: Session): string {
  return s.status === 'finished' ? 'finished' : s.status === 'answered' ? 'not graded' : 'unfinished';
}

export function isUnfinished(s: Session): boolean {
  return s.status !== 'finished';
}

/** The latest whole-case grade, or one assembled from per-item grades. */
export function latestScore(s: Session): number | null {
  const last = s.grades[s.grades.length - 1];
  if (last) return last.grade.score;
  const scored = s.items.filter((i) => i.result);
  if (scored.length === 0) return null;
  return Math.round(scored.reduce((sum, i) => sum + i.result!.score, 0) / scored.length);
}
