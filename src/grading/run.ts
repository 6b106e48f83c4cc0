import type { Case, StepId } from '../cases/schema.js';
import { mapLimit } from '../util/pool.js';
import { aggregate } from './score.js';
import type { Answers, Grade, Grader, GradeProgress } from './types.js';

export interface RunOptions {
  concurrency?: number;
  onProgress?: (event: GradeProgress) => void;
}

/**
 * Grades every answered step, concurrently (bounded), then sums the grade in code. A step the
 * grader cannot grade fails the whole run: there is no fallback score.
 */
export async function gradeAnswers(grader: Grader, c: Case, answers: Answers, options: RunOptions = {}): Promise<Grade> {
  const answered = c.steps.map((s) => s.id).filter((id): id is StepId => Boolean(answers[id]?.trim()));
  const results = await mapLimit(answered, options.concurrency ?? 8, async (step) => {
    options.onProgress?.({ step, state: 'started' });
    const result = await grader.gradeStep({ case: c, step, answer: answers[step]! });
    options.onProgress?.({ step, state: 'done' });
    return result;
  });
  return aggregate(c, grader.info, results);
}
