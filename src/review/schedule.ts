import { createEmptyCard, fsrs, generatorParameters, Rating, TypeConvert, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';
import type { StepId } from '../cases/schema.js';
import type { StepResult } from '../grading/types.js';
import type { Session } from '../interview/session.js';

/**
 * Spaced review of what you missed. Every criterion a drill or mock graded as missed or only named
 * becomes a card (case, step, criterion), scheduled with FSRS (ts-fsrs); grading that step again
 * reviews the card: explained with its reasons is Good, explained is Hard, still missing is Again.
 * Pure data and functions: the store saves, the commands phrase.
 */

export interface ReviewCard {
  key: string;
  caseId: string;
  step: StepId;
  criterion: string;
  /** The level it was missed at, and when. */
  level: number;
  missedAt: string;
  reviews: number;
  fsrs: FsrsCard;
}

export interface ReviewSchedule {
  version: 1;
  cards: ReviewCard[];
}

/** Below this level a criterion was missed or only named: it comes back for review. */
export const MISSED_BELOW = 2;

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export const emptySchedule = (): ReviewSchedule => ({ version: 1, cards: [] });

const keyOf = (caseId: string, step: string, criterion: string) => `${caseId}/${step}/${criterion}`;

interface Miss {
  caseId: string;
  step: StepId;
  criterion: string;
  level: number;
  at: string;
}

/** Every criterion graded below "explained" in the sessions, latest grade of each step first. */
export function missesOf(sessions: Session[]): Miss[] {
  const out: Miss[] = [];
  for (const s of sessions) {
    const latest = s.grades[s.grades.length - 1];
    const results: { caseId: string; result: StepResult; at: string }[] = latest
      ? latest.grade.steps.filter((r) => r.answered).map((result) => ({ caseId: latest.caseId, result, at: latest.at }))
      : s.items.filter((i) => i.result).map((i) => ({ caseId: i.caseId, result: i.result!, at: s.updatedAt }));
    for (const { caseId, result, at } of results) {
      for (const k of result.criteria) if (k.level < MISSED_BELOW) out.push({ caseId, step: result.step, criterion: k.id, level: k.level, at });
    }
  }
  return out;
}

/** Adds a card, due now, for each miss that has none yet. */
export function syncCards(schedule: ReviewSchedule, sessions: Session[], now: Date): ReviewSchedule {
  const known = new Set(schedule.cards.map((c) => c.key));
  const added: ReviewCard[] = [];
  for (const miss of missesOf(sessions)) {
    const key = keyOf(miss.caseId, miss.step, miss.criterion);
    if (known.has(key)) continue;
    known.add(key);
    added.push({ key, caseId: miss.caseId, step: miss.step, criterion: miss.criterion, level: miss.level, missedAt: miss.at, reviews: 0, fsrs: createEmptyCard(now) });
  }
  return added.length === 0 ? schedule : { ...schedule, cards: [...schedule.cards, ...added] };
}

export function ratingFor(level: number): FsrsGrade {
  return level >= 2.5 ? Rating.Good : level >= MISSED_BELOW ? Rating.Hard : Rating.Again;
}

/** A step graded again reviews its cards: each is rescheduled by how its criterion fared. */
export function reviewStep(schedule: ReviewSchedule, caseId: string, result: StepResult, now: Date): ReviewSchedule {
  let changed = false;
  const cards = schedule.cards.map((card) => {
    if (card.caseId !== caseId || card.step !== result.step) return card;
    const criterion = result.criteria.find((k) => k.id === card.criterion);
    if (!criterion) return card;
    changed = true;
    const next = scheduler.next(TypeConvert.card(card.fsrs), now, ratingFor(criterion.level)).card;
    return { ...card, reviews: card.reviews + 1, level: criterion.level, fsrs: next };
  });
  return changed ? { ...schedule, cards } : schedule;
}

export function dueOf(card: ReviewCard): Date {
  return new Date(card.fsrs.due);
}

/** Cards due by `now`, most overdue first. */
export function dueCards(schedule: ReviewSchedule, now: Date): ReviewCard[] {
  return schedule.cards.filter((c) => dueOf(c) <= now).sort((a, b) => dueOf(a).getTime() - dueOf(b).getTime());
}
