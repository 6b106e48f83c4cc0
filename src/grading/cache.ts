import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic.js';
import type { StepJudgement } from './types.js';

/**
 * LLM step grades on disk, keyed by everything that could change the grade: the answer text, the
 * case and its rubric, the model, the endpoint and the prompt version. Never holds a secret.
 */
export class GradeCache {
  constructor(private readonly dir: string) {}

  static key(parts: unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, 'grades', `${key.slice(0, 2)}`, `${key}.json`);
  }

  get(key: string): StepJudgement | undefined {
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as StepJudgement;
    } catch {
      return undefined;
    }
  }

  set(key: string, result: StepJudgement): void {
    try {
      writeFileAtomic(this.file(key), JSON.stringify(result));
    } catch {
      // A cache that cannot be written only costs a request next time.
    }
  }
}
