import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { dataDir } from '../paths.js';
import { writeFileAtomic } from '../util/atomic.js';
import { emptySchedule, type ReviewSchedule } from './schedule.js';

/** The review schedule, beside the sessions in the data folder, saved atomically. */
export class ReviewStore {
  readonly file: string;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.file = join(dataDir(env), 'review.json');
  }

  load(): ReviewSchedule {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return emptySchedule();
    }
    try {
      const data = JSON.parse(text) as ReviewSchedule;
      if (data.version === 1 && Array.isArray(data.cards)) return data;
    } catch {
      // Fall through.
    }
    throw new UserError(`${this.file}: the review schedule is damaged; move it aside and mlsd next builds a new one from your sessions`);
  }

  save(schedule: ReviewSchedule): void {
    try {
      writeFileAtomic(this.file, `${JSON.stringify(schedule, null, 2)}\n`);
    } catch (error) {
      throw new UserError(`cannot save the review schedule in ${this.file} (${(error as Error).message}); set MLSD_DATA_DIR to a folder you can write`);
    }
  }
}
